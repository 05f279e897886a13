import assert from "node:assert/strict";
import { returnCostSentence } from "./return_cost.ts";
import type { TurnView } from "./view.ts";
import { pendingOf } from "../../tests/fixtures/turns.ts";

const returning = pendingOf({
  type: "return_item",
  order_id: "ORD-1002",
  requires_confirmation: true,
});
const view = (text: string, patch: Partial<TurnView> = {}) =>
  ({ text, pending: returning, done: null, ...patch }) as unknown as TurnView;

Deno.test("paying to send a return back, asked while the return waits or once it is open", () => {
  for (
    const t of [
      "why do I need to pay for shipping?",
      "do i have to pay for the postage?",
      "is the label free?",
      "will it cost me anything to send it back?",
    ]
  ) assert.match(returnCostSentence(view(t)) ?? "", /costs you nothing/, t);
  assert.match(returnCostSentence(view("why do I need to pay for shipping?"))!, /^You don't/);
  const opened = view("do i pay the postage", {
    pending: null,
    done: { type: "return_item", order_id: "ORD-1002", at: "2026-06-15T12:00:00Z" },
  });
  assert.match(returnCostSentence(opened) ?? "", /prepaid/);
});

Deno.test("no return in question, or the refund's amount asked: not this answer", () => {
  assert.equal(returnCostSentence(view("how much is shipping?", { pending: null })), null);
  const cancel = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  });
  assert.equal(returnCostSentence(view("do i pay for shipping?", { pending: cancel })), null);
  assert.equal(returnCostSentence(view("does the refund include the shipping i paid?")), null);
  assert.equal(returnCostSentence(view("yes please")), null);
});
