/** The reason a customer gives in their own words goes with the change they ask for. */
import assert from "node:assert/strict";
import { statedReason } from "./stated_reason.ts";

Deno.test("a reason after 'because' or 'due to' is the customer's reason", () => {
  assert.equal(
    statedReason("Please cancel ORD-1003 because I found it cheaper elsewhere."),
    "I found it cheaper elsewhere",
  );
  assert.equal(statedReason("return the shoes due to the wrong size"), "The wrong size");
  assert.equal(
    statedReason("cancel it since I ordered twice by mistake"),
    "I ordered twice by mistake",
  );
});

Deno.test("a clause explaining the request after a comma is the reason", () => {
  assert.equal(
    statedReason("cancel ORD-1003, I don't need it anymore"),
    "I don't need it anymore",
  );
});

Deno.test("no reason is read out of a request without one, or out of a time or courtesy", () => {
  assert.equal(statedReason("cancel ORD-1003"), null);
  assert.equal(statedReason("cancel it as soon as possible"), null);
  assert.equal(statedReason("it hasn't moved since Monday"), null);
  assert.equal(statedReason("cancel ORD-1003, please"), null);
});
