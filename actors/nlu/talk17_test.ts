/**
 * Talk17 round: two requests in one message, changes asked while another waits, and orders
 * named by when they were placed — read as the shopper meant them.
 */
import assert from "node:assert/strict";
import { createMessage, type PendingAction } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";
import { changesItems } from "./items_asked.ts";

const now = new Date("2026-12-07T10:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };

async function read(text: string) {
  const msg = createMessage({ text, conversationId: "c", channel: "test", now });
  return await understand(msg, { llm: null }, ctx);
}

Deno.test("adding an item 'to it' after a part naming the order is a change of its items", async () => {
  assert.ok(changesItems("can i add a water bottle to it"));
  assert.ok(changesItems("also can i add another bottle to that one"));
  assert.ok(!changesItems("can i add it to my cart"));
  assert.ok(!changesItems("how do i add a gift note"));
  const r = await read("is my shoe order shipped? and can i add a water bottle to it");
  assert.deepEqual(r.requests?.map((x) => x.intent).sort(), ["modify_order", "order_status"]);
  assert.equal(
    r.requests?.find((x) => x.intent === "modify_order")?.text,
    "can i add a water bottle to it",
  );
});

Deno.test("an order named by its placing day alone asks where it stands", async () => {
  for (const text of ["the order I placed 2 days ago", "my order from november"]) {
    const r = await read(text);
    assert.equal(r.intent, "order_status", text);
    assert.ok(r.entities.state_refs?.some((s) => s.placed), text);
  }
});

function pending(type: PendingAction["action"]["type"], orderId: string): PendingAction {
  return {
    id: "p-1",
    action: { type, order_id: orderId, params: {}, requires_confirmation: true },
    proposed_in: "m-0",
    expires_at: "2026-12-07T11:00:00Z",
    summary: `${type} of ${orderId}`,
  };
}

async function readWaiting(text: string, waiting: PendingAction) {
  const msg = createMessage({
    text,
    conversationId: "c",
    now,
    session: {
      session_id: "s",
      customer_id: "CUST-1",
      email: null,
      turn: 2,
      pending_action: waiting,
    },
  });
  return await understand(msg, { llm: null }, ctx);
}

Deno.test("a request said instead of the waiting change replaces it, about that order", async () => {
  const pay = await readWaiting(
    "wait actually can I just pay for it instead",
    pending("cancel_order", "ORD-2002"),
  );
  assert.equal(pay.intent, "payment_methods");
  assert.ok(pay.confidence >= 0.8, "sure enough to answer, not asked what it means");
  assert.deepEqual(pay.entities.order_ids, ["ORD-2002"]);
  assert.equal(pay.withdraws_pending, true);
  assert.equal(pay.confirmation, "new_request");
  // Read unclear as an answer, the change said instead is a request of its own.
  const remove = await readWaiting(
    "actually can you just remove the water bottles instead",
    pending("cancel_order", "ORD-1003"),
  );
  assert.equal(remove.intent, "modify_order");
  assert.equal(remove.confirmation, "new_request");
  assert.equal(remove.withdraws_pending, true);
  // A plain yes is still a yes.
  assert.equal((await readWaiting("yes", pending("cancel_order", "ORD-1003"))).intent, "affirm");
});

Deno.test("a comma before a change asked outright starts a request of its own", async () => {
  const r = await read("where is ORD-1001, cancel ORD-1003 and do you take paypal");
  assert.deepEqual(
    new Map(r.requests!.map((x) => [x.intent, x.text])),
    new Map([
      ["cancel_order", "cancel ORD-1003"],
      ["payment_methods", "do you take paypal"],
      ["order_status", "where is ORD-1001"],
    ]),
  );
});

Deno.test("more of an item on an order beside a speed-up of it is a change of its items", async () => {
  const r = await read(
    "hey so two things: can i get 2 more water bottles on 1003, and can you rush it",
  );
  assert.deepEqual(r.requests!.map((x) => x.intent).sort(), ["modify_order", "shipping_options"]);
});

Deno.test("an unsure shipping reading that asks to rush an order is a speed-up asked", async () => {
  const { asExpediteAsked } = await import("./expedite_asked.ts");
  const r = await read("can u rush my espresso machine order");
  const unsure = {
    ...r,
    intent: "shipping_options" as const,
    confidence: 0.32,
    requests: undefined,
  };
  const out = asExpediteAsked(unsure, "can u rush my espresso machine order");
  assert.equal(out.intent, "shipping_options");
  assert.ok(out.confidence >= 0.8);
  // No order of ours in the words: left as unsure as it was.
  const vague = asExpediteAsked({ ...unsure }, "can you rush");
  assert.equal(vague.confidence, 0.32);
});

Deno.test("'wheres my shoes' beside a cancellation asks where they are, not to cancel them", async () => {
  const r = await read("cancle the headphones and wheres my shoes lol");
  assert.deepEqual(
    new Map(r.requests!.map((x) => [x.text, x.intent])),
    // The parts are the words as read: "cancle" spelt out (typed_words.ts).
    new Map([["cancel the headphones", "cancel_order"], ["wheres my shoes lol", "order_status"]]),
  );
});

Deno.test("a count set for goods beside an address change is a change of items of its own", async () => {
  const { setsCount } = await import("./items_asked.ts");
  assert.ok(setsCount("can you change the water bottles to 3"));
  assert.ok(setsCount("make the bottles 1 please"));
  assert.ok(!setsCount("change the address to 5 Elm Rd"));
  assert.ok(!setsCount("change the shoes size to 9"));
  const r = await read(
    "can you change the water bottles to 3 and also the address to 5 Elm Rd, Seattle WA 98101 on 1003",
  );
  assert.deepEqual(r.requests!.map((x) => x.intent).sort(), ["change_address", "modify_order"]);
});
