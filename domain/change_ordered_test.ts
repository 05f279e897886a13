import assert from "node:assert/strict";
import { changeOrdered } from "./change_ordered.ts";

Deno.test("a change's verb said as an order is asked, however short", () => {
  for (
    const t of ["refund it.", "just cancel it", "pls return them", "ok fine, refund the mixer now"]
  ) {
    assert.ok(changeOrdered(t), t);
  }
  for (
    const t of ["can I refund it?", "refund it if you can but", "cancel", "how do I return it"]
  ) {
    assert.ok(!changeOrdered(t), t);
  }
});
