import assert from "node:assert/strict";
import { castContext } from "../../tests/fixtures/turns.ts";
import { missingLines } from "./missing_which.ts";

const order = castContext("sarah", { order: "ORD-1002" }).order!;
const skus = (text: string) => missingLines(text, order)?.map((l) => l.sku) ?? null;

Deno.test("the lines missing are those the words say did not come, not those that came", () => {
  assert.deepEqual(skus("only got the espresso machine, where's the frother??"), ["KIT-110"]);
  assert.deepEqual(skus("there was no frother in there, just the coffee machine"), ["KIT-110"]);
  assert.deepEqual(skus("i only received the frother, the machine is missing"), ["KIT-101"]);
  // What follows "only" tells the trouble, or nothing is said missing: no reading.
  assert.equal(skus("only the frother is missing"), null);
  assert.equal(skus("the frother is broken, only the machine works"), null);
});

Deno.test("the wrong item sent in an order of several lines, none named: which one is asked, nothing proposed", async () => {
  const { replyTo } = await import("../../tests/fixtures/replies.ts");
  const { intentOf } = await import("../../tests/fixtures/turns.ts");
  for (const text of ["I got a size 8 but ordered a 9 on ORD-1002", "you sent me the wrong item"]) {
    const r = await replyTo({
      text,
      who: "sarah",
      intent: intentOf("delivery_problem", text, { confidence: 0.9 }),
      context: castContext("sarah", { order: "ORD-1002" }),
      decision: "act",
    });
    assert.match(r.text, /Which of them came wrong\?/, text);
    assert.doesNotMatch(r.text, /428\.00/, text);
    assert.equal(r.proposed_actions.length, 0, text);
  }
});
