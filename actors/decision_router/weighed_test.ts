import assert from "node:assert/strict";
import { weighedReason } from "./weighed.ts";
import { castContext, guestContext, turnWith } from "../../tests/fixtures/turns.ts";

const turn = (text: string, who: "sarah" | null = "sarah") =>
  turnWith({
    text,
    ...(who ? { who } : {}),
    intent: "policy_question",
    at: "decision_router",
    context: who ? castContext(who, { order: "ORD-1003" }) : guestContext(),
  });

Deno.test("a question of what a change would do to an order of theirs is answered from the change", () => {
  assert.match(
    weighedReason(turn("what happens if I cancel 1003?")) ?? "",
    /cancel_order of ORD-1003/,
  );
  assert.match(weighedReason(turn("should I just cancel it?")) ?? "", /cancel_order/);
});

Deno.test("the store's rule asked, or a guest's question, is no change weighed", () => {
  assert.equal(weighedReason(turn("what is your cancellation policy?")), null);
  assert.equal(weighedReason(turn("what happens if I cancel 1003?", null)), null);
});
