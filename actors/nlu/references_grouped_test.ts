/** An order number written with a thousands comma (talk29): "order 1,002", "#1,003". */
import assert from "node:assert/strict";
import { explicitOrderRefs } from "./references.ts";

Deno.test("'order 1,002' and '#1,003' name ORD-1002 and ORD-1003", () => {
  assert.deepEqual(explicitOrderRefs("order 1,002").map((r) => r.ref.id), ["ORD-1002"]);
  assert.deepEqual(explicitOrderRefs("where is #1,003?").map((r) => r.ref.id), ["ORD-1003"]);
  // A price is no order: "$1,002" names none.
  assert.deepEqual(explicitOrderRefs("it cost $1,002").map((r) => r.ref.id), []);
});
