import assert from "node:assert/strict";
import { finalReply } from "./reply.ts";
import { doneWhileQueuedLine, STILL_COMING_AFTER_DONE } from "./done_while_queued.ts";
import { turnWith } from "../tests/fixtures/turns.ts";
import type { Message } from "../shared/protocol.ts";

const OPEN = {
  id: "h-1",
  priority: "high" as const,
  opened_at: "2026-12-07T10:00:00.000Z",
  reason: "the customer asked for a person",
};

function yesWhile(open: typeof OPEN | null, status: "done" | "declined" = "done"): Message {
  const msg = turnWith({
    text: "yes",
    who: "emma",
    intent: "affirm",
    decision: "act",
    session: { open_handoff: open },
  });
  msg.payload.execution = {
    results: [{
      type: "refund",
      order_id: "ORD-3001",
      status,
      detail: "",
      idempotency_key: null,
      data: {},
    }],
    pending: null,
    text: "Done — I've refunded 313.99 USD for order ORD-3001.",
  };
  return msg;
}

Deno.test("a change carried out while a person is on the way says they still are", () => {
  const reply = finalReply(yesWhile(OPEN)).reply;
  assert.match(reply, /^Done — I've refunded/);
  assert.ok(reply.endsWith(STILL_COMING_AFTER_DONE));
});

Deno.test("no line with no handoff open, or when nothing was carried out", () => {
  assert.equal(doneWhileQueuedLine(yesWhile(null)), null);
  assert.equal(doneWhileQueuedLine(yesWhile(OPEN, "declined")), null);
  assert.equal(
    finalReply(yesWhile(null)).reply,
    "Done — I've refunded 313.99 USD for order ORD-3001.",
  );
});
