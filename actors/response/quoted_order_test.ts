import assert from "node:assert/strict";
import { orderNamedBefore } from "./order_before.ts";
import { quotedOnlyOrderIds } from "../../domain/email_quote.ts";
import { castContext, entitiesIn } from "../../tests/fixtures/turns.ts";

const EMAIL = "Hi,\n\nWhen will it get here? And can you cancel 1003 please.\n\n" +
  "On Sat, Dec 5, 2026 at 10:00, Support wrote:\n> Order ORD-1001 (Noise-Cancelling " +
  "Headphones) shipped with UPS and is on its way.";

Deno.test("the orders only our quoted reply names", () => {
  assert.deepEqual(quotedOnlyOrderIds(EMAIL), ["ORD-1001"]);
  assert.deepEqual(quotedOnlyOrderIds("where is ORD-1001?"), []);
});

Deno.test("a request of the customer's own words naming no order is about the quoted one", () => {
  const entities = entitiesIn(EMAIL, {
    order_refs: [{ text: "1003", id: "ORD-1003", form: "bare" }],
  });
  const c = castContext("sarah", { order: "ORD-1003" });
  const when = { text: "When will it get here?", start: 5 };
  assert.equal(orderNamedBefore(EMAIL, when, c, entities), "ORD-1001");
  // The request that names its own order keeps it.
  const cancel = { text: "can you cancel 1003 please", start: 32 };
  assert.equal(orderNamedBefore(EMAIL, cancel, c, entities), null);
});
