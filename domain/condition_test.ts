import assert from "node:assert/strict";
import { withoutCondition } from "./condition.ts";

Deno.test("a condition set on a request is read apart from what the request names", () => {
  assert.equal(
    withoutCondition("only cancel the shoes if the rest can still ship"),
    "only cancel the shoes",
  );
  assert.equal(withoutCondition("cancel 1003 if it hasn't shipped yet"), "cancel 1003");
  assert.equal(
    withoutCondition("refund me unless it can come tomorrow. thanks"),
    "refund me . thanks",
  );
  assert.equal(withoutCondition("cancel both of them"), "cancel both of them");
  assert.equal(withoutCondition("if the rest ship"), "if the rest ship");
});
