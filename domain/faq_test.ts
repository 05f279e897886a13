import assert from "node:assert/strict";
import { FAQ, FAQ_INTENTS, faqAmounts, faqFor, faqParagraphs, parseFaq } from "./faq.ts";
import { PAYMENT_METHODS } from "./policy.ts";

Deno.test("the FAQ file operators edit is valid and covers the questions that need no order", () => {
  const ids = FAQ.entries.map((e) => e.id);
  for (
    const id of [
      "password_reset",
      "sign_in_trouble",
      "support_hours",
      "gift_cards",
      "stock",
      "newsletter",
      "reviews",
      "payment_methods",
    ]
  ) assert.ok(ids.includes(id), id);
  for (const e of FAQ.entries) assert.ok(faqParagraphs(e).length > 0, e.id);
});

Deno.test("a customer's question finds its FAQ entry, however it is written", () => {
  const cases: [string, string][] = [
    ["I forgot my password and can't log into my account", "password_reset"],
    ["I cant log in, it says my account is locked", "sign_in_trouble"],
    ["What are your opening hours?", "support_hours"],
    ["Do you sell gift cards?", "gift_cards"],
    ["When will the headphones be back in stock?", "stock"],
    ["How do I unsubscribe from the newsletter", "newsletter"],
    ["Where can I leave a review?", "reviews"],
    ["Can I pay with PayPal?", "payment_methods"],
    ["how do i track an order without an account", "guest_tracking"],
  ];
  for (const [text, id] of cases) assert.equal(faqFor(text)?.entry.id, id, text);
  assert.equal(faqFor("Where is my order ORD-1001?"), null);
  assert.equal(faqFor("thanks, bye"), null);
  // The customer's own phone number is their profile, not our opening hours.
  assert.equal(faqFor("what's your phone number?")?.entry.id, "support_hours");
  assert.equal(faqFor("please update my phone number to 555-0199"), null);
});

Deno.test("the longest matching phrase wins, and an entry can be limited to intents", () => {
  // Both match; "password reset" is the longer, more specific phrase.
  assert.equal(faqFor("I can't sign in, password reset please")?.entry.id, "password_reset");
  const book = parseFaq({
    entries: [{
      id: "pay",
      topic: "Paying",
      phrases: ["credit card"],
      answer: ["Cards work."],
      intents: ["payment_methods"],
    }],
  });
  assert.equal(faqFor("my credit card", "payment_methods", book)?.entry.id, "pay");
  assert.equal(faqFor("my credit card", "other", book), null);
  assert.ok(!FAQ_INTENTS.has("payment_issue"), "a payment problem is not an FAQ question");
});

Deno.test("a broken FAQ edit stops the start with every problem named", () => {
  assert.throws(
    () => parseFaq({ entries: [{ id: "Bad Id", topic: "x", phrases: [] }] }),
    (err: Error) =>
      /^Cannot load the FAQ \(domain\/faq\.json\): /.test(err.message) &&
      /entries\.0\.id/.test(err.message) && /entries\.0\.phrases/.test(err.message),
  );
  assert.throws(
    () =>
      parseFaq({
        entries: [
          { id: "a", topic: "Aaa", phrases: ["aaa"], answer: ["x"] },
          { id: "a", topic: "Bbb", phrases: ["bbb"], answer: ["y"] },
        ],
      }),
    /duplicate id a/,
  );
  assert.throws(
    () => parseFaq({ entries: [{ id: "a", topic: "Aaa", phrases: ["aaa"] }] }),
    /needs an answer or a policy section/,
  );
});

Deno.test("ways to pay come from the policy, and the FAQ's amounts are known to the guardrail", () => {
  const pay = FAQ.entries.find((e) => e.id === "payment_methods")!;
  const text = faqParagraphs(pay).join(" ");
  for (const m of PAYMENT_METHODS) assert.ok(text.includes(m.label), m.id);
  assert.deepEqual(faqAmounts().sort((a, b) => a - b), [25, 200]);
});
