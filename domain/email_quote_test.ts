import assert from "node:assert/strict";
import { withoutQuoted } from "./email_quote.ts";

Deno.test("the lines an email quotes of our reply are not the customer's words", () => {
  const text = "Hi,\n\n> Order ORD-1001 (Noise-Cancelling Headphones) shipped on December 5.\n\n" +
    "Thanks, but it still hasn't come. Can I add a water bottle to 1003?\n\nBest,\nSarah";
  const own = withoutQuoted(text);
  assert.doesNotMatch(own, /Headphones|ORD-1001/);
  assert.match(own, /still hasn't come/);
  assert.match(own, /water bottle to 1003/);
});

Deno.test("everything from 'On … wrote:' or an original-message line on is quoted", () => {
  const text = "Still waiting, please cancel it.\n\nOn Mon, Dec 7, 2026 at 09:12, Support " +
    "<help@shop.example> wrote:\nOrder ORD-1003 is being prepared.";
  assert.equal(withoutQuoted(text), "Still waiting, please cancel it.");
  const outlook = "Refund please\n-----Original Message-----\nFrom: Support\nORD-3001 is lost";
  assert.equal(withoutQuoted(outlook), "Refund please");
});

Deno.test("a message with no quote, or only a quote, is read as written", () => {
  assert.equal(withoutQuoted("is 3 > 2 items allowed?"), "is 3 > 2 items allowed?");
  assert.equal(withoutQuoted("where is ORD-1001"), "where is ORD-1001");
  assert.equal(withoutQuoted("> where is ORD-1001"), "> where is ORD-1001");
});

Deno.test("the order our quoted reply names is the one meant when their own words name none", async () => {
  const { quotedOrderIds } = await import("./email_quote.ts");
  const text = "> Order ORD-1001 shipped on December 5.\n\nit still hasn't come, can you check?";
  assert.deepEqual(quotedOrderIds(text, withoutQuoted(text)), ["ORD-1001"]);
  const named = "> Order ORD-1001 shipped.\n\nand where is order 1003?";
  assert.deepEqual(quotedOrderIds(named, withoutQuoted(named)), []);
  assert.deepEqual(quotedOrderIds("where is it", "where is it"), []);
});
