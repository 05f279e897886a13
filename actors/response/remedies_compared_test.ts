import assert from "node:assert/strict";
import { remediesCompared } from "./remedies_compared.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const text = "Wait, what's faster, a refund or a replacement?";

Deno.test("'what's faster, a refund or a replacement?' while the refund waits: both told, the refund asked", () => {
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("refund_request", text, { confirmation: "unclear" }),
    context: castContext("emma", { order: "ORD-3001" }),
    session: {
      pending_action: pendingOf({
        type: "refund",
        order_id: "ORD-3001",
        params: { amount: 313.99 },
        requires_confirmation: true,
      }),
    },
  });
  const d = remediesCompared(viewOf(msg, new Date(msg.created_at)), "neutral");
  assert.ok(d);
  assert.match(d.text, /within 5 business days/);
  assert.match(d.text, /leaves our warehouse within 1 business day/);
  assert.match(d.text, /Shall I refund/);
  assert.deepEqual(d.proposed_actions, []);
});
