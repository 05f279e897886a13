import assert from "node:assert/strict";
import { asStoreRuleQuestion } from "./store_rules.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const read = (intent: IntentEnrichment["intent"], orderIds: string[] = []) =>
  ({
    intent,
    confidence: 0.6,
    alternatives: [],
    entities: {
      order_ids: orderIds,
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
    source: "classifier",
  }) as IntentEnrichment;

Deno.test("price questions read as other or a payment problem are policy questions", () => {
  for (
    const [text, was] of [
      ["so can I get the difference back?", "other"],
      ["do i get the full price back?", "other"],
      ["I was charged $349 but I thought the mixer was on sale for $299?", "payment_issue"],
      ["do you price match? saw the espresso machine cheaper on amazon", "other"],
    ] as const
  ) {
    const r = asStoreRuleQuestion(read(was), text);
    assert.equal(r.intent, "policy_question", text);
    assert.equal(r.requests?.[0].intent, "policy_question", text);
  }
  // A change asked beside a price keeps its reading.
  const cancel = asStoreRuleQuestion(
    read("cancel_order", ["ORD-1003"]),
    "Please cancel ORD-1003, I found it cheaper elsewhere",
  );
  assert.equal(cancel.intent, "cancel_order");
});

Deno.test("where an order can go, asked before any order, is a shipping question", () => {
  const second = asStoreRuleQuestion(
    read("change_address"),
    "can i ship to a second address, like my office",
  );
  assert.equal(second.intent, "shipping_options");
  const po = asStoreRuleQuestion(
    read("order_status"),
    "Hi, can you deliver to a p.o. box? I live rurally",
  );
  assert.equal(po.intent, "shipping_options");
  // Their own parcel redirected, or an order named, stays a change of address.
  for (
    const text of [
      "Could the destination of my package be amended to a parcel locker?",
      "can you ship ORD-1003 to my office instead",
    ]
  ) {
    const ids = /ORD-\d+/.exec(text)?.map((s) => s) ?? [];
    assert.equal(asStoreRuleQuestion(read("change_address", ids), text).intent, "change_address");
  }
});

Deno.test("questions about the store itself are policy questions, whatever they were read as", () => {
  for (
    const [text, was] of [
      ["where are you located", "order_status"],
      ["are you a us company", "complaint"],
      ["where do you ship from", "shipping_options"],
      ["where do u ship from", "order_status"],
      ["Where are you guys based?", "other"],
    ] as const
  ) {
    const r = asStoreRuleQuestion(read(was), text);
    assert.equal(r.intent, "policy_question", text);
    assert.deepEqual(r.requests?.map((q) => q.intent), ["policy_question"], text);
  }
  // An order's news asked beside it keeps its own part.
  const text = "where are you located? also where is my order ORD-1001";
  const both = asStoreRuleQuestion({
    ...read("order_status", ["ORD-1001"]),
    requests: [
      {
        intent: "order_status",
        confidence: 0.9,
        text: "where are you located?",
        start: 0,
        end: 22,
      },
      { intent: "order_status", confidence: 0.9, text: text.slice(29), start: 29, end: 55 },
    ],
  }, text);
  assert.equal(both.intent, "order_status");
  assert.deepEqual(both.requests?.map((q) => q.intent), ["policy_question", "order_status"]);
  // A part the splitting left out as a greeting is added back as the question it is.
  const greeting = "hi where r u guys based? and do u ship to france";
  const added = asStoreRuleQuestion({
    ...read("shipping_options"),
    requests: [
      {
        intent: "shipping_options",
        confidence: 0.8,
        text: "do u ship to france",
        start: 29,
        end: 48,
      },
    ],
  }, greeting);
  assert.deepEqual(added.requests?.map((q) => q.intent), ["policy_question", "shipping_options"]);
  // "Where is my order" is no question about the store.
  assert.equal(
    asStoreRuleQuestion(read("order_status"), "where is my order from").intent,
    "order_status",
  );
});

Deno.test("'what if I refuse the delivery?' asks the store's rule, whatever it was read as", () => {
  for (
    const [text, was] of [
      ["ok what if I refuse the delivery?", "shipping_options"],
      ["can I just refuse the parcel when it comes", "order_status"],
    ] as const
  ) assert.equal(asStoreRuleQuestion(read(was), text).intent, "policy_question", text);
  // Said, not asked: the reading stays.
  assert.equal(
    asStoreRuleQuestion(read("cancel_order"), "I will refuse the delivery").intent,
    "cancel_order",
  );
});

Deno.test("'can I get it by next week if I order today?' asks how long delivery takes", () => {
  for (
    const [text, was] of [
      ["can I get it by next week if I order today?", "place_order"],
      ["if I order today when will it arrive?", "order_status"],
      ["would it arrive by friday if I order now", "order_status"],
    ] as const
  ) assert.equal(asStoreRuleQuestion(read(was), text).intent, "shipping_options", text);
  // An order already placed is its own news.
  assert.equal(
    asStoreRuleQuestion(read("order_status"), "I ordered it today, when will it arrive").intent,
    "order_status",
  );
});
