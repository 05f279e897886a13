import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(who: "emma" | "mike" | "sarah", text: string, order: string) {
  const context = { ...castContext(who, { order }), focus: { order_id: order, why: "explicit" } };
  const msg = turnWith({
    who,
    text,
    intent: intentOf("payment_methods", text),
    context: context as ReturnType<typeof castContext>,
  });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  msg.payload.response = r.enrichment!;
  return {
    text: r.enrichment!.text,
    verdict: checkReply(msg, fixtureCtx().now()).enrichment!.verdict,
  };
}

Deno.test("how a paid order was paid: not in our record here, and where they can see it", async () => {
  const r = await reply("emma", "what payment did i use for ORD-3002?", "ORD-3002");
  assert.match(r.text, /can't see here which way order ORD-3002 was paid/);
  assert.doesNotMatch(r.text, /We accept|Visa/);
  assert.equal(r.verdict, "pass");
});

Deno.test("how an unpaid order was paid: it hasn't been, and where to pay it", async () => {
  const r = await reply("mike", "how did i pay for ORD-2002", "ORD-2002");
  assert.match(r.text, /ORD-2002 \(329\.00 USD\) hasn't been paid yet/);
});

Deno.test("paying again for an order already paid: it is paid, nothing more to pay", async () => {
  const r = await reply("sarah", "can i pay for ORD-1003 with a different card?", "ORD-1003");
  assert.match(r.text, /ORD-1003 \(192\.00 USD\) is already paid/);
});

Deno.test("a way to pay asked for an order already paid says it is paid first", async () => {
  const r = await reply("sarah", "can I pay for ORD-1003 with paypal", "ORD-1003");
  assert.match(r.text, /ORD-1003 \(192\.00 USD\) is already paid[\s\S]*PayPal/);
  const plain = await reply("sarah", "do you take paypal?", "ORD-1003");
  assert.doesNotMatch(plain.text, /already paid/);
});
