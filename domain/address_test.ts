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

Deno.test("a US address as written in the US: the state after the city, an apartment after the street", () => {
  assert.deepEqual(
    parseAddress("I moved, please ship my shoes to 1200 Pine Avenue Apt 4B, Seattle WA 98101"),
    {
      line1: "1200 Pine Avenue",
      line2: "Apt 4B",
      city: "Seattle",
      region: "WA",
      postcode: "98101",
      country: "US",
    },
  );
  assert.equal(parseAddress("77 Ocean Drive, Miami FL 33139")?.region, "FL");
  assert.equal(parseAddress("12 Main St, Springfield XY 12345"), null, "no such state");
  // Words before the street are not part of it.
  assert.equal(parseAddress("my order 1003 to 5 Elm Road, Leeds LS1 4AB")?.line1, "5 Elm Road");
});

Deno.test("an address followed by a question in the same message is read up to the country", () => {
  const a = parseAddress(
    "it's for the shoes order. new address: 14 Elm Road, Cambridge CB2 1TN, UK. will it still arrive by the 10th?",
  );
  assert.deepEqual(a, {
    line1: "14 Elm Road",
    line2: null,
    city: "Cambridge",
    region: null,
    postcode: "CB2 1TN",
    country: "GB",
  });
  assert.equal(
    parseAddress("5 Main St, Boston, MA 02110, USA and when will it come")?.country,
    "US",
  );
  assert.equal(parseAddress("5 Main St, Boston, MA 02110, Narnia")?.country ?? null, null);
});
