import assert from "node:assert/strict";
import { wentThroughMeanwhile } from "./went_through.ts";
import { renderTemplate } from "./templates.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { OrderView } from "../../shared/protocol.ts";

const refund = pendingOf({
  type: "refund",
  order_id: "ORD-1002",
  params: { amount: 428 },
  requires_confirmation: true,
});

function asked(text: string, patch: Partial<OrderView>) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("payment_issue", text, { confirmation: "unclear" }),
    context: castContext("sarah", { order: "ORD-1002", orderPatch: patch }),
    session: { pending_action: refund },
  });
  return viewOf(msg, new Date(msg.created_at));
}

Deno.test("'did it go through?' when the store made the refund after all: said so, not asked again", () => {
  const v = asked("hello? did it go through?", {
    payment_status: "refunded",
    refunded_amount: 428,
  });
  const d = wentThroughMeanwhile(v, "neutral");
  assert.ok(d);
  assert.match(d.text, /it went through after all: order ORD-1002 is refunded/);
  assert.match(d.text, /428\.00 USD goes back/);
  assert.deepEqual(d.proposed_actions, []);
  assert.doesNotMatch(renderTemplate(v).text, /shall I refund|yes or a no/i);
});

Deno.test("a waiting change the order does not show made is asked again as before", () => {
  const v = asked("hello? did it go through?", {});
  assert.equal(wentThroughMeanwhile(v, "neutral"), null);
  assert.match(renderTemplate(v).text, /refund/i);
});
