import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";
import { madeMeanwhile } from "../../domain/made_meanwhile.ts";

const text = "hello? did it go through?";
const pending_action = pendingOf({
  type: "refund",
  order_id: "ORD-1002",
  params: { amount: 428 },
  requires_confirmation: true,
});

function route(refunded: boolean) {
  const context = castContext("sarah", {
    order: "ORD-1002",
    ...(refunded ? { orderPatch: { payment_status: "refunded", refunded_amount: 428 } } : {}),
  });
  return decide(turnWith({
    text,
    who: "sarah",
    intent: intentOf("payment_issue", text, { confirmation: "unclear" }),
    context,
    session: { pending_action },
  }));
}

Deno.test("a waiting refund the store shows made already is dropped by execution", () => {
  const made = route(true);
  assert.ok(made.steps.includes("execution"));
  assert.equal(made.include_execution, true);
  assert.equal(route(false).steps.includes("execution"), false);
});

Deno.test("only the order of the waiting change, showing that change, counts", () => {
  const refunded = castContext("sarah", {
    order: "ORD-1002",
    orderPatch: { payment_status: "refunded" },
  });
  assert.equal(madeMeanwhile(pending_action, refunded), true);
  assert.equal(madeMeanwhile(pending_action, castContext("sarah", { order: "ORD-1002" })), false);
  const cancel = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1002",
    requires_confirmation: true,
  });
  assert.equal(madeMeanwhile(cancel, refunded), false);
});
