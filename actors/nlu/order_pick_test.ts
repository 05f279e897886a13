/**
 * "Cancel the third one" after a reply that listed orders: the order at that place, read
 * by the intent actor with its classifier; with a change waiting, a pick of another order
 * is that change asked again for it.
 */
import assert from "node:assert/strict";
import {
  createMessage,
  type Dialogue,
  type PendingAction,
  type SessionInfo,
} from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";
import { pickedFromList } from "./order_pick.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };
const LISTED = [
  { id: "ORD-1003", total: 192 },
  { id: "ORD-1001", total: 249 },
  { id: "ORD-1002", total: 428 },
];
const AFTER_LIST: Dialogue = {
  focus: null,
  mentioned: LISTED.map((o) => o.id),
  unanswered: [],
  topic: "order_status",
  orders_listed: LISTED,
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

function pending(type: PendingAction["action"]["type"], orderId: string): PendingAction {
  return {
    id: "p-1",
    action: { type, order_id: orderId, params: {}, requires_confirmation: true },
    proposed_in: "m-0",
    expires_at: "2026-11-25T16:00:00Z",
    summary: `${type} of ${orderId}`,
  };
}

Deno.test("a place in the list picks that order; other words pick nothing", () => {
  assert.equal(pickedFromList("cancel the third one", LISTED), "ORD-1002");
  assert.equal(pickedFromList("the 2nd one", LISTED), "ORD-1001");
  assert.equal(pickedFromList("no, the first one", LISTED), "ORD-1003");
  assert.equal(pickedFromList("the last order pls", LISTED), "ORD-1002");
  assert.equal(pickedFromList("the fourth one", LISTED), null, "no fourth was listed");
  assert.equal(pickedFromList("my first order ever", LISTED), null, "'my first order' is its age");
  assert.equal(pickedFromList("the third one", [LISTED[0]]), null, "one order is no list");
});

Deno.test("a price picks the cheapest or the dearest listed; a tie picks nothing", () => {
  assert.equal(pickedFromList("the cheaper one - where is it", LISTED), "ORD-1003");
  assert.equal(pickedFromList("cancel the most expensive order", LISTED), "ORD-1002");
  const tie = [{ id: "ORD-1", total: 10 }, { id: "ORD-2", total: 10 }];
  assert.equal(pickedFromList("the cheaper one", tie), null);
});

Deno.test("after a list, 'cancel the third one' is the third order, not the latest", async () => {
  const r = await read("cancel the third one", { dialogue: AFTER_LIST });
  assert.equal(r.intent, "cancel_order");
  assert.deepEqual(r.entities.order_ids, ["ORD-1002"]);
  const alone = await read("the 2nd one", { dialogue: AFTER_LIST });
  assert.equal(alone.intent, "order_status");
  assert.deepEqual(alone.entities.order_ids, ["ORD-1001"]);
  // Without a list before, nothing is picked.
  const none = await read("cancel the third one", {});
  assert.deepEqual(none.entities.order_ids, []);
});

Deno.test("'no, the first one' while a change waits asks it again for that order", async () => {
  const r = await read("no, the first one", {
    dialogue: AFTER_LIST,
    pending_action: pending("expedite_delivery", "ORD-1001"),
    last_order_id: "ORD-1001",
  });
  assert.equal(r.intent, "shipping_options");
  assert.equal(r.confirmation, "new_request");
  assert.equal(r.withdraws_pending, true);
  assert.deepEqual(r.entities.order_ids, ["ORD-1003"]);
  // A change named beside the pick is that change, for the order picked.
  const named = await read("never mind that one, what about the return of the third one?", {
    dialogue: AFTER_LIST,
    pending_action: pending("cancel_order", "ORD-1003"),
  });
  assert.equal(named.intent, "return_item");
  assert.deepEqual(named.entities.order_ids, ["ORD-1002"]);
  assert.equal(named.withdraws_pending, true);
  // The pending order picked again is no correction: nothing withdrawn, no other order.
  const same = await read("yes the second one", {
    dialogue: AFTER_LIST,
    pending_action: pending("cancel_order", "ORD-1001"),
  });
  assert.notEqual(same.withdraws_pending, true);
  assert.notEqual(same.confirmation, "new_request");
});

Deno.test("'the newer one' of two orders listed is the one placed last; 'the older one' the first", () => {
  const listed = [
    { id: "ORD-11027", total: 72.68, placed_at: "2026-11-25T10:00:00Z" },
    { id: "ORD-10910", total: 72.68, placed_at: "2026-11-10T10:00:00Z" },
  ];
  assert.equal(pickedFromList("the newer one", listed), "ORD-11027");
  assert.equal(pickedFromList("the most recent one please", listed), "ORD-11027");
  assert.equal(pickedFromList("the older one", listed), "ORD-10910");
  // No dates kept (a session from before): no guess.
  assert.equal(
    pickedFromList("the newer one", listed.map(({ id, total }) => ({ id, total }))),
    null,
  );
});
