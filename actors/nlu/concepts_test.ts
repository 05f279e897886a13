import assert from "node:assert/strict";
import { conceptFeatures } from "./concepts.ts";

const has = (text: string, name: string) => conceptFeatures(text).includes(`k:${name}`);

Deno.test("account life-cycle words are one concept, whatever the verb", () => {
  for (
    const t of [
      "help me open a personal account",
      "I want to delete my profile",
      "please close the account I made",
      "how do I deactivate my customer account",
      "upgrade my account to gold",
      "can I register a new business account",
    ]
  ) assert.ok(has(t, "account_life"), t);
  assert.equal(has("my account was charged twice", "account_life"), false);
});

Deno.test("moving to another profile or user is its own concept", () => {
  assert.ok(has("how do I switch to my business profile", "switch_profile"));
  assert.ok(has("log me into another account", "switch_profile"));
  assert.equal(has("I want to delete my account", "switch_profile"), false);
});

Deno.test("fees for cancelling in every wording are rules of the shop", () => {
  for (
    const t of [
      "early exit fee",
      "the withdrawal penalty",
      "cancellation charges",
      "termination costs",
    ]
  ) {
    assert.ok(has(t, "rule"), t);
  }
});

Deno.test("a PIN, an access key and registration are sign-in words", () => {
  for (const t of ["reset my PIN", "recover my access key", "problems with registration"]) {
    assert.ok(has(t, "sign_in"), t);
  }
});

Deno.test("claims, reclamations and grievances are complaints' words", () => {
  for (
    const t of ["a consumer claim", "I want to file a reclamation", "where do I send a grievance"]
  ) {
    assert.ok(has(t, "grievance"), t);
  }
});

Deno.test("our support's hours are told from the shop's by both concepts together", () => {
  const support = conceptFeatures("what are your customer service hours");
  assert.ok(support.includes("k:hours") && support.includes("k:person_hours"));
  const shop = conceptFeatures("what are your opening hours");
  assert.ok(shop.includes("k:hours"));
  assert.equal(shop.includes("k:person_hours"), false);
});

Deno.test("other organisations' accounts and services point elsewhere", () => {
  for (
    const t of [
      "how do I delete my facebook account",
      "update my address with the DMV",
      "I want to change my mobile phone plan",
      "how do I register to vote",
      "cancel my dinner reservation",
      "reset my voicemail password",
    ]
  ) assert.ok(has(t, "elsewhere"), t);
  assert.equal(has("how do I delete my account", "elsewhere"), false);
});

Deno.test("stock, gift cards and bills are concepts of their own", () => {
  assert.ok(has("is the lamp in stock", "stock"));
  assert.ok(has("is it available in red", "stock"));
  assert.ok(has("can I pay with a gift card", "gift_card"));
  assert.ok(has("I want to see my bills", "document"));
  assert.ok(has("leave my opinion of the shop", "praise"));
});

Deno.test("delivery time frames and ways of delivery are concepts of their own", () => {
  for (
    const t of [
      "how soon can I get it",
      "what are the delivery time frames",
      "how many days to ship",
    ]
  ) {
    assert.ok(has(t, "delivery_time"), t);
  }
  for (
    const t of ["which shipment methods are there", "do you use couriers", "next-day delivery?"]
  ) {
    assert.ok(has(t, "delivery_way"), t);
  }
  assert.equal(has("where is my parcel", "delivery_way"), false);
});
