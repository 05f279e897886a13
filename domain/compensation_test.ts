import assert from "node:assert/strict";
import { asksForCompensation, goodwillOffer, orderHadTrouble } from "./compensation.ts";
import { GOODWILL_CREDIT_LIMITS } from "./policy.ts";
import type { OrderView, TrackingView } from "../shared/protocol.ts";

Deno.test("compensation, a discount or a voucher asked for is told from a general question", () => {
  for (
    const t of [
      "I want some compensation",
      "can I get a discount code or something for the trouble?",
      "what about a voucher?",
      "you should make it up to me",
      "I'd expect a goodwill gesture",
    ]
  ) {
    assert.ok(asksForCompensation(t), t);
  }
  for (
    const t of [
      "where is my order",
      "I don't need any compensation, just the parcel",
      "do you have a student discount?",
      "I want a refund",
    ]
  ) {
    assert.ok(!asksForCompensation(t), t);
  }
});

Deno.test("an order had trouble when its parcel is delayed or lost or its goods came damaged", () => {
  const order = {
    id: "ORD-1",
    status: "shipped",
    tracking_number: "TRK1",
    reported_issue: null,
  } as unknown as OrderView;
  const tracking = (status: string) => ({ number: "TRK1", status }) as unknown as TrackingView;
  assert.ok(orderHadTrouble(order, tracking("exception"), ""));
  assert.ok(orderHadTrouble(order, tracking("lost"), ""));
  assert.ok(!orderHadTrouble(order, tracking("in_transit"), ""));
  assert.ok(orderHadTrouble({ ...order, reported_issue: "damaged" }, null, ""));
  const delivered = { ...order, status: "delivered" };
  assert.ok(orderHadTrouble(delivered, null, "it arrived broken"));
  assert.ok(!orderHadTrouble(delivered, null, "can I get a discount"));
});

Deno.test("the goodwill offered stays within every tier's 30-day limit", () => {
  for (const tier of ["standard", "silver", "gold", "vip"] as const) {
    assert.ok(goodwillOffer(tier) > 0 && goodwillOffer(tier) <= GOODWILL_CREDIT_LIMITS[tier], tier);
  }
});

Deno.test("a code for first orders or new customers is asked in general, no compensation", () => {
  for (
    const t of [
      "is there a discount code for first orders?",
      "do you have a promo code for new customers",
      "any discount for first time buyers?",
    ]
  ) assert.ok(!asksForCompensation(t), t);
});
