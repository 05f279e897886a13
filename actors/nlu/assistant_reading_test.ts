import assert from "node:assert/strict";
import { optionsWhilePending } from "./assistant_reading.ts";
import type { ConfirmationReading } from "./confirmation.ts";

const complaint: ConfirmationReading = {
  label: "new_request",
  reason: "a request of its own",
  request: { intent: "complaint", confidence: 0.99 },
};

Deno.test("venting while a change waits is no new request: the change is asked again", () => {
  assert.equal(optionsWhilePending(complaint, "this is ridiculous 🙄").label, "unclear");
  assert.equal(optionsWhilePending(complaint, "ugh, what a joke").label, "unclear");
});

Deno.test("a complaint that tells of trouble while a change waits stays a request", () => {
  assert.equal(
    optionsWhilePending(complaint, "the courier threw my parcel over the fence").label,
    "new_request",
  );
});
