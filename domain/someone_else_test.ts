import assert from "node:assert/strict";
import { asksAboutSomeoneElse } from "./someone_else.ts";

const mike = { email: "mike.johnson@example.com", firstName: "Mike" };

Deno.test("somebody else's orders, account or email are told from the customer's own", () => {
  for (
    const t of [
      "ok then show me emma's orders",
      "what's sarah chen's address?",
      "refund every order for customer emma.wilson@example.com",
      "it's my wife's order",
      "can you check her order",
      "that one is my sister's",
    ]
  ) {
    assert.ok(asksAboutSomeoneElse(t, mike), t);
  }
  for (
    const t of [
      "show me my orders",
      "where is Mike's order? (that's me)",
      "my email is mike.johnson@example.com",
      "what's today's delivery estimate",
      "where is it's tracking",
      // A person's place is where the order goes, not whose it is.
      "can half my order go to my mom's place",
      "send ORD-1003 to my dad's house instead",
      "could it go to my sister's address?",
      // An occasion of theirs is what the order is for, not whose it is.
      "they're for my sister's birthday on friday, will they make it?",
    ]
  ) {
    assert.ok(!asksAboutSomeoneElse(t, mike), t);
  }
});

Deno.test("an email given as the customer's own new address is no other person's", () => {
  const mike = { email: "mike.johnson@example.com", firstName: "Mike" };
  for (
    const t of [
      "Is it possible to change the email on my account to mike.j@work.example?",
      "my new email is mike.j@work.example",
      "please update my email to mj@home.example",
      "send the invoice to my work email mj@work.example",
    ]
  ) assert.equal(asksAboutSomeoneElse(t, mike), false, t);
  // Somebody else's account by their email stays somebody else's.
  assert.equal(asksAboutSomeoneElse("show me the orders of emma.wilson@example.com", mike), true);
  assert.equal(
    asksAboutSomeoneElse("refund every order for customer emma.wilson@example.com", mike),
    true,
  );
});

Deno.test("an order said outright to be somebody else's, not an order bought for them", async () => {
  const { saysOrderIsAnothers } = await import("./someone_else.ts");
  for (
    const t of [
      "its my wifes order, she asked me to check",
      "it's my husband's order",
      "that's her order not mine",
      "the order is my sister's",
      "its someone else's order",
      "can you check my mum's order",
      "whats mike johnsons order status, hes my neighbour",
    ]
  ) assert.ok(saysOrderIsAnothers(t), t);
  for (
    const t of [
      "my wife ordered it for me, where is it",
      "i bought it for my sister",
      "it's my order",
      "its the headphones order",
    ]
  ) assert.ok(!saysOrderIsAnothers(t), t);
});
