import assert from "node:assert/strict";
import { faqFollowUp, sentencesOn } from "./faq_follow_up.ts";
import { FAQ } from "../../domain/faq.ts";

const entry = (id: string) => FAQ.entries.find((e) => e.id === id)!;
const ask = (text: string, faq: string | null) =>
  faqFollowUp({ text, faq, tier: null, namesSomething: false });

Deno.test("a short question pointing back at the FAQ answer before is answered from it", () => {
  assert.match(ask("do they expire", "gift_cards")!.paragraphs.join(" "), /never expire/);
  assert.match(ask("how much are they?", "gift_cards")!.paragraphs.join(" "), /25\.00 USD/);
  const code = ask("wtf it says invalid", "discount_code_trouble")!.paragraphs.join(" ");
  assert.match(code, /says it's invalid/);
  assert.doesNotMatch(code, /once, on one order/);
});

Deno.test("no FAQ answer before, a long message, one naming something, or a new subject: not a follow-up", () => {
  assert.equal(ask("do they expire", null), null);
  assert.equal(
    ask("do they expire, and also where is my order and can I change the address", "gift_cards"),
    null,
  );
  assert.equal(
    faqFollowUp({ text: "do they expire", faq: "gift_cards", tier: null, namesSomething: true }),
    null,
  );
  // "A gift receipt" was never part of the gift-wrapping answer.
  assert.equal(ask("what about a gift receipt?", "gift_wrapping"), null);
  // A policy section has readings of its own: "and is paypal safe?" after the ways to pay.
  assert.equal(ask("and is paypal safe?", "payment_methods"), null);
  // Words without pointing back ("expire") are read as they stand.
  assert.equal(ask("expiry", "gift_cards"), null);
});

Deno.test("asked again about the entry's own subject, only the sentences on it are said", () => {
  const s = sentencesOn(entry("gift_for_someone"), "can you add a gift receipt?", {
    tier: null,
    named: true,
  })!.join(" ");
  assert.match(s, /gift receipts/);
  assert.doesNotMatch(s, /shipping address/);
});
