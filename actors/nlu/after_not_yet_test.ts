/** "Not yet", then "ok now do it": the declined change proposed again, never carried out. */
import assert from "node:assert/strict";
import { createMessage, type Dialogue, type SessionInfo } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };
const AFTER_NO: Dialogue = {
  focus: { order_id: "ORD-1003", why: "explicit" },
  mentioned: ["ORD-1003"],
  unanswered: [],
  topic: "cancel_order",
};

async function read(text: string, session: Partial<SessionInfo> = {}) {
  const msg = createMessage({
    text,
    conversationId: "c",
    now,
    session: { session_id: "s", customer_id: "CUST-1", email: null, turn: 3, ...session },
  });
  return await understand(msg, { llm: null, products: [] }, ctx);
}

Deno.test("'ok now do it' after a no to the cancellation asks for it again", async () => {
  for (const t of ["ok now do it", "ok go ahead now", "ready, do it"]) {
    const r = await read(t, { dialogue: AFTER_NO, last_intent: "deny" });
    assert.equal(r.intent, "cancel_order", t);
    assert.deepEqual(r.entities.order_ids, ["ORD-1003"], t);
  }
});

Deno.test("a bare ok, or a go-ahead not right after a no, is read as it was", async () => {
  assert.equal((await read("ok", { dialogue: AFTER_NO, last_intent: "deny" })).intent, "affirm");
  const later = await read("ok now do it", { dialogue: AFTER_NO, last_intent: "order_status" });
  assert.notEqual(later.intent, "cancel_order");
});
