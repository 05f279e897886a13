import assert from "node:assert/strict";
import { notedOnly, weighedReason } from "./weighed.ts";
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

Deno.test("a change that waits on a late arrival is answered, however unsurely it was read", () => {
  const msg = turnWith({
    text: "if the headphones aren't here in 5 days just refund them",
    who: "sarah",
    intent: "refund_status",
    at: "decision_router",
    context: castContext("sarah", { order: "ORD-1001" }),
  });
  assert.match(weighedReason(msg) ?? "", /only if ORD-1001 is not there by 5 days/);
});

Deno.test("a bare 'ok' to a change offered softly carries nothing out; to a proposal it does", () => {
  const yes = (text: string, slot: "offer" | "meaning") => {
    const msg = turnWith({ text, who: "sarah", intent: "affirm", at: "decision_router" });
    msg.payload.intent!.confirmation = "affirm";
    msg.session.dialogue = {
      focus: null,
      mentioned: [],
      unanswered: [],
      asked: { slot, intent: "cancel_order", order_id: "ORD-1003" },
    };
    return notedOnly(msg);
  };
  assert.ok(yes("ok", "offer"));
  assert.ok(!yes("ok do it", "offer"));
  assert.ok(!yes("ok", "meaning"));
});
