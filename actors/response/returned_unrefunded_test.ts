import assert from "node:assert/strict";
import { refundCheckOffered, sentBackFacts } from "./sent_back.ts";
import { CAST_ORDERS } from "../../tests/fixtures/turns.ts";

const BACK = {
  ...CAST_ORDERS["ORD-1002"],
  status: "returned",
  refunded_amount: 0,
  return_id: "RMA-000028",
};

Deno.test("goods back with the store and unrefunded: the late refund told, a colleague offered", () => {
  const facts = sentBackFacts("I returned it weeks ago, where's my money", BACK)!.join(" ");
  assert.match(facts, /received back with us, but no refund has been issued/);
  assert.doesNotMatch(facts, /once the parcel is back/);
  assert.equal(refundCheckOffered("where's my refund", BACK), true);
});

Deno.test("an open return not yet back still waits for the parcel", () => {
  const open = { ...BACK, status: "delivered" };
  const facts = sentBackFacts("I sent it back, where's the refund", open)!.join(" ");
  assert.match(facts, /once the parcel is back with us/);
  assert.equal(refundCheckOffered("I sent it back, where's the refund", open), false);
});
