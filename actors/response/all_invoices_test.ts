import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(who: "sarah" | "mike", text: string) {
  const context = castContext(who);
  const msg = turnWith({ who, text, intent: intentOf("invoice_request", text), context });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  msg.payload.response = r.enrichment!;
  return {
    text: r.enrichment!.text,
    verdict: checkReply(msg, fixtureCtx().now()).enrichment!.verdict,
  };
}

Deno.test("invoices for all my orders: every order's, each where it is", async () => {
  const r = await reply("sarah", "hey I need invoices for all my orders for taxes");
  for (const id of ["ORD-1001", "ORD-1002", "ORD-1003"]) assert.match(r.text, new RegExp(id));
  assert.match(r.text, /ORD-1003 is on the order's page in your account; we email it/);
  assert.equal(r.verdict, "pass");
});

Deno.test("an unpaid order among them is said to have its invoice once paid", async () => {
  const r = await reply("mike", "can i get the receipts for both my orders");
  assert.match(r.text, /ORD-2001 is on the order's page/);
  assert.match(r.text, /ORD-2002 hasn't been paid yet/);
});

Deno.test("an invoice asked for without 'all' is not every order's", async () => {
  const r = await reply("sarah", "can I have my invoice please");
  assert.doesNotMatch(
    r.text,
    /The invoice for order ORD-1001[\s\S]*The invoice for order ORD-1002/,
  );
});
