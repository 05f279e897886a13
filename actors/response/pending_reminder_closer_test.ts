import assert from "node:assert/strict";
import { withPendingReminder } from "./pending_again.ts";
import { draft } from "./view.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const cancel = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

Deno.test("the answer before a change asked again ends with no 'anything else I can help with?'", () => {
  const v = viewOf(
    turnWith({
      text: "hmm why hasnt it even shipped yet?",
      who: "sarah",
      intent: "order_status",
      context: castContext("sarah", { order: "ORD-1003" }),
      session: { pending_action: cancel },
    }),
    FIXTURE_NOW,
  );
  const status = draft("order_status", "neutral", [
    "Order ORD-1003 is being prepared and hasn't shipped yet.",
    "Anything else I can help you with?",
  ]);
  const d = withPendingReminder({ ...v, confirmation: "new_request" }, status);
  assert.doesNotMatch(d.text, /anything else/i);
  assert.match(d.text, /hasn't shipped yet\.\n\n.*shall I cancel/s);
  // With no change waiting, the closing offer stays.
  const alone = withPendingReminder({ ...v, pending: null }, status);
  assert.match(alone.text, /Anything else I can help you with\?$/);
});
