/**
 * The intent actor reads a message in the light of the conversation, with the classifier
 * the actor uses: a switch away from the pending change, the answer to what we asked, and
 * an elliptical follow-up carrying on the request before. Without that state, the same
 * words read as the classifier reads them.
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

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };
const products = [
  { sku: "KIT-101", name: "Espresso Machine" },
  { sku: "KIT-105", name: "Stand Mixer" },
  { sku: "ELC-001", name: "Noise-Cancelling Headphones" },
];
const EMPTY: Dialogue = { focus: null, mentioned: [], unanswered: [] };

function pending(type: PendingAction["action"]["type"], orderId = "ORD-3001"): PendingAction {
  return {
    id: "p-1",
    action: { type, order_id: orderId, params: {}, requires_confirmation: true },
    proposed_in: "m-0",
    expires_at: "2026-11-25T16:00:00Z",
    summary: `${type} of ${orderId}`,
  };
}

async function read(text: string, session: Partial<SessionInfo> = {}) {
  const msg = createMessage({
    text,
    conversationId: "c",
    now,
    session: { session_id: "s", customer_id: "CUST-1", email: null, turn: 2, ...session },
  });
  return await understand(msg, { llm: null, products }, ctx);
}

Deno.test("a named change while another waits for a yes is a request for it instead", async () => {
  for (const text of ["no actually the refund", "nah make it a refund", "the refund please"]) {
    const r = await read(text, { pending_action: pending("replacement") });
    assert.equal(r.intent, "refund_request", text);
    assert.equal(r.confirmation, "new_request", text);
    assert.deepEqual(r.entities.order_ids, ["ORD-3001"], text);
  }
  const back = await read("no actually a replacement", { pending_action: pending("refund") });
  assert.equal(back.intent, "delivery_problem");
  assert.equal(back.confirmation, "new_request", "not a plain no: the refund gives way to it");
  // Naming the change that waits is no yes, and no question about it either: asked again.
  const same = await read("the refund", { pending_action: pending("refund") });
  assert.equal(same.confirmation, "unclear");
  // A clear yes stays a yes; a plain no stays a no.
  assert.equal((await read("yes", { pending_action: pending("replacement") })).intent, "affirm");
  assert.equal((await read("no", { pending_action: pending("replacement") })).intent, "deny");
});

Deno.test("an address after we asked for it is the address change of the order asked about", async () => {
  const dialogue: Dialogue = {
    ...EMPTY,
    asked: { slot: "address", intent: "change_address", order_id: "ORD-1003" },
  };
  for (
    const text of ["22 Baker Street, London NW1 6XE", "the address is 5 Elm Road, Leeds LS1 4AB"]
  ) {
    const r = await read(text, { dialogue, last_order_id: "ORD-1003" });
    assert.equal(r.intent, "change_address", text);
    assert.deepEqual(r.entities.order_ids, ["ORD-1003"], text);
  }
  // Not asked: an address alone is no request the classifier can read.
  const alone = await read("22 Baker Street, London NW1 6XE", { dialogue: EMPTY });
  assert.notEqual(alone.source, "conversation");
});

Deno.test("'the refund' after we offered a refund or a replacement asks for the refund", async () => {
  const dialogue: Dialogue = {
    ...EMPTY,
    focus: { order_id: "ORD-3001", why: "explicit" },
    asked: {
      slot: "choice",
      intent: "delivery_problem",
      order_id: "ORD-3001",
      options: ["refund", "replacement"],
    },
  };
  const r = await read("the refund", { dialogue, last_order_id: "ORD-3001" });
  assert.equal(r.intent, "refund_request");
  assert.deepEqual(r.entities.order_ids, ["ORD-3001"]);
  // Without the offer, "the refund" asks about a refund.
  assert.equal((await read("the refund")).intent, "refund_status");
});

Deno.test("an elliptical follow-up carries on the request of the turn before", async () => {
  const dialogue: Dialogue = {
    ...EMPTY,
    focus: { order_id: "ORD-1001", why: "product" },
    topic: "order_status",
  };
  for (const text of ["ok and the espresso machine?", "and the mixer?", "what about 2002"]) {
    const r = await read(text, { dialogue, last_order_id: "ORD-1001" });
    assert.equal(r.intent, "order_status", text);
    assert.equal(r.source, "conversation", text);
  }
  // The topic carries on as it was: an invoice, then "and ORD-1002?".
  const invoice = await read("and ORD-1002?", {
    dialogue: { ...dialogue, topic: "invoice_request" },
    last_order_id: "ORD-1001",
  });
  assert.equal(invoice.intent, "invoice_request");
  assert.deepEqual(invoice.entities.order_ids, ["ORD-1002"]);
  // A follow-up that says what it wants keeps its own request.
  const paypal = await read("and do you take PayPal?", { dialogue, last_order_id: "ORD-1001" });
  assert.equal(paypal.intent, "payment_methods");
});

Deno.test("'what about 1003 then' after a change was refused asks that change of 1003", async () => {
  const dialogue: Dialogue = {
    ...EMPTY,
    focus: { order_id: "ORD-1001", why: "explicit" },
    topic: "change_address",
  };
  const r = await read("oh ok. what about 1003 then", { dialogue, last_order_id: "ORD-1001" });
  assert.equal(r.intent, "change_address");
  // "The other one" names an order as much as its number does.
  for (const t of ["what about the other one", "and the other one?"]) {
    const other = await read(t, { dialogue, last_order_id: "ORD-1001" });
    assert.equal(other.intent, "change_address", t);
  }
  // Once the change was carried out, the same words ask how the other order stands.
  const done = await read("what about 1003", {
    dialogue: {
      ...dialogue,
      done: { type: "change_address", order_id: "ORD-1001", at: now.toISOString() },
    },
    last_order_id: "ORD-1001",
  });
  assert.equal(done.intent, "order_status");
  // A product named is no order: "and the mixer?" after a refused change asks its status.
  const product = await read("and the mixer?", { dialogue, last_order_id: "ORD-1001" });
  assert.equal(product.intent, "order_status");
});

Deno.test("a short question about how 'it' stands asks about the order in focus", async () => {
  const dialogue: Dialogue = {
    ...EMPTY,
    focus: { order_id: "ORD-3001", why: "explicit" },
    topic: "order_status",
  };
  const r = await read("So it's really gone?", { dialogue, last_order_id: "ORD-3001" });
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.entities.order_ids, ["ORD-3001"]);
  // With no order talked of there is nothing to carry on.
  assert.notEqual((await read("So it's really gone?")).source, "conversation");
});

Deno.test("after a product's stock or price, 'and the mixer?' asks the same of that product", async () => {
  const dialogue: Dialogue = { ...EMPTY, topic: "product_question" };
  for (const text of ["and the mixer?", "ok what about the stand mixer", "the headphones too?"]) {
    const r = await read(text, { dialogue });
    assert.equal(r.intent, "product_question", text);
  }
  // An order named after a product question is asked about as an order.
  const order = await read("and ORD-1002?", { dialogue, last_order_id: "ORD-1001" });
  assert.equal(order.intent, "order_status");
});

Deno.test("'where's mine?' after a product's stock asks after their own order of that product", async () => {
  const dialogue: Dialogue = { ...EMPTY, topic: "product_question", products: ["KIT-105"] };
  for (
    const text of [
      "ok and wheres mine",
      "when does my one arrive?",
      "and the one i ordered, where is it",
    ]
  ) {
    const r = await read(text, { dialogue });
    assert.equal(r.intent, "order_status", text);
    assert.deepEqual(r.entities.products, [{ sku: "KIT-105", name: "Stand Mixer" }], text);
  }
  // Without a product talked of, or without asking where, "mine" is left as it was read.
  assert.notEqual((await read("ok and wheres mine", { dialogue: EMPTY })).source, "conversation");
  assert.notEqual((await read("mine is great thanks", { dialogue })).intent, "order_status");
});

Deno.test("'the second one' after we listed products picks that product, not an order by age", async () => {
  const dialogue: Dialogue = {
    ...EMPTY,
    topic: "product_question",
    products: ["KIT-101"],
    listed: ["KIT-101", "KIT-105", "ELC-001"],
  };
  const second = await read("the second one", { dialogue });
  assert.equal(second.intent, "product_question");
  assert.deepEqual(second.entities.products, [{ sku: "KIT-105", name: "Stand Mixer" }]);
  assert.deepEqual(second.entities.state_refs, []);
  const cheapest = await read("how much is the cheapest one?", { dialogue });
  assert.equal(cheapest.intent, "product_question");
  assert.equal(cheapest.entities.products.length, 3);
  // Without a list offered there is nothing to pick from.
  const one = await read("the second one", { dialogue: { ...dialogue, listed: [] } });
  assert.notDeepEqual(one.entities.products, [{ sku: "KIT-105", name: "Stand Mixer" }]);
});

Deno.test("'what are my options' after we offered a refund or a replacement asks the choice again", async () => {
  const dialogue: Dialogue = {
    ...EMPTY,
    focus: { order_id: "ORD-3001", why: "explicit" },
    asked: {
      slot: "choice",
      intent: "delivery_problem",
      order_id: "ORD-3001",
      options: ["refund", "replacement"],
    },
  };
  const r = await read("ok so what are my options", { dialogue, last_order_id: "ORD-3001" });
  assert.equal(r.intent, "delivery_problem");
  assert.deepEqual(r.entities.order_ids, ["ORD-3001"]);
});

Deno.test("'refund please' right after turning to another order is that order's refund, in place of the waiting one", async () => {
  const dialogue: Dialogue = { ...EMPTY, focus: { order_id: "ORD-3002", why: "product" } };
  const r = await read("refund please", {
    dialogue,
    pending_action: pending("refund", "ORD-3001"),
  });
  assert.equal(r.confirmation, "new_request");
  assert.equal(r.intent, "refund_request");
  assert.deepEqual(r.entities.order_ids, ["ORD-3002"]);
  assert.equal(r.withdraws_pending, true);
  // About the waiting change's own order, it is the yes it always was.
  const same: Dialogue = { ...EMPTY, focus: { order_id: "ORD-3001", why: "focus" } };
  const yes = await read("refund please", { dialogue: same, pending_action: pending("refund") });
  assert.equal(yes.confirmation, "affirm");
});
