import assert from "node:assert/strict";
import type { DeferredRequest, PendingAction } from "../shared/protocol.ts";
import { deferredLetGo, pendingLetGo } from "./let_go.ts";
import { ownSlip } from "./own_slip.ts";

function pending(type: PendingAction["action"]["type"], summary: string): PendingAction {
  return {
    id: "p1",
    action: { type, order_id: "ORD-11088", params: {}, requires_confirmation: true },
    proposed_in: "m0",
    expires_at: "2026-12-08T02:00:00Z",
    summary,
  };
}

const RETURN = pending(
  "return_item",
  "Open a return of Trail Running Shoes from order ORD-11088 and send the return label",
);
const HEADPHONES: DeferredRequest = {
  intent: "cancel_order",
  order_id: null,
  text: "oh and can you cancel the kids headphones order",
  raised: false,
};

Deno.test("the change put off is let go by its goods or its kind, the waiting one kept", () => {
  for (
    const text of [
      "actually forget the headphones, my nephew wants them",
      "never mind the headphones, my son wants them",
      "hmm actually leave the headphones order alone",
      "scrap the cancellation",
    ]
  ) assert.equal(deferredLetGo(text, RETURN, [HEADPHONES]), HEADPHONES, text);
  for (
    const text of [
      "yes",
      "forget the shoes",
      "ok and cancel the headphones too",
      "forget the headphones, refund them instead",
      "actually just the refund, keep 1003",
    ]
  ) assert.equal(deferredLetGo(text, RETURN, [HEADPHONES]), null, text);
  assert.equal(deferredLetGo("forget the headphones", RETURN, []), null);
});

Deno.test("the waiting change let go by its own name is a no; kept by name it is not", () => {
  const cancel = pending("cancel_order", "Cancel order ORD-11197");
  for (
    const text of [
      "on second thought scrap the headphones cancellation",
      "drop the cancellation, I'll keep it",
      "forget the cancellation",
    ]
  ) assert.ok(pendingLetGo(text, cancel), text);
  for (
    const text of [
      "keep the cancellation",
      "scrap the cancellation, refund it instead",
      "forget the cancellation, can you return it?",
      "forget the headphones",
    ]
  ) assert.ok(!pendingLetGo(text, cancel), text);
});

Deno.test("a slip of the customer's own owned is read; a trouble or a question is not", () => {
  for (
    const text of [
      "Oh right the frother, my bad",
      "ahh yes the milk frother, silly me",
      "oh duh, forgot about the frother",
    ]
  ) assert.ok(ownSlip(text), text);
  for (
    const text of [
      "my bad, the frother is broken",
      "my bad, can you cancel 1003 instead?",
      "i forgot my password",
      "i forgot which email i used to order",
      "the frother",
    ]
  ) assert.ok(!ownSlip(text), text);
});

Deno.test("'don't cancel... actually yes' turns back to yes: no change let go", () => {
  const cancel = {
    id: "p",
    action: { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
    proposed_in: "m",
    summary: "Cancel order ORD-1003",
    expires_at: "2026-12-08T12:00:00Z",
  } as const;
  assert.equal(pendingLetGo("don't cancel... actually yes", cancel), false);
  assert.equal(pendingLetGo("scrap the cancellation", cancel), true);
});
