/** The FAQ's answers on ordering by phone, without an account, two accounts and pickup. */
import assert from "node:assert/strict";
import { faqFor } from "./faq.ts";

Deno.test("ordering by phone, email or through the chat finds the answer that orders are online", () => {
  for (
    const text of [
      "can i place an order over the phone? i dont like websites",
      "can I order by phone?",
      "could you place an order for me?",
      "do you take phone orders",
    ]
  ) assert.equal(faqFor(text, "place_order")?.entry.id, "order_by_phone", text);
});

Deno.test("ordering without an account finds guest checkout, tracking without one stays apart", () => {
  assert.equal(faqFor("can i buy stuff without making an account")?.entry.id, "guest_checkout");
  assert.equal(faqFor("do i need an account to order?")?.entry.id, "guest_checkout");
  assert.equal(faqFor("how do I track my order without an account")?.entry.id, "guest_tracking");
});

Deno.test("two accounts, and merging them, find the answer on which account holds an order", () => {
  for (
    const text of [
      "i have two accounts, which one has my order 2001?",
      "can i merge my two accounts",
      "is it on my other account?",
    ]
  ) assert.equal(faqFor(text, "account_access")?.entry.id, "two_accounts", text);
});

Deno.test("'can I pick it up' finds the answer that there is no pickup", () => {
  for (
    const text of ["can I pick it up instead?", "could i collect it instead", "can i pick it up?"]
  ) {
    assert.equal(faqFor(text, "shipping_options")?.entry.id, "pickup", text);
  }
});
