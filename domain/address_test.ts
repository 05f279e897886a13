/**
 * A new shipping address is read out of the customer's message when it is written out in
 * full, so a change of address is proposed at once instead of asked for again.
 */
import assert from "node:assert/strict";
import { parseAddress } from "./address.ts";

Deno.test("a London address with the postcode after the city is read as British", () => {
  assert.deepEqual(
    parseAddress("change the address on ORD-1003 to 22 Baker Street, London NW1 6XE"),
    {
      line1: "22 Baker Street",
      line2: null,
      city: "London",
      region: null,
      postcode: "NW1 6XE",
      country: "GB",
    },
  );
});

Deno.test("a British address with commas and the country named is read too", () => {
  const a = parseAddress("please send it to 10 Downing Street, Flat 2, London, SW1A 2AA, UK");
  assert.equal(a?.country, "GB");
  assert.equal(a?.line2, "Flat 2");
  assert.equal(a?.postcode, "SW1A 2AA");
  assert.equal(a?.city, "London");
});

Deno.test("a US address with its state is read as American", () => {
  const a = parseAddress("ship to 500 Pine Street, Seattle, WA 98101");
  assert.equal(a?.country, "US");
  assert.equal(a?.region, "WA");
  assert.equal(a?.postcode, "98101");
});

Deno.test("an address without a postcode, or a street alone, is not a full address", () => {
  assert.equal(parseAddress("change the address to 22 Baker Street"), null);
  assert.equal(parseAddress("change the address to 22 Baker Street, London"), null);
  assert.equal(parseAddress("change my address please"), null);
});

Deno.test("a British postcode with another country named is not taken as British", () => {
  assert.equal(parseAddress("to 22 Baker Street, London NW1 6XE, France"), null);
});
