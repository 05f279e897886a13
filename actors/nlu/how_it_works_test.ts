import assert from "node:assert/strict";
import { asksHowItWorks } from "./how_it_works.ts";
import { detectRequests } from "./requests.ts";

Deno.test("'tell me how returns work' asks the rules, not a return", () => {
  for (
    const t of [
      "and tell me how returns work",
      "explain how the refund process works",
      "how do exchanges work",
    ]
  ) assert.ok(asksHowItWorks(t), t);
  for (
    const t of [
      "return my espresso machine",
      "tell me when the return is open",
      "how do I return it",
    ]
  ) {
    assert.ok(!asksHowItWorks(t), t);
  }
});

Deno.test("a part asking how returns work beside a cancellation is a policy question", () => {
  const text = "Please cancel my shoes order 1003, and tell me how returns work.";
  const got = detectRequests(
    text,
    { intent: "cancel_order", confidence: 0.99 },
    (part) =>
      /return/i.test(part)
        ? { intent: "return_item", confidence: 0.9 }
        : { intent: "cancel_order", confidence: 0.99 },
  );
  assert.deepEqual(got.map((r) => r.intent).sort(), ["cancel_order", "policy_question"]);
});
