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
    ]
  ) {
    assert.ok(!asksAboutSomeoneElse(t, mike), t);
  }
});
