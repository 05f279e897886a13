import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

Deno.test("a guest just asked to sign in who asks 'why not' is told why and how", async () => {
  for (
    const [text, intent] of [
      ["why not", "deny"],
      ["why do you need that", "other"],
      ["why?", "other"],
      ["do i have to", "other"],
    ] as const
  ) {
    const r = await reply(turnWith({
      text,
      intent,
      session: { turn: 2, last_intent: "order_status" },
    }));
    assert.equal(r.template, "identify_why", text);
    assert.match(r.text, /signed-in customer/, text);
    assert.match(r.text, /email address you ordered with/, text);
    assert.doesNotMatch(r.text, /No problem|outside what I can help/, text);
  }
});

Deno.test("'why not' from a guest not asked to sign in is no sign-in question", async () => {
  const r = await reply(turnWith({
    text: "why not",
    intent: "deny",
    session: { turn: 2, last_intent: "shipping_options" },
  }));
  assert.notEqual(r.template, "identify_why");
});

Deno.test("'whats in my orders' lists each order with its items, total and state", async () => {
  const r = await reply(
    turnWith({ text: "whats in my orders", who: "sarah", intent: "order_status" }),
  );
  assert.equal(r.template, "orders_list");
  for (const id of ["ORD-1001", "ORD-1002", "ORD-1003"]) assert.match(r.text, new RegExp(id));
  assert.match(r.text, /Espresso Machine/);
  assert.match(r.text, /delivered/);
  assert.doesNotMatch(r.text, /would you like to change the items/);
  assert.ok(r.proposed_actions.every((a) => !a.requires_confirmation));
});

Deno.test("'what did I order last month' lists only the orders placed in that month", async () => {
  const msg = turnWith({
    text: "what did i order last month",
    who: "sarah",
    intent: "order_status",
  });
  const r = await reply(msg);
  assert.equal(r.template, "orders_list");
  const orders = msg.payload.context!.orders;
  const may = orders.filter((o) => o.placed_at.startsWith("2026-05"));
  for (const o of orders) {
    if (may.some((m) => m.id === o.id)) assert.match(r.text, new RegExp(o.id));
    else if (may.length > 0) assert.doesNotMatch(r.text, new RegExp(o.id));
  }
  if (may.length === 0) assert.match(r.text, /can't see any order placed last month/);
});

function afterBottle(text: string) {
  const base = castContext("sarah", { order: "ORD-1003" });
  const bottle = base.order!.items.find((i) => /Water Bottle/.test(i.name))!;
  const items = base.order!.items.map((i) => i.sku === bottle.sku ? { ...i, quantity: 3 } : i);
  const context = castContext("sarah", { order: "ORD-1003", orderPatch: { items } });
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("modify_order", `${text} ORD-1003`),
    context,
  });
  msg.session.dialogue = {
    ...msg.session.dialogue!,
    done: {
      type: "modify_items",
      order_id: "ORD-1003",
      at: "2026-06-15T11:59:00.000Z",
      items: [{ sku: bottle.sku, name: bottle.name, from: 2, to: 3 }],
    },
  };
  return { msg, sku: bottle.sku };
}

Deno.test("a correction right after a change of items proposes the corrected count for a yes", async () => {
  const cases: [string, number, RegExp][] = [
    ["actually no wait, make it 2 more", 4, /from 3 to 4 — 2 more than the 2 it had before/],
    ["oops I meant 4", 4, /from 3 to 4/],
    ["no I said 2", 4, /from 3 to 4/],
    ["can you undo that", 2, /from 3 to 2, as it was before/],
    ["make it 5 in total", 5, /from 3 to 5/],
    ["oh wait make it 2", 2, /from 3 to 2/],
  ];
  for (const [text, quantity, said] of cases) {
    const { msg, sku } = afterBottle(text);
    const r = await reply(msg);
    assert.equal(r.template, "modify_proposed", text);
    assert.match(r.text, said, text);
    assert.doesNotMatch(r.text, /^No problem\./, text);
    const [a] = r.proposed_actions;
    assert.equal(a.type, "modify_items", text);
    assert.ok(a.requires_confirmation, text);
    assert.deepEqual(a.params.items, [{ sku, quantity, name: "Insulated Water Bottle" }], text);
  }
});

Deno.test("'can i use paypal instead' after a payment problem says how to pay that order with it", async () => {
  const msg = turnWith({
    text: "can i use paypal instead",
    who: "mike",
    intent: "payment_methods",
    session: { turn: 2, last_intent: "payment_issue" },
  });
  const unpaid = msg.payload.context!.orders.filter((o) => o.payment_status === "pending");
  assert.equal(unpaid.length, 1, "Mike has one order waiting for its payment");
  const r = await reply(msg);
  assert.match(r.text, /PayPal/);
  assert.match(r.text, new RegExp(`To pay order ${unpaid[0].id} .* by PayPal`));
  // Without the payment problem just before, the way to pay alone.
  const plain = await reply(
    turnWith({ text: "can i use paypal", who: "mike", intent: "payment_methods" }),
  );
  assert.doesNotMatch(plain.text, /To pay order/);
});

Deno.test("a guest just asked to sign in who asks how is told how, not how to reset a password", async () => {
  for (
    const text of [
      "how do i sign in",
      "how?",
      "ok how do I log in",
      "ok how do i do that then",
      "how then?",
    ]
  ) {
    const r = await reply(turnWith({
      text,
      intent: "account_access",
      session: { turn: 2, last_intent: "invoice_request" },
    }));
    assert.equal(r.template, "identify_how", text);
    assert.match(r.text, /one-time code/, text);
    assert.doesNotMatch(r.text, /Forgot password/, text);
  }
});

Deno.test("a handoff about a double charge shows the order's payment, not its parcel", async () => {
  const msg = turnWith({
    text: "i got charged twice for 2001",
    who: "mike",
    intent: intentOf("payment_issue", "i got charged twice for ORD-2001"),
    context: castContext("mike", { order: "ORD-2001" }),
    decision: "handoff",
  });
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  const r = (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
  assert.match(r.text, /ORD-2001/);
  assert.match(r.text, /payment/);
  assert.doesNotMatch(r.text, /tracking number|Memphis/);
});

Deno.test("'how do i sign in' from a guest after the why is told how; a bare 'how?' out of the blue is not", async () => {
  const after = await reply(turnWith({
    text: "how do i sign in",
    intent: "account_access",
    session: { turn: 3, last_intent: "deny" },
  }));
  assert.equal(after.template, "identify_how");
  const bare = await reply(turnWith({
    text: "how?",
    intent: "other",
    session: { turn: 3, last_intent: "shipping_options" },
  }));
  assert.notEqual(bare.template, "identify_how");
});

Deno.test("a refund made in this conversation and asked after again says when it was issued", async () => {
  const base = castContext("emma", { order: "ORD-3001" });
  const total = base.order!.total;
  const msg = turnWith({
    text: "it's not there yet",
    who: "emma",
    intent: intentOf("refund_status", "it's not there yet ORD-3001"),
    context: castContext("emma", { order: "ORD-3001", orderPatch: { refunded_amount: total } }),
  });
  msg.session.dialogue = {
    ...msg.session.dialogue!,
    done: { type: "refund", order_id: "ORD-3001", at: new Date(FIXTURE_NOW).toISOString() },
  };
  const r = await reply(msg);
  assert.match(r.text, /issued today/);
  assert.doesNotMatch(r.text, /investigation|FedEx/);
});
