import assert from "node:assert/strict";
import { keepsOnlyProposed, noToBoth, yesToBoth } from "./yes_to_both.ts";
import type { DeferredRequest } from "../shared/protocol.ts";

const MIXER: DeferredRequest = {
  intent: "delivery_problem",
  order_id: "ORD-3002",
  text: "a replacement for the mixer",
  raised: false,
};
const FROTHER: DeferredRequest = {
  intent: "return_item",
  order_id: "ORD-1002",
  text: "return the frother",
  raised: false,
};

Deno.test("a yes to both is read in its many wordings", () => {
  for (
    const t of [
      "Yes, please proceed with both.",
      "yes to both",
      "proceed with both",
      "both yes",
      "yep both",
      "do both",
      "go ahead with both please",
      "Both, please!",
      "yes please do all of them",
    ]
  ) assert.ok(yesToBoth(t), t);
});

Deno.test("a doubt, a no, a question or a pick is no yes to both", () => {
  for (
    const t of [
      "yes to both?",
      "not both",
      "don't do both",
      "both but only if it's free",
      "which is quicker for both",
      "yes",
      "I'll think about both tomorrow and let you know what I decide",
    ]
  ) assert.ok(!yesToBoth(t), t);
});

Deno.test("a yes to the first change alone lets the one put off go", () => {
  assert.ok(keepsOnlyProposed("just the first one", "refund", [MIXER]));
  assert.ok(keepsOnlyProposed("just the first one for now", "cancel_order", [FROTHER]));
  assert.ok(keepsOnlyProposed("do the refund but not the replacement", "refund", [MIXER]));
  assert.ok(keepsOnlyProposed("only the refund please", "refund", [MIXER]));
  assert.ok(keepsOnlyProposed("only the cancellation", "cancel_order", [FROTHER]));
});

Deno.test("a pick of the change put off, or a no to the first, keeps nothing alone", () => {
  assert.ok(!keepsOnlyProposed("just the replacement", "refund", [MIXER]));
  assert.ok(!keepsOnlyProposed("do the replacement but not the refund", "refund", [MIXER]));
  assert.ok(!keepsOnlyProposed("not the refund", "refund", [MIXER]));
  assert.ok(!keepsOnlyProposed("just the first one?", "refund", [MIXER]));
  assert.ok(!keepsOnlyProposed("just the first one", "refund", []));
  assert.ok(!keepsOnlyProposed("just the first one", "refund", [{ ...MIXER, raised: true }]));
});

Deno.test("a no to both is read; a no to one is not", () => {
  assert.ok(noToBoth("no, neither actually"));
  assert.ok(noToBoth("none of them thanks"));
  assert.ok(!noToBoth("no thanks"));
  assert.ok(!noToBoth("neither?"));
});
