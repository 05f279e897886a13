import assert from "node:assert/strict";
import { fallbackText } from "./escalation_router.ts";
import { EARLIER_NO_ANSWER, failedCallOutcome } from "../domain/failed_change.ts";
import { pendingOf, turnWith } from "../tests/fixtures/turns.ts";
import type { MeshError } from "../shared/protocol.ts";

const cancel = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
}, {
  summary: "Cancel order ORD-1003",
});
const error = (message: string, attempt = 1): MeshError => ({
  actor: "execution",
  kind: "retryable",
  message,
  at: "2026-06-15T12:00:00.000Z",
  attempt,
});
const yes = turnWith({ text: "yes", who: "sarah", session: { pending_action: cancel } });

Deno.test("a change the store refused as unavailable is named, and nothing changed is said", () => {
  const text = fallbackText(
    yes,
    error("RetryableError: Cannot POST /orders/ORD-1003/cancel: the orders service is unavailable"),
    "normal",
  );
  assert.match(text, /I couldn't cancel order ORD-1003 just now/);
  assert.match(text, /nothing has been changed yet/);
  assert.match(text, /say yes again/);
  assert.doesNotMatch(text, /couldn't finish looking into this/);
});

Deno.test("refused as unavailable after a delivery with no answer: it may have gone through", () => {
  // The execution actor says so of a try after a delivery that got no answer in time.
  const text = fallbackText(
    yes,
    error(`the orders service is unavailable${EARLIER_NO_ANSWER}`, 2),
    "normal",
  );
  assert.match(text, /can't tell yet whether it went through/);
  assert.doesNotMatch(text, /nothing has been changed/i);
});

Deno.test("a change the store did not answer in time may have gone through: said so", () => {
  const text = fallbackText(yes, error("Cannot call orders: no answer within 1500 ms"), "normal");
  assert.match(text, /asked our order system to cancel order ORD-1003/);
  assert.match(text, /can't tell yet whether it went through/);
  assert.doesNotMatch(text, /nothing has been changed/i);
});

Deno.test("a failure with no change agreed says nothing changed, as before", () => {
  const asking = turnWith({ text: "where is ORD-1001", who: "sarah" });
  const text = fallbackText(asking, { ...error("boom"), actor: "context" }, "normal");
  assert.match(text, /Nothing on your orders has been changed/);
  const tries = (...messages: string[]) => messages.map((message) => ({ message }));
  assert.equal(
    failedCallOutcome(tries("Cannot call orders: circuit open after repeated failures")),
    "not_done",
  );
  assert.equal(
    failedCallOutcome(tries("Cannot POST /x: the store did not answer within 2000 ms")),
    "unknown",
  );
  assert.equal(failedCallOutcome(tries("Cannot POST /x: internal error")), "unknown");
  // A mesh-level round before that got no answer: the change may have been made then.
  assert.equal(
    failedCallOutcome(tries("no answer within 1500 ms", "the orders service is unavailable")),
    "unknown",
  );
});
