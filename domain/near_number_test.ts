/** An order number with one slip, and the customer's own order it was meant as (talk29). */
import assert from "node:assert/strict";
import { nearOwnOrder, oneSlipApart } from "./near_number.ts";

const SARAH = ["ORD-1003", "ORD-1001", "ORD-1002"];

Deno.test("one digit too many, too few, changed or two swapped is one slip", () => {
  assert.ok(oneSlipApart("10002", "1002"));
  assert.ok(oneSlipApart("102", "1002"));
  assert.ok(oneSlipApart("1009", "1003"));
  assert.ok(oneSlipApart("1030", "1003"));
  assert.ok(!oneSlipApart("1002", "1002"));
  assert.ok(!oneSlipApart("3100", "1003"));
});

Deno.test("only one own order one slip away is offered", () => {
  assert.equal(nearOwnOrder("ORD-10002", SARAH), "ORD-1002");
  assert.equal(nearOwnOrder("ORD-10003", SARAH), "ORD-1003");
  // "1000" is one slip from each of Sarah's: no guess.
  assert.equal(nearOwnOrder("ORD-1000", SARAH), null);
  assert.equal(nearOwnOrder("ORD-5555", SARAH), null);
});

Deno.test("a number of the same length is no slip offered: it may be someone else's order", () => {
  // ORD-2002 is Mike's: Sarah is not steered to her ORD-1002 by it, nor by a swap.
  assert.equal(nearOwnOrder("ORD-2002", SARAH), null);
  assert.equal(nearOwnOrder("ORD-1030", SARAH), null);
});
