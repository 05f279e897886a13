import assert from "node:assert/strict";
import { parseAddress } from "./address.ts";
import { spentOn } from "./orders_spent.ts";
import { asksComing } from "./orders_asked.ts";
import { countWord } from "./count_words.ts";
import { doneRemoval, sameAgain } from "./done_too.ts";

Deno.test("a flat or unit written before the street is kept as the second line", () => {
  assert.equal(parseAddress("Flat 3, 10 Downing Street, London SW1A 2AA")?.line2, "Flat 3");
  assert.equal(
    parseAddress("new address: Unit 7, 22 Oak Avenue, Manchester M1 2AB")?.line2,
    "Unit 7",
  );
  assert.equal(parseAddress("5 Elm Rd, Austin TX 78701")?.line2, null);
});

Deno.test("a Canadian address, which the store ships to, is read whole", () => {
  assert.deepEqual(parseAddress("to Apt 4B, 221 King Street, Toronto ON M5H 1J9, Canada"), {
    line1: "221 King Street",
    line2: "Apt 4B",
    city: "Toronto",
    region: "ON",
    postcode: "M5H 1J9",
    country: "CA",
  });
  assert.equal(parseAddress("221 King Street, Toronto ZZ M5H 1J9"), null);
});

Deno.test("an address of the Continent with 'instead' after it is read", () => {
  assert.equal(
    parseAddress("ship 1003 to 15 Rue de Rivoli, 75001 Paris, France instead")?.country,
    "FR",
  );
});

Deno.test("spent: paid orders less refunds; unpaid and cancelled apart", () => {
  const s = spentOn([
    { id: "A", status: "delivered", total: 100, refunded_amount: 30 },
    { id: "B", status: "processing", total: 50, payment_status: "pending" },
    { id: "C", status: "cancelled", total: 70 },
    { id: "D", status: "shipped", total: 20.5 },
  ]);
  assert.deepEqual(s, { amount: 90.5, counted: ["A", "D"], unpaid: ["B"] });
});

Deno.test("'which ones are still coming' asks for the orders not delivered; counts misspelt", () => {
  assert.ok(asksComing("which ones are still coming?"));
  assert.ok(asksComing("what's still on its way?"));
  assert.ok(!asksComing("what is coming in the new collection"));
  assert.equal(countWord("tree"), 3);
  assert.equal(countWord("12"), 12);
  assert.equal(countWord("bottle"), null);
});

Deno.test("'and the shoes too' after goods were taken off asks the same again", () => {
  const removed = {
    type: "modify_items" as const,
    order_id: "ORD-1003",
    at: "2026-12-01T00:00:00Z",
    items: [{ sku: "B", name: "Insulated Water Bottle", from: 2, to: 0 }],
  };
  assert.ok(doneRemoval(removed));
  assert.ok(!doneRemoval({ ...removed, items: [{ ...removed.items[0], to: 3 }] }));
  assert.ok(sameAgain("and the shoes too"));
  assert.ok(sameAgain("the frother as well"));
  assert.ok(!sameAgain("and the shoes too?"));
  assert.ok(!sameAgain("where are the shoes"));
});
