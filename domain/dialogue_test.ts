/**
 * The dialogue state a turn leaves: the focus the context found (or the pending change's
 * order), the orders mentioned, and the requests still waiting for an answer.
 */
import assert from "node:assert/strict";
import { dialogueAfter, MENTIONED_MAX, PRICE_ASKED } from "./dialogue.ts";
import {
  type ContextEnrichment,
  createMessage,
  type Dialogue,
  type IntentEnrichment,
  Message,
  type OrderView,
  SessionInfo,
} from "../shared/protocol.ts";
import { SessionRecord } from "../shared/store/types.ts";

const EMPTY: Dialogue = { focus: null, mentioned: [], unanswered: [] };

const order = (id: string): OrderView => ({
  id,
  status: "shipped",
  placed_at: "2026-11-20T00:00:00Z",
  total: 1,
  currency: "USD",
  items: [],
  tracking_number: null,
});

function turn(o: {
  intent: IntentEnrichment["intent"];
  text?: string;
  context?: Partial<ContextEnrichment>;
  decision?: "answer" | "clarify";
  refs?: string[];
}): Message {
  const m = createMessage({
    text: o.text ?? "…",
    conversationId: "c-1",
    now: new Date("2026-11-25T12:00:00Z"),
  });
  const context: ContextEnrichment = {
    guest: false,
    customer: null,
    orders: ["ORD-1", "ORD-2", "ORD-3", "ORD-4", "ORD-5", "ORD-6", "ORD-7"].map(order),
    order: null,
    order_lookup: "none",
    tracking: null,
    history: [],
    risk: { level: "low", reasons: [] },
    summary: "",
    notes: [],
    cached: false,
    ...o.context,
  };
  return Message.parse({
    ...m,
    payload: {
      ...m.payload,
      intent: {
        intent: o.intent,
        confidence: 0.9,
        source: "classifier",
        entities: {
          order_refs: (o.refs ?? []).map((id) => ({ text: id, id, form: "id" })),
        },
      },
      context,
      decision: o.decision
        ? {
          action: o.decision,
          priority: "normal",
          include_execution: false,
          steps: [],
          reasons: [],
        }
        : undefined,
    },
  });
}

Deno.test("the focus the context found is kept with why, and its order remembered", () => {
  const msg = turn({
    intent: "order_status",
    context: { order_lookup: "found", focus: { order_id: "ORD-2", why: "product" } },
    decision: "answer",
  });
  const d = dialogueAfter(msg, { ...EMPTY, focus: { order_id: "ORD-1", why: "explicit" } });
  assert.deepEqual(d.focus, { order_id: "ORD-2", why: "product" });
  assert.deepEqual(d.mentioned, ["ORD-2"]);
});

Deno.test("a turn about no order keeps the focus it had", () => {
  const before: Dialogue = { ...EMPTY, focus: { order_id: "ORD-1", why: "state" } };
  const d = dialogueAfter(turn({ intent: "policy_question", decision: "answer" }), before);
  assert.deepEqual(d.focus, before.focus);
});

Deno.test("an ambiguous reference leaves the request open and remembers both candidates", () => {
  const asked = dialogueAfter(
    turn({
      intent: "order_status",
      context: { order_lookup: "ambiguous", candidates: ["ORD-1", "ORD-3"] },
      decision: "answer",
    }),
    EMPTY,
  );
  assert.deepEqual(asked.unanswered, ["order_status"]);
  assert.deepEqual(asked.mentioned, ["ORD-1", "ORD-3"]);
  const answered = dialogueAfter(
    turn({
      intent: "order_status",
      context: { order_lookup: "found", focus: { order_id: "ORD-3", why: "explicit" } },
      decision: "answer",
      refs: ["ORD-3"],
    }),
    asked,
  );
  assert.deepEqual(answered.unanswered, []);
  assert.deepEqual(answered.mentioned, ["ORD-1", "ORD-3"]);
});

Deno.test("only the last orders mentioned are remembered, most recent last", () => {
  let d = EMPTY;
  for (const id of ["ORD-1", "ORD-2", "ORD-3", "ORD-4", "ORD-5", "ORD-6", "ORD-2"]) {
    d = dialogueAfter(
      turn({
        intent: "order_status",
        context: { order_lookup: "found", focus: { order_id: id, why: "explicit" } },
        refs: [id],
      }),
      d,
    );
  }
  assert.equal(d.mentioned.length, MENTIONED_MAX);
  assert.deepEqual(d.mentioned, ["ORD-3", "ORD-4", "ORD-5", "ORD-6", "ORD-2"]);
});

Deno.test("an id that is not one of theirs is not remembered as mentioned", () => {
  const d = dialogueAfter(
    turn({ intent: "order_status", context: { order_lookup: "not_yours" }, refs: ["ORD-9999"] }),
    EMPTY,
  );
  assert.deepEqual(d.mentioned, []);
});

