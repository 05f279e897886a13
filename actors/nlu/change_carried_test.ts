import assert from "node:assert/strict";
import { carriesChange } from "./change_carried.ts";

Deno.test("a change of the turn before is carried on unless it was carried out", () => {
  assert.equal(carriesChange("change_address", null), true);
  assert.equal(carriesChange("cancel_order", undefined), true);
  assert.equal(
    carriesChange("cancel_order", { type: "cancel_order", order_id: "ORD-1", at: "t" }),
    false,
  );
  assert.equal(carriesChange("order_status", null), false, "a question is carried elsewhere");
  assert.equal(carriesChange(null, null), false);
});
