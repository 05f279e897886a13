/**
 * Answers that only say which order (talk29): by its total, as the one asked about before,
 * by its state after we asked for an address, by its number while a change of another order
 * waits, "cancel the second one" of a list, "no the other one", "sorry 1002" and the order
 * pointed at after a rule's answer — each read with the whole intent actor.
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
import { earlierOrder, pickedByAmount } from "./order_picked.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };
const LISTED = [{ id: "ORD-1003", total: 192 }, { id: "ORD-1001", total: 249 }];
const TALKED: Dialogue = {
  focus: { order_id: "ORD-1003", why: "explicit" },
  mentioned: ["ORD-1001", "ORD-1003"],
  unanswered: [],
  topic: "order_status",
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

Deno.test("a total with its currency picks the listed order; a bare number does not", () => {
  assert.equal(pickedByAmount("the $192 one", LISTED), "ORD-1003");
  assert.equal(pickedByAmount("the 249 dollar one", LISTED), "ORD-1001");
  assert.equal(pickedByAmount("the one for $249.00", LISTED), "ORD-1001");
  assert.equal(pickedByAmount("the 1003 one", LISTED), null, "an order's number, no price");
  assert.equal(pickedByAmount("the $50 one", LISTED), null, "no order costs that");
});

Deno.test("the one asked about before is the order talked of before the focus", () => {
  assert.equal(earlierOrder("and the one i asked about before?", TALKED), "ORD-1001");
  assert.equal(earlierOrder("the order we talked about earlier", TALKED), "ORD-1001");
  assert.equal(earlierOrder("the one before that", TALKED), null, "by age, not by talk");
  assert.equal(earlierOrder("the one i asked about before", { ...TALKED, mentioned: [] }), null);
});

Deno.test("'the $192 one' after our list is that order's status", async () => {
  const r = await read("the $192 one", {
    dialogue: { ...TALKED, focus: null, orders_listed: LISTED },
  });
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.entities.order_ids, ["ORD-1003"]);
});

Deno.test("'and the one i asked about before?' is the earlier order, not a clarification", async () => {
  const r = await read("and the one i asked about before?", { dialogue: TALKED });
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.entities.order_ids, ["ORD-1001"]);
});

Deno.test("'cancel the second one' of two orders told is a cancellation, not a charge", async () => {
  const listed = [{ id: "ORD-1001", total: 249 }, { id: "ORD-1003", total: 192 }];
  const r = await read("cancel the second one", { dialogue: { ...TALKED, orders_listed: listed } });
  assert.equal(r.intent, "cancel_order");
  assert.deepEqual(r.entities.order_ids, ["ORD-1003"]);
});

Deno.test("an order's state after we asked for the address still asks the address", async () => {
  const asked = {
    ...TALKED,
    asked: { slot: "address" as const, intent: "change_address" as const, order_id: "ORD-1003" },
  };
  const r = await read("the one that hasn't shipped", { dialogue: asked });
  assert.equal(r.intent, "change_address");
});

Deno.test("a bare number while another order's change waits is that change for it", async () => {
  const r = await read("2001", { pending_action: pending("cancel_order", "ORD-2002") });
  assert.equal(r.intent, "cancel_order");
  assert.deepEqual(r.entities.order_ids, ["ORD-2001"]);
  assert.equal(r.withdraws_pending, true);
  // The waiting order's own number is left to the confirmation reader.
  const same = await read("2002", { pending_action: pending("cancel_order", "ORD-2002") });
  assert.notEqual(same.withdraws_pending, true);
});

Deno.test("'no the other one' and 'sorry 1002' correct the order, asking what was asked", async () => {
  const other = await read("no the other one", {
    dialogue: { ...TALKED, focus: { order_id: "ORD-2002", why: "explicit" } },
    last_order_id: "ORD-2002",
  });
  assert.equal(other.intent, "order_status");
  const sorry = await read("sorry 1002", {
    dialogue: { ...TALKED, topic: "order_status", missing_order: "ORD-10002" },
  });
  assert.equal(sorry.intent, "order_status");
  assert.deepEqual((sorry.entities.order_refs ?? []).map((r) => r.id), ["ORD-1002"]);
});

Deno.test("an order pointed at after a rule's answer is asked about under that rule", async () => {
  const after = (rule: string) => ({ dialogue: { ...TALKED, topic: null, rule } });
  assert.equal((await read("the headphones one", after("returns"))).intent, "return_item");
  assert.equal((await read("the shoes one", after("cancellation"))).intent, "cancel_order");
  assert.equal(
    (await read("the one that got delivered", after("refunds"))).intent,
    "refund_request",
  );
  // With no rule answered, its status, not a delivery problem.
  assert.equal(
    (await read("the one that got delivered", { dialogue: TALKED })).intent,
    "order_status",
  );
});

Deno.test("an apology and a number that says more is no correction of the number", async () => {
  const r = await read("my bad, 2003 was my brothers", {
    dialogue: { ...TALKED, topic: "cancel_order", missing_order: "ORD-2003" },
  });
  assert.notEqual(r.source, "conversation");
});

Deno.test("goods named alone while another order's change waits are that change for them", async () => {
  const products = [
    { sku: "HOM-102", name: "Robot Vacuum Cleaner" },
    { sku: "HOM-108", name: "Cordless Stick Vacuum" },
    { sku: "HOM-110", name: "Stand Mixer" },
  ];
  const msg = createMessage({
    text: "the vacuum",
    conversationId: "c",
    now,
    session: {
      session_id: "s",
      customer_id: "CUST-3",
      email: null,
      turn: 2,
      pending_action: pending("refund", "ORD-3002"),
    },
  });
  const r = await understand(msg, { llm: null, products }, ctx);
  assert.equal(r.intent, "refund_request");
  assert.equal(r.withdraws_pending, true);
  assert.deepEqual(r.entities.order_ids, [], "the context finds the order holding the goods");
});

Deno.test("'and the espresso machine one?' after a refused return asks that return of it", async () => {
  const products = [{ sku: "KIT-101", name: "Espresso Machine" }];
  const msg = createMessage({
    text: "ok and the espresso machine one?",
    conversationId: "c",
    now,
    session: {
      session_id: "s",
      customer_id: "CUST-1",
      email: null,
      turn: 3,
      dialogue: {
        ...TALKED,
        focus: { order_id: "ORD-1001", why: "product" },
        topic: "return_item",
      },
    },
  });
  const r = await understand(msg, { llm: null, products }, ctx);
  assert.equal(r.intent, "return_item");
});

Deno.test("'no the headphones' to another order's return is that return asked for them", async () => {
  const products = [{ sku: "ELE-101", name: "Noise-Cancelling Headphones" }];
  const msg = createMessage({
    text: "no the headphones",
    conversationId: "c",
    now,
    session: {
      session_id: "s",
      customer_id: "CUST-1",
      email: null,
      turn: 2,
      pending_action: pending("return_item", "ORD-1002"),
    },
  });
  const r = await understand(msg, { llm: null, products }, ctx);
  assert.equal(r.intent, "return_item");
  assert.equal(r.confirmation, "new_request");
  assert.equal(r.withdraws_pending, true);
});

Deno.test("'yes' after 'did you mean ORD-1002?' is the request asked, for ORD-1002", async () => {
  const dialogue = {
    ...TALKED,
    topic: "cancel_order" as const,
    missing_order: "ORD-10003",
    orders_listed: [...LISTED, { id: "ORD-1002", total: 428 }],
  };
  const r = await read("yes", { dialogue });
  assert.equal(r.intent, "cancel_order");
  assert.deepEqual(r.entities.order_ids, ["ORD-1003"]);
  // No order one slip from the number: a yes asks nothing of any.
  const none = await read("yes", { dialogue: { ...dialogue, missing_order: "ORD-5555" } });
  assert.deepEqual(none.entities.order_ids, []);
});