Deno.test("a session stored before the dialogue state reads with an empty one", () => {
  const old = SessionRecord.parse({
    session_id: "s-1",
    customer_id: "CUST-0001",
    email: "sarah.chen@example.com",
    conversation_id: "c-1",
    created_at: "2026-11-25T12:00:00Z",
    expires_at: "2026-11-26T12:00:00Z",
    last_order_id: "ORD-1001",
  });
  assert.deepEqual(old.dialogue, EMPTY);
  const info = SessionInfo.parse({ session_id: "s-1", customer_id: null, email: null });
  assert.deepEqual(info.dialogue, EMPTY);
});

Deno.test("what the reply asked for is kept for the next turn only, and not after a handoff", () => {
  const asks = { slot: "address" as const, intent: "change_address" as const, order_id: "ORD-1" };
  const msg = turn({ intent: "change_address", decision: "answer" });
  const asking = Message.parse({
    ...msg,
    payload: {
      ...msg.payload,
      response: { text: "What's the new address?", tone: "neutral", source: "template", asks },
    },
  });
  const d = dialogueAfter(asking, EMPTY);
  assert.deepEqual(d.asked, asks);
  const next = dialogueAfter(turn({ intent: "small_talk", decision: "answer" }), d);
  assert.equal(next.asked, null, "a question is open for one turn");
  const handed = Message.parse({
    ...asking,
    payload: {
      ...asking.payload,
      decision: { ...asking.payload.decision!, action: "handoff" },
    },
  });
  assert.equal(dialogueAfter(handed, EMPTY).asked, null);
});

Deno.test("the topic is the last request about an order we answered", () => {
  let d = dialogueAfter(turn({ intent: "invoice_request", decision: "answer" }), EMPTY);
  assert.equal(d.topic, "invoice_request");
  // Thanks, a question we could not read, or a question about no order leave it.
  d = dialogueAfter(turn({ intent: "small_talk", decision: "answer" }), d);
  d = dialogueAfter(turn({ intent: "order_status", decision: "clarify" }), d);
  d = dialogueAfter(turn({ intent: "payment_methods", decision: "answer" }), d);
  assert.equal(d.topic, "invoice_request");
  d = dialogueAfter(turn({ intent: "order_status", decision: "answer" }), d);
  assert.equal(d.topic, "order_status");
});

Deno.test("an order's request answered beside a way to pay makes the topic", () => {
  const t = turn({ intent: "payment_methods", decision: "answer" });
  const asked = [
    { intent: "payment_methods" as const, confidence: 0.6, text: "paypal?", start: 0, end: 7 },
    { intent: "invoice_request" as const, confidence: 0.6, text: "invoice", start: 8, end: 15 },
  ];
  const both = Message.parse({
    ...t,
    payload: { ...t.payload, intent: { ...t.payload.intent!, requests: asked } },
  });
  assert.equal(dialogueAfter(both, EMPTY).topic, "invoice_request");
  assert.equal(dialogueAfter(t, EMPTY).topic ?? null, null);
});

Deno.test("a product the store was asked about makes the topic a product question", () => {
  const catalogue = { lookup: "found" as const, query: "KIT-101", products: [] };
  let d = dialogueAfter(
    turn({ intent: "product_question", decision: "answer", context: { catalogue } }),
    EMPTY,
  );
  assert.equal(d.topic, "product_question");
  // A lookup the store could not answer, or none at all, leaves the topic as it was.
  d = dialogueAfter(turn({ intent: "order_status", decision: "answer" }), d);
  const none = { ...catalogue, lookup: "unavailable" as const };
  d = dialogueAfter(
    turn({ intent: "product_question", decision: "answer", context: { catalogue: none } }),
    d,
  );
  assert.equal(d.topic, "order_status");
});

Deno.test("the products we listed stay the list to pick from after one of them is looked up", () => {
  const view = (sku: string) => ({
    sku,
    name: sku,
    category: "Audio",
    price: 1,
    currency: "USD",
    stock: 9,
    in_stock: true,
    rating: 4,
    warranty_months: 12,
  });
  const several = {
    lookup: "several" as const,
    query: "headphones",
    products: ["A-1", "A-2", "A-3"].map(view),
  };
  let d = dialogueAfter(
    turn({ intent: "product_question", decision: "answer", context: { catalogue: several } }),
    EMPTY,
  );
  assert.deepEqual(d.listed, ["A-1", "A-2", "A-3"]);
  const one = { lookup: "found" as const, query: "A-1", products: [view("A-1")] };
  d = dialogueAfter(
    turn({ intent: "product_question", decision: "answer", context: { catalogue: one } }),
    d,
  );
  assert.deepEqual(d.products, ["A-1"]);
  assert.deepEqual(d.listed, ["A-1", "A-2", "A-3"]);
});

Deno.test("the place asked about for shipping is kept while shipping stays the topic", () => {
  let d = dialogueAfter(turn({ intent: "shipping_options", text: "do you ship to canada" }), EMPTY);
  assert.equal(d.place, "canada");
  d = dialogueAfter(turn({ intent: "shipping_options", text: "how much does it cost" }), d);
  assert.equal(d.place, "canada");
  d = dialogueAfter(turn({ intent: "shipping_options", text: "and to germany?" }), d);
  assert.equal(d.place, "germany");
  d = dialogueAfter(turn({ intent: "order_status", text: "where is my order" }), d);
  assert.equal(d.place, null, "another subject");
});

