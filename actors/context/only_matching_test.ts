import assert from "node:assert/strict";
import { onlyMatchingOrder, onlyOrderOfRequests, saysArrivedFaulty } from "./order_lookup.ts";
import { castContext } from "../../tests/fixtures/turns.ts";

const sarah = castContext("sarah").orders;
const mike = castContext("mike").orders;

Deno.test("an unnamed order is the customer's only one that fits the request", () => {
  assert.equal(onlyMatchingOrder("refund_request", sarah)?.id, "ORD-1002", "the one delivered");
  assert.equal(onlyMatchingOrder("payment_issue", mike, "i paid yesterday tho"), null, "two open");
  assert.equal(onlyMatchingOrder("small_talk", sarah, "it hasn't arrived"), null);
});

Deno.test("said not to have arrived, it is the order on its way, never the delivered one", () => {
  for (
    const text of [
      "hedphones havent arrived, can i get a refund",
      "my order never came, refund please",
      "it still hasn't turned up",
    ]
  ) {
    assert.equal(onlyMatchingOrder("refund_request", sarah, text)?.id, "ORD-1001", text);
  }
  // Two on their way: nothing is guessed.
  const twoUnderway = sarah.map((o) => ({ ...o, status: "shipped" }));
  assert.equal(onlyMatchingOrder("refund_request", twoUnderway, "it never came"), null);
});

Deno.test("several requests naming no order: the one order they point at, when they agree", () => {
  // "my order is late AGAIN. where is it and can you speed it up": only the late parcel is
  // sent off; the status and the speed-up say nothing of which order on their own.
  const late = ["shipping_options", "order_status", "delivery_problem"] as const;
  assert.equal(onlyOrderOfRequests(late, mike, "my order is late AGAIN")?.id, "ORD-2001");
  // "cancel my order and return the one that came": two requests, two different orders.
  assert.equal(onlyOrderOfRequests(["cancel_order", "return_item"], sarah), null);
  // The same order found twice is still one.
  assert.equal(onlyOrderOfRequests(["refund_request", "return_item"], sarah)?.id, "ORD-1002");
  assert.equal(onlyOrderOfRequests([undefined, "small_talk"], sarah), null);
});

Deno.test("an invoice with no order delivered is for the one order paid for", () => {
  assert.equal(onlyMatchingOrder("invoice_request", mike)?.id, "ORD-2001", "2002 is not paid");
  assert.equal(onlyMatchingOrder("invoice_request", sarah)?.id, "ORD-1002", "the one delivered");
});

Deno.test("questions asked together share the one order one of them points at", () => {
  // "where's my order and send me the invoice": two open orders, one with an invoice.
  assert.equal(onlyOrderOfRequests(["order_status", "invoice_request"], mike)?.id, "ORD-2001");
  assert.equal(onlyOrderOfRequests(["order_status"], mike), null);
  // A change picks its own order: the refund's delivered order is no order to cancel.
  assert.equal(onlyOrderOfRequests(["cancel_order", "refund_request"], sarah), null);
});

Deno.test("said to have come broken or wrong, it is the delivered order, not the one on its way", () => {
  const emma = castContext("emma").orders;
  for (
    const text of [
      "Hello, I received my order yesterday but the box was crushed and the item inside is broken",
      "it arrived damaged",
      "the wrong size came",
      "got my parcel today and the glass is cracked",
    ]
  ) {
    assert.equal(onlyMatchingOrder("delivery_problem", emma, text)?.id, "ORD-3002", text);
  }
  // Asking whether it came, or saying it did not: not a delivered one.
  assert.equal(onlyMatchingOrder("delivery_problem", emma, "it never arrived")?.id, "ORD-3001");
  assert.equal(onlyMatchingOrder("order_status", emma, "has it arrived yet?")?.id, "ORD-3001");
  assert.equal(saysArrivedFaulty("my order hasn't arrived and I'm broke"), false);
});
