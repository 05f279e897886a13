import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { castContext, fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(text: string, who: "sarah" | "mike", order: string) {
  const r = await responseActor.process(
    turnWith({ text, who, intent: "shipping_options", context: castContext(who, { order }) }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  return r.enrichment!;
}

Deno.test("a delivery day asked for is answered plainly, with what can be done", async () => {
  const r = await reply("can you deliver 1003 on saturday instead", "sarah", "ORD-1003");
  assert.match(r.text, /can't book a particular delivery day for order ORD-1003/);
  assert.match(r.text, /upgrade it to express/);
  assert.doesNotMatch(r.text, /Standard shipping takes/);
  assert.deepEqual(r.proposed_actions, [], "nothing proposed that was not asked");
});

Deno.test("a shipping question with no day asked is the price list as before", async () => {
  const r = await reply("how much is shipping for 1003", "sarah", "ORD-1003");
  assert.doesNotMatch(r.text, /particular delivery day/);
});
