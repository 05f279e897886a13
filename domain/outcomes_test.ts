import assert from "node:assert/strict";
import {
  describeAction,
  renderActionOutcome,
  renderActionOutcomes,
  renderOutcomeFor,
} from "./outcomes.ts";
import type { ActionResult } from "../shared/protocol.ts";
import { castContext, FIXTURE_NOW, turnWith } from "../tests/fixtures/turns.ts";

function result(r: Partial<ActionResult> & Pick<ActionResult, "type" | "status">): ActionResult {
  return { order_id: "ORD-1003", detail: "", idempotency_key: null, data: {}, ...r };
}

const ctx = { now: FIXTURE_NOW };

Deno.test("done outcomes say what was done with the store's facts", () => {
  const refund = result({
    type: "refund",
    status: "done",
    order_id: "ORD-1002",
    data: { refund: { amount: 428, currency: "USD", expected_by: "2026-06-20T12:00:00Z" } },
  });
  assert.equal(
    renderActionOutcome(refund, ctx),
    "Done — I've refunded 428.00 USD for order ORD-1002. It should reach your original payment method by June 20.",
  );
  const ret = result({
    type: "return_item",
    status: "done",
    order_id: "ORD-1002",
    data: { return: { id: "RMA-1", label_url: "https://store.example/labels/RMA-1.pdf" } },
  });
  assert.match(renderActionOutcome(ret, ctx), /return for order ORD-1002 is open.*RMA-1\.pdf/);
  const fee = result({
    type: "expedite_order",
    status: "done",
    data: { fee: { amount: 9.99, currency: "USD", waived: false } },
  });
  assert.match(renderActionOutcome(fee, ctx), /upgraded\. A fee of 9\.99 USD applies\./);
  const free = result({
    type: "expedite_order",
    status: "done",
    data: { fee: { amount: 0, waived: true } },
  });
  assert.match(renderActionOutcome(free, ctx), /no fee/);
  assert.match(
    renderActionOutcome(result({ type: "cancel_order", status: "done" }), ctx),
    /ORD-1003 is cancelled/,
  );
});

Deno.test("look-ups and proposals add no outcome text", () => {
  assert.equal(renderActionOutcome(result({ type: "order_status", status: "done" }), ctx), "");
  assert.equal(renderActionOutcome(result({ type: "cancel_order", status: "proposed" }), ctx), "");
});

Deno.test("a refusal states the store's rule and offers the alternative", () => {
  const r = result({
    type: "cancel_order",
    status: "refused",
    order_id: "ORD-1001",
    detail: "Cannot cancel order ORD-1001: it has already shipped",
  });
  assert.equal(
    renderActionOutcome(r, ctx),
    "I couldn't cancel order ORD-1001: it has already shipped. Once it's delivered, you can return it within 30 days.",
  );
  const injected = result({
    type: "refund",
    status: "refused",
    detail: "Not carried out: the message looked like an attempt to override our rules",
  });
  assert.match(
    renderActionOutcome(injected, ctx),
    /^I couldn't refund order ORD-1003: the message looked like/,
  );
});

Deno.test("failed, declined and expired outcomes say nothing was changed", () => {
  assert.match(
    renderActionOutcome(result({ type: "refund", status: "failed" }), ctx),
    /hasn't been done/,
  );
  assert.match(
    renderActionOutcome(result({ type: "refund", status: "declined" }), ctx),
    /nothing has been changed/,
  );
  assert.match(renderActionOutcome(result({ type: "refund", status: "expired" }), ctx), /expired/);
  // "Not yet": left for now, and how to have it done later.
  const later = renderActionOutcome(result({ type: "cancel_order", status: "declined" }), {
    ...ctx,
    said: "not yet",
  });
  assert.match(later, /won't cancel order ORD-1003 for now; nothing has been changed/);
  assert.match(later, /say when you'd like me to\.$/);
});

Deno.test("outcomes join in order, and renderOutcomeFor fits execution's renderer", () => {
  const both = renderActionOutcomes([
    result({ type: "order_status", status: "done" }),
    result({ type: "order_note", status: "done" }),
  ], ctx);
  assert.equal(
    both,
    "I've added a note for our team, so anyone who picks this up knows the details.",
  );
  const msg = turnWith({
    text: "yes",
    who: "sarah",
    context: castContext("sarah", { order: "ORD-1003" }),
  });
  const credit = result({
    type: "goodwill_credit",
    status: "done",
    order_id: null,
    data: { credit: { amount: 20 } },
  });
  assert.match(renderOutcomeFor(credit, msg), /added 20\.00 USD to your account/);
  assert.equal(
    describeAction({
      type: "cancel_order",
      order_id: "ORD-1003",
      params: {},
      requires_confirmation: true,
    }),
    "Cancel order ORD-1003",
  );
});
