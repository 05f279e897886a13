import assert from "node:assert/strict";
import { parseAddress, withoutAddress } from "./address.ts";

Deno.test("an address of the Continent: postcode before the city, the country after", () => {
  assert.deepEqual(
    parseAddress(
      "can you change the address on my shoes order to 9 Rue de Rivoli, 75001 Paris, France",
    ),
    {
      line1: "9 Rue de Rivoli",
      line2: null,
      city: "Paris",
      region: null,
      postcode: "75001",
      country: "FR",
    },
  );
  assert.deepEqual(parseAddress("send it to Hauptstraße 5, 10115 Berlin, Germany please"), {
    line1: "Hauptstraße 5",
    line2: null,
    city: "Berlin",
    region: null,
    postcode: "10115",
    country: "DE",
  });
  assert.equal(parseAddress("Damrak 1, 1012 LG Amsterdam, Netherlands")?.postcode, "1012 LG");
});

Deno.test("without a country, or a country we don't know, it is asked for", () => {
  assert.equal(parseAddress("9 Rue de Rivoli, 75001 Paris"), null);
  assert.equal(parseAddress("9 Rue de Rivoli, 75001 Paris, Narnia"), null);
});

Deno.test("the text without its address keeps the words around it", () => {
  assert.doesNotMatch(withoutAddress("Hauptstraße 5, 10115 Berlin, Germany"), /Hauptstraße|Berlin/);
  assert.match(
    withoutAddress("Ich möchte meine Adresse ändern: Hauptstraße 5, 10115 Berlin, Deutschland"),
    /^Ich möchte meine Adresse ändern:/,
  );
  assert.equal(withoutAddress("where is my order"), "where is my order");
});
