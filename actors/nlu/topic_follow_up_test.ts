import assert from "node:assert/strict";
import { pointsAtAskedOrder, topicFollowUp } from "./topic_follow_up.ts";
import { extractEntities } from "./entities.ts";
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

const NOW = new Date("2026-03-01T12:00:00Z");

function reading(text: string, intent: Intent, confidence: number): IntentEnrichment {
  return {
    intent,
    confidence,
    alternatives: [],
    entities: extractEntities(text, { now: NOW }),
    source: "classifier",
  };
}

Deno.test("an unsure reading that agrees with the request of the turn before carries it on", () => {
  const text = "I didn't get the email";
  const r = topicFollowUp({
    text,
    reading: reading(text, "account_access", 0.39),
    lastIntent: "account_access",
    lastOrderId: null,
  });
  assert.equal(r?.intent, "account_access");
  assert.equal(r?.source, "conversation");
  assert.ok(r!.confidence >= 0.5);
});

Deno.test("'why not?' after an answer about an order asks the same of that order", () => {
  for (const text of ["why not?", "but why", "how come?", "ok why though"]) {
    const r = topicFollowUp({
      text,
      reading: reading(text, "other", 0.32),
      lastIntent: "cancel_order",
      lastOrderId: "ORD-1001",
    });
    assert.equal(r?.intent, "cancel_order", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-1001"], text);
  }
});

Deno.test("a sure reading, another request, another order or a chat turn before is left alone", () => {
  const cases: [string, Intent, number, Intent | null, string | null][] = [
    ["where is ORD-1001", "order_status", 0.9, "cancel_order", "ORD-1003"],
    ["I didn't get the email", "account_access", 0.39, "order_status", "ORD-1001"],
    ["why not?", "other", 0.3, "small_talk", null],
    ["why not?", "other", 0.3, "cancel_order", null],
    ["why is ORD-2002 not shipped", "other", 0.3, "cancel_order", "ORD-1001"],
    ["why not?", "other", 0.3, null, "ORD-1001"],
  ];
  for (const [text, intent, confidence, lastIntent, lastOrderId] of cases) {
    const r = topicFollowUp({
      text,
      reading: reading(text, intent, confidence),
      lastIntent,
      lastOrderId,
    });
    assert.equal(r, null, text);
  }
});

Deno.test("'can you email it to me?' after the invoice carries the invoice on", () => {
  const text = "can you email it to me?";
  const r = topicFollowUp({
    text,
    reading: reading(text, "account_update", 0.24),
    lastIntent: "invoice_request",
    lastOrderId: "ORD-1001",
  });
  assert.equal(r?.intent, "invoice_request");
  assert.deepEqual(r?.entities.order_ids, ["ORD-1001"]);
  // "Send a new one" names no pronoun of the turn before: left to the classifier.
  const one = "ugh fine, send a new one";
  assert.equal(
    topicFollowUp({
      text: one,
      reading: reading(one, "other", 0.3),
      lastIntent: "product_question",
      lastOrderId: null,
    }),
    null,
  );
});

Deno.test("'what about returning them' after a refused cancellation: the return, of that order", () => {
  const text = "ok what about returning them when they come";
  const r = topicFollowUp({
    text,
    reading: reading(text, "return_item", 0.43),
    lastIntent: "cancel_order",
    lastOrderId: "ORD-1001",
  });
  assert.equal(r?.intent, "return_item");
  assert.deepEqual(r?.entities.order_ids, ["ORD-1001"]);
});

Deno.test("a bare item after our question about an order points at that order", () => {
  const refs = (text: string, sku: string | null = null) => ({
    ...extractEntities(text, { now: NOW }),
    item_refs: [{ text: "the vacuum", name: "vacuum", sku }],
  });
  assert.ok(pointsAtAskedOrder("the vacuum", refs("the vacuum", "HOM-200")));
  assert.ok(pointsAtAskedOrder("oh the vacuum", refs("oh the vacuum")));
  assert.ok(!pointsAtAskedOrder("how much is the vacuum?", refs("how much is the vacuum?")));
  assert.ok(!pointsAtAskedOrder("is the vacuum in stock", refs("is the vacuum in stock")));
});

Deno.test("'send it to my work email instead' after the invoice is the invoice, however sure the address reading", () => {
  for (
    const text of [
      "and can you send it to my work email instead?",
      "can you email me a copy",
      "send it to anna@work.example please",
    ]
  ) {
    const r = topicFollowUp({
      text,
      reading: reading(text, "change_address", 0.84),
      lastIntent: "invoice_request",
      lastOrderId: "ORD-1002",
    });
    assert.equal(r?.intent, "invoice_request", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-1002"]);
  }
  // After anything else, a new address stays a new address.
  const text = "send it to my work address instead";
  assert.equal(
    topicFollowUp({
      text,
      reading: reading(text, "change_address", 0.84),
      lastIntent: "order_status",
      lastOrderId: "ORD-1003",
    }),
    null,
  );
});

Deno.test("'still nothing' after the reset link carries the sign-in on, not a parcel", () => {
  for (
    const [text, intent] of [["still nothing", "delivery_problem"], [
      "didnt get the emial",
      "other",
    ]] as const
  ) {
    const r = topicFollowUp({
      text,
      reading: reading(text, intent, 0.7),
      lastIntent: "account_access",
      lastOrderId: null,
    });
    assert.equal(r?.intent, "account_access", text);
  }
  // After an order's status, "still nothing" is about the parcel.
  assert.equal(
    topicFollowUp({
      text: "still nothing",
      reading: reading("still nothing", "delivery_problem", 0.7),
      lastIntent: "order_status",
      lastOrderId: "ORD-3001",
    }),
    null,
  );
});

Deno.test("'how do i change my email address?' after the invoice is no invoice sent by email", () => {
  const text = "how do i change my email address?";
  assert.equal(
    topicFollowUp({
      text,
      reading: reading(text, "account_update", 0.9),
      lastIntent: "invoice_request",
      lastOrderId: "ORD-1002",
    }),
    null,
  );
});

Deno.test("'how long will this take' after a payment answer carries the payment on", () => {
  const text = "how long will this take";
  const r = topicFollowUp({
    text,
    reading: reading(text, "product_question", 0.3),
    lastIntent: "payment_issue",
    lastOrderId: "ORD-2002",
  });
  assert.equal(r?.intent, "payment_issue");
});

Deno.test("'kk and what about exchanges' after a policy answer is a policy question", () => {
  const text = "kk and what about exchanges";
  const r = topicFollowUp({
    text,
    reading: reading(text, "other", 0.6),
    lastIntent: "policy_question",
    lastOrderId: null,
  });
  assert.equal(r?.intent, "policy_question");
  // Alone, or after anything else, it is left as read.
  assert.equal(
    topicFollowUp({
      text,
      reading: reading(text, "other", 0.6),
      lastIntent: "order_status",
      lastOrderId: null,
    }),
    null,
  );
});

Deno.test("another rule asked in passing after where we ship or how to pay is a policy question", () => {
  const text = "and what about returns from the uk?";
  for (const lastIntent of ["shipping_options", "payment_methods"] as const) {
    const r = topicFollowUp({
      text,
      reading: reading(text, "policy_question", 0.32),
      lastIntent,
      lastOrderId: null,
    });
    assert.equal(r?.intent, "policy_question", lastIntent);
    assert.equal(r?.confidence, 0.8, lastIntent);
  }
});

Deno.test("'what are my options?' after an answer about an order asks what can be done about it", () => {
  for (
    const text of [
      "What are my options?",
      "ok so what can you do about it?",
      "what now",
      "just tell me what you can do",
      "fine, what else can you do",
      "what can you offer me",
      "i just want it sorted",
      "just fix it please",
      "so what do you offer?",
    ]
  ) {
    const r = topicFollowUp({
      text,
      // "options" alone reads as the ways to pay, surely enough to be taken otherwise.
      reading: reading(text, "payment_methods", 0.56),
      lastIntent: "delivery_problem",
      lastOrderId: "ORD-3002",
    });
    assert.equal(r?.intent, "delivery_problem", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-3002"], text);
  }
  // Asked about the ways to pay, or after no order: the reading stands.
  const pay = "what are my payment options?";
  assert.equal(
    topicFollowUp({
      text: pay,
      reading: reading(pay, "payment_methods", 0.9),
      lastIntent: "delivery_problem",
      lastOrderId: "ORD-3002",
    }),
    null,
  );
  const text = "What are my options?";
  assert.equal(
    topicFollowUp({
      text,
      reading: reading(text, "payment_methods", 0.56),
      lastIntent: "shipping_options",
      lastOrderId: null,
    }),
    null,
  );
});

Deno.test("'what do you mean delayed? by how long' after an order's status asks that again", () => {
  for (
    const text of [
      "what do you mean delayed? delayed by how long",
      "wait what does that mean",
      "how long is the delay?",
    ]
  ) {
    const r = topicFollowUp({
      text,
      reading: reading(text, "other", 0.53),
      lastIntent: "order_status",
      lastOrderId: "ORD-2001",
    });
    assert.equal(r?.intent, "order_status", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-2001"], text);
  }
  const text = "what do you mean";
  assert.equal(
    topicFollowUp({
      text,
      reading: reading(text, "other", 0.5),
      lastIntent: null,
      lastOrderId: null,
    }),
    null,
  );
});
