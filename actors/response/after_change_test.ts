/** The follow-up to a change just made is answered about that change, from the store's record. */
import assert from "node:assert/strict";
import { afterChangeReply } from "./after_change.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { DoneChange } from "../../shared/protocol.ts";

const AT = "2026-12-07T10:00:00Z";

function view(text: string, who: "sarah" | "mike" | "emma", done: DoneChange | null) {
  const msg = turnWith({
    text,
    who,
    intent: intentOf("order_status", text),
    context: castContext(who),
    session: {
      last_intent: "affirm",
      dialogue: { focus: null, mentioned: [], unanswered: [], ...(done ? { done } : {}) },
    },
  });
  return viewOf(msg, new Date(msg.created_at));
}

Deno.test("regret of an unpaid order's cancellation: can't be undone, and nothing was charged", () => {
  const done: DoneChange = { type: "cancel_order", order_id: "ORD-2002", at: AT };
  const d = afterChangeReply(view("wait, I didn't mean that", "mike", done), "neutral");
  assert.equal(d?.template, "undo");
  assert.match(d?.text ?? "", /can't be undone/);
  assert.match(d?.text ?? "", /order them again/);
  assert.doesNotMatch(d?.text ?? "", /refund is already on its way/);
});

Deno.test("'did it go through?' after a replacement says it did, and what follows", () => {
  const done: DoneChange = { type: "replacement", order_id: "ORD-3002", at: AT };
  const d = afterChangeReply(view("did it go through?", "emma", done), "neutral");
  assert.equal(d?.template, "done_checked");
  assert.match(d?.text ?? "", /Yes, it went through\..*replacement for order ORD-3002/);
  assert.doesNotMatch(d?.text ?? "", /card|declined/i);
});

Deno.test("'will I get an email?' is answered for the change, without promising what isn't sent", () => {
  const cancel: DoneChange = { type: "cancel_order", order_id: "ORD-1003", at: AT };
  const d = afterChangeReply(view("will I get an email?", "sarah", cancel), "neutral");
  assert.equal(d?.template, "done_confirmation");
  assert.match(d?.text ?? "", /ORD-1003 is cancelled/);
  assert.match(d?.text ?? "", /can't send a separate confirmation email/);
  const ret: DoneChange = { type: "return_item", order_id: "ORD-1002", at: AT };
  const r = afterChangeReply(view("will I get an email?", "sarah", ret), "neutral");
  assert.match(r?.text ?? "", /label has been emailed/);
});

Deno.test("'what happens now?' after a return says what is left to do; 'reorder it' is told how", () => {
  const ret: DoneChange = { type: "return_item", order_id: "ORD-1002", at: AT };
  const d = afterChangeReply(view("so what happens now?", "sarah", ret), "neutral");
  assert.equal(d?.template, "done_next");
  assert.match(d?.text ?? "", /hand it to the carrier within 14 days/);
  const cancel: DoneChange = { type: "cancel_order", order_id: "ORD-1003", at: AT };
  const r = afterChangeReply(view("ok then just reorder it for me", "sarah", cancel), "neutral");
  assert.equal(r?.template, "reorder");
  assert.match(r?.text ?? "", /can't place an order for you from this chat/);
});

Deno.test("nothing done, or a question of another kind: left to the other replies", () => {
  assert.equal(afterChangeReply(view("did it go through?", "sarah", null), "neutral"), null);
  const done: DoneChange = { type: "cancel_order", order_id: "ORD-1003", at: AT };
  assert.equal(afterChangeReply(view("where is ORD-1001?", "sarah", done), "neutral"), null);
});
