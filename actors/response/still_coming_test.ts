import assert from "node:assert/strict";
import { stillComing } from "./orders_info.ts";
import { castContext } from "../../tests/fixtures/turns.ts";

Deno.test("the only order still to come is 'on its way' once shipped, not while being prepared", () => {
  const orders = castContext("sarah").orders;
  const shipped = orders.find((o) => o.id === "ORD-1001")!;
  const processing = orders.find((o) => o.id === "ORD-1003")!;
  assert.match(stillComing(shipped), /on its way/);
  assert.doesNotMatch(stillComing(processing), /on its way/);
});