Deno.test("a reply to praise and a status question that asked which order keeps that question open", () => {
  const m = turn({ intent: "feedback", decision: "answer" });
  const msg = Message.parse({
    ...m,
    payload: {
      ...m.payload,
      intent: {
        ...m.payload.intent!,
        requests: [
          { intent: "feedback", confidence: 0.8, text: "i love your shop", start: 0, end: 16 },
          {
            intent: "order_status",
            confidence: 0.7,
            text: "where's my order?",
            start: 21,
            end: 38,
          },
        ],
      },
      response: {
        text: "Thank you! Which order do you mean?",
        tone: "friendly",
        source: "template",
        template: "multi:feedback_praise+which_order",
      },
    },
  });
  assert.deepEqual(dialogueAfter(msg, EMPTY).unanswered, ["order_status"]);
});

Deno.test("the way to pay asked about is kept while paying stays the topic", () => {
  let d = dialogueAfter(
    turn({ intent: "payment_methods", text: "can i pay with paypal instead of card" }),
    EMPTY,
  );
  assert.equal(d.payment, "paypal");
  d = dialogueAfter(turn({ intent: "small_talk", text: "how" }), d);
  assert.equal(d.payment, "paypal", "a bare 'how?' keeps it");
  d = dialogueAfter(turn({ intent: "payment_issue", text: "ok done, paid just now" }), d);
  assert.equal(d.payment, "paypal");
  d = dialogueAfter(turn({ intent: "order_status", text: "where is my keyboard" }), d);
  assert.equal(d.payment, null, "another subject");
});

Deno.test("the orders a reply names, in its order, are the list a later 'the second one' picks from", () => {
  const withReply = (text: string, before: Dialogue) => {
    const m = turn({ intent: "order_status" });
    const msg = Message.parse({
      ...m,
      payload: {
        ...m.payload,
        response: {
          text,
          tone: "neutral",
          proposed_actions: [],
          template: "orders_list",
          source: "template",
        },
      },
    });
    return dialogueAfter(msg, before);
  };
  const listed = withReply("ORD-3 is shipped. ORD-1 is shipped. ORD-2 is shipped.", EMPTY);
  assert.deepEqual(listed.orders_listed?.map((o) => o.id), ["ORD-3", "ORD-1", "ORD-2"]);
  assert.equal(listed.orders_listed?.[0].total, 1);
  // A reply that names one order (or none) keeps the list; ORD-99 is no order of theirs.
  const after = withReply("I can cancel ORD-1 (or ORD-99).", listed);
  assert.deepEqual(after.orders_listed?.map((o) => o.id), ["ORD-3", "ORD-1", "ORD-2"]);
});

Deno.test("an order named that is not theirs is kept for the next turn only", () => {
  const m = turn({ intent: "cancel_order", context: { order_lookup: "not_yours" } });
  const msg = Message.parse({
    ...m,
    payload: {
      ...m.payload,
      intent: {
        ...m.payload.intent!,
        entities: { ...m.payload.intent!.entities, order_ids: ["ORD-9"] },
      },
    },
  });
  const after = dialogueAfter(msg, EMPTY);
  assert.equal(after.missing_order, "ORD-9");
  assert.equal(dialogueAfter(turn({ intent: "order_status" }), after).missing_order, null);
});

Deno.test("an order not theirs stays through the privacy rule said for it, then goes", () => {
  const before: Dialogue = { ...EMPTY, missing_order: "ORD-9" };
  const m = turn({ intent: "other", text: "its my friends order" });
  const privacy = Message.parse({
    ...m,
    payload: {
      ...m.payload,
      response: {
        text: "I can only look at…",
        tone: "neutral",
        source: "template",
        template: "privacy_other_customer",
      },
    },
  });
  const after = dialogueAfter(privacy, before);
  assert.equal(after.missing_order, "ORD-9");
  assert.equal(dialogueAfter(turn({ intent: "other" }), before).missing_order, null);
});

Deno.test("a change carried out on two orders in one turn remembers both", () => {
  const m = turn({ intent: "affirm" });
  const results = ["ORD-2", "ORD-1"].map((id) => ({
    type: "refund",
    order_id: id,
    status: "done",
    detail: "",
  }));
  const done = Message.parse({ ...m, payload: { ...m.payload, execution: { results } } });
  const after = dialogueAfter(done, EMPTY).done;
  assert.equal(after?.order_id, "ORD-1");
  assert.deepEqual(after?.also, ["ORD-2"]);
});

Deno.test("'what's my new total?' asks the order's total like 'what's the new total?'", () => {
  assert.match("what's my new total?", PRICE_ASKED);
  assert.match("what's the total now", PRICE_ASKED);
  assert.doesNotMatch("what's my order status", PRICE_ASKED);
});
