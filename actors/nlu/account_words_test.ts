import assert from "node:assert/strict";
import {
  asAccountsAsked,
  asAccountWords,
  asPaidHowAsked,
  asPaymentWayAlone,
  speaksOfAccounts,
} from "./account_words.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const ENTITIES = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
};

function reading(
  intent: IntentEnrichment["intent"],
  text: string,
  orders: string[] = [],
): IntentEnrichment {
  return {
    intent,
    confidence: 0.7,
    alternatives: [],
    entities: { ...ENTITIES, order_ids: orders },
    source: "classifier",
    requests: [{ intent, confidence: 0.7, text, start: 0, end: text.length }],
  };
}

Deno.test("two accounts beside an order are the account's question first, the order's news after", () => {
  for (
    const [intent, text, order] of [
      ["order_status", "i have two accounts, which one has my order 2001?", "ORD-2001"],
      [
        "payment_issue",
        "I have 2 accounts and cant find order 2002 - is it on this one?",
        "ORD-2002",
      ],
      ["order_status", "is ORD-1001 on my other account?", "ORD-1001"],
    ] as const
  ) {
    const out = asAccountsAsked(reading(intent, text, [order]), text);
    assert.equal(out.intent, "account_access", text);
    assert.deepEqual(out.requests?.map((r) => r.intent), ["account_access", "order_status"], text);
  }
});

Deno.test("accounts asked about with no order named are an account question alone", () => {
  const text = "which account did i use, i have a few different accounts";
  const out = asAccountsAsked(reading("other", text), text);
  assert.equal(out.intent, "account_access");
  assert.deepEqual(out.requests?.map((r) => r.intent), ["account_access"]);
});

Deno.test("an account of money, or no second account, is left as it was read", () => {
  for (
    const [intent, text] of [
      ["refund_status", "which account will my refund go to"],
      ["order_status", "where is my order 2001"],
      ["payment_issue", "I was charged twice on two accounts"],
    ] as const
  ) {
    assert.equal(speaksOfAccounts(text), false, text);
    assert.equal(asAccountsAsked(reading(intent, text), text).intent, intent, text);
  }
});

Deno.test("a way to pay named alone asks whether the store takes it", () => {
  for (
    const text of ["afterpay??", "venmo?", "klarna then?", "what about google pay", "apple pay?"]
  ) {
    assert.equal(
      asPaymentWayAlone(reading("small_talk", text), text).intent,
      "payment_methods",
      text,
    );
  }
});

Deno.test("a way to pay in other talk, or in trouble, is no question about the ways to pay", () => {
  for (
    const [intent, text] of [
      ["other", "is bitcoin going up"],
      ["other", "card declined"],
      ["small_talk", "thanks, paid with paypal and all good now"],
      ["payment_issue", "paypal?"],
    ] as const
  ) {
    assert.equal(asPaymentWayAlone(reading(intent, text), text).intent, intent, text);
  }
});

Deno.test("the account's saved address is still read first", () => {
  const text = "update my saved address for future orders";
  assert.equal(asAccountWords(reading("change_address", text), text).intent, "account_update");
});

Deno.test("how an order was paid, heard as nothing, asks about the order's payment", () => {
  const text = "which card did i use for 2001";
  assert.equal(
    asPaidHowAsked(reading("other", text, ["ORD-2001"]), text).intent,
    "payment_methods",
  );
  const other = "which card do you take";
  assert.equal(asPaidHowAsked(reading("other", other), other).intent, "other");
});
