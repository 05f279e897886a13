/** What a customer reports about delivered goods, as the replacement rule reads it. */
import assert from "node:assert/strict";
import { reportsIn } from "./problems.ts";

Deno.test("damage, a wrong or a missing item count for a delivered order only", () => {
  const delivered = { status: "delivered" };
  assert.deepEqual(reportsIn(delivered, "the mixer arrived smashed"), {
    reportsDamage: true,
    reportsWrong: false,
  });
  assert.deepEqual(reportsIn(delivered, "I got the wrong item, a toaster"), {
    reportsDamage: false,
    reportsWrong: true,
  });
  assert.deepEqual(reportsIn(delivered, "it came with the wrong part"), {
    reportsDamage: false,
    reportsWrong: true,
  });
  assert.deepEqual(reportsIn(delivered, "the whisk is missing"), {
    reportsDamage: false,
    reportsWrong: true,
  });
  assert.deepEqual(reportsIn({ status: "shipped" }, "the wrong item came"), {
    reportsDamage: false,
    reportsWrong: false,
  });
});
