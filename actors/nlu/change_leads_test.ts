/**
 * While a change waits: "ok let's do the return now" restates it (a yes), and "no sorry, i
 * meant return it, not refund" switches to the change named (not a no, not the same change
 * again).
 */
import assert from "node:assert/strict";
import { createMessage, type PendingAction } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { readPendingReply, understand } from "../intent.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };
const pending = (type: PendingAction["action"]["type"]): PendingAction => ({
  id: "p-1",
  action: { type, order_id: "ORD-1002", params: {}, requires_confirmation: true },
  proposed_in: "m-0",
  expires_at: "2026-11-25T16:00:00Z",
  summary: `${type} ORD-1002`,
});
const deps = { llm: null, products: [] };

Deno.test("'ok let's do the return now' while the return waits is a yes", () => {
  for (
    const text of [
      "ok lets do the return now",
      "ok do the return",
      "go ahead with the return",
      "ok start the return",
    ]
  ) {
    assert.equal(readPendingReply(text, pending("return_item"), deps).label, "affirm", text);
  }
  for (const text of ["let's do something else", "do the return?", "do it later", "start"]) {
    assert.notEqual(readPendingReply(text, pending("return_item"), deps).label, "affirm", text);
  }
  const cancel = { ...pending("cancel_order") };
  assert.equal(readPendingReply("go ahead with the cancellation", cancel, deps).label, "affirm");
  assert.equal(readPendingReply("dont do the cancellation", cancel, deps).label, "deny");
});

Deno.test("'no sorry, i meant return it, not refund' while a refund waits asks the return", async () => {
  for (const text of ["no sorry, i meant return it, not refund", "no, i meant return it"]) {
    const msg = createMessage({
      text,
      conversationId: "c",
      now,
      session: {
        session_id: "s",
        customer_id: "CUST-1",
        email: null,
        turn: 2,
        pending_action: pending("refund"),
      },
    });
    const r = await understand(msg, deps, ctx);
    assert.equal(r.intent, "return_item", text);
    assert.equal(r.confirmation, "new_request", text);
  }
});
