import assert from "node:assert/strict";
import { sameKind } from "./change_kind.ts";

Deno.test("speeding up an order and a parcel are one kind of change; others are their own", () => {
  assert.ok(sameKind("expedite_order", "expedite_delivery"));
  assert.ok(sameKind("expedite_delivery", "expedite_delivery"));
  assert.ok(sameKind("refund", "refund"));
  assert.ok(!sameKind("refund", "replacement"));
  assert.ok(!sameKind("cancel_order", "expedite_order"));
});
