import assert from "node:assert/strict";
import { destinationAsked } from "./destinations.ts";
import { placesRespelt } from "./place_spelling.ts";

Deno.test("a misspelt country is the country: 'do u ship to canda' asks about Canada", () => {
  for (
    const [q, country] of [
      ["do u ship to canda", "Canada"],
      ["and germny?", "Germany"],
      ["shipping to the untied kingdom?", "the United Kingdom"],
      ["can you deliver to irland", "Ireland"],
      ["do you ship to frnace", "France"],
    ]
  ) {
    const found = destinationAsked(q);
    assert.equal(found?.kind === "country" && found.destination.country, country, q);
  }
  assert.deepEqual(destinationAsked("do you ship to autralia"), {
    kind: "elsewhere",
    country: "Australia",
  });
});

Deno.test("everyday words near a country's name are not read as it", () => {
  assert.equal(destinationAsked("whats the shipping status of my order"), null);
  assert.equal(destinationAsked("can i pay for shipping with american express"), null);
  assert.equal(destinationAsked("do you ship german keyboards"), null);
  assert.equal(destinationAsked("where is my order"), null);
  const names = [" canada ", " united kingdom "];
  assert.equal(placesRespelt(" the status is shipped ", names), " the status is shipped ");
  assert.equal(placesRespelt(" ship to kanada ", names), " ship to kanada ", "first letter kept");
});
