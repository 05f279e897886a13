import assert from "node:assert/strict";
import { sentenceOverPending } from "./sentence_over_pending.ts";
import { OWN_REQUEST } from "./own_request.ts";
import type { ConfirmationReading } from "./confirmation.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const cancel: PendingAction["action"] = {
  type: "cancel_order",
  order_id: "ORD-2002",
  requires_confirmation: true,
  params: {},
};
const unclear: ConfirmationReading = { label: "unclear", reason: "neither", request: null };
/** Knows an order's status question alone; a remark or a yes is none. */
const classify = (t: string) =>
  /\b(?:eta|where)\b/i.test(t) && !/another question/i.test(t)
    ? { intent: "order_status" as const, confidence: 0.8 }
    : { intent: "complaint" as const, confidence: 0.35 };

Deno.test("a question in a sentence of its own after a remark is a request of its own", () => {
  const read = sentenceOverPending(
    unclear,
    "oh great, another question. whats the keyboard eta",
    cancel,
    classify,
  );
  assert.equal(read?.label, "new_request");
  assert.equal(read?.request?.intent, "order_status");
  // Its own intent is the request, not the whole reply's (a complaint).
  assert.equal(read?.reason, OWN_REQUEST);
});

Deno.test("one sentence, a clear reading, or sentences asking nothing are left as read", () => {
  assert.equal(sentenceOverPending(unclear, "whats the keyboard eta", cancel, classify), null);
  const yes: ConfirmationReading = { label: "affirm", reason: "yes", request: null };
  assert.equal(sentenceOverPending(yes, "ok. where is it", cancel, classify), null);
  assert.equal(sentenceOverPending(unclear, "hmm. let me think. ok", cancel, classify), null);
});
