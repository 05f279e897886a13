/** "Cancel it" after we could not find the order named: still that order, read by the actor. */
import assert from "node:assert/strict";
import { createMessage, type Dialogue, type SessionInfo } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };
const AFTER_MISSING: Dialogue = {
  focus: { order_id: "ORD-1003", why: "explicit" },
  mentioned: ["ORD-1003"],
  unanswered: [],
  missing_order: "ORD-3001",
};

async function read(text: string, session: Partial<SessionInfo> = {}) {
  const msg = createMessage({
    text,
    conversationId: "c",
    now,
    session: { session_id: "s", customer_id: "CUST-1", email: null, turn: 2, ...session },
  });
  return await understand(msg, { llm: null, products: [] }, ctx);
}

Deno.test("'its my order, cancel it' after a missing order is about that order, not the focus", async () => {
  const r = await read("its my order, cancel it", { dialogue: AFTER_MISSING });
  assert.equal(r.intent, "cancel_order");
  assert.deepEqual(r.entities.order_ids, ["ORD-3001"]);
});

Deno.test("an order named, or no order missing before, is read as it was", async () => {
  const named = await read("ok cancel 1003 then", { dialogue: AFTER_MISSING });
  assert.notDeepEqual(named.entities.order_ids, ["ORD-3001"]);
  const before = await read("cancel it", { dialogue: { ...AFTER_MISSING, missing_order: null } });
  assert.ok(!before.entities.order_ids.includes("ORD-3001"));
});
