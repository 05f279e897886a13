/** A problem told about goods that came is kept with the conversation until a change settles it. */
import assert from "node:assert/strict";
import { createMessage, type Message } from "../shared/protocol.ts";
import { castContext, FIXTURE_NOW } from "../tests/fixtures/turns.ts";
import { reportedAfter } from "./reported_problem.ts";

function turn(text: string, intent: string, results: unknown[] = []): Message {
  const msg = createMessage({ text, conversationId: "c", now: FIXTURE_NOW });
  const payload = {
    ...msg.payload,
    intent: { intent, confidence: 0.9, alternatives: [], entities: {} },
    context: castContext("emma", { order: "ORD-3002" }),
    execution: { results },
  };
  return { ...msg, payload } as unknown as Message;
}

Deno.test("a damaged delivery reported is kept, and settled by a refund of that order", () => {
  const first = reportedAfter(
    turn("the mixer arrived with a cracked bowl", "delivery_problem"),
    null,
  );
  assert.deepEqual(first, { order_id: "ORD-3002", problem: "damaged" });
  assert.deepEqual(reportedAfter(turn("where is it", "order_status"), first), first);
  const refunded = turn("yes", "affirm", [{
    type: "refund",
    order_id: "ORD-3002",
    status: "done",
  }]);
  assert.equal(reportedAfter(refunded, first), null);
  // A question about the status reports nothing.
  assert.equal(reportedAfter(turn("is my mixer delivered?", "order_status"), null), null);
});
