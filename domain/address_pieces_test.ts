import assert from "node:assert/strict";
import { addressFromPieces, piecesOf, placeAlone, townAfterStreet } from "./address_pieces.ts";

Deno.test("a street, then the city and postcode, make one British address", () => {
  const first = addressFromPieces("to 12 High St", []);
  assert.equal(first.kind, "part");
  if (first.kind !== "part") return;
  assert.equal(first.missing, "city_postcode");
  assert.deepEqual(first.pieces, ["12 High St"]);
  const second = addressFromPieces("London N1 2AB", first.pieces);
  assert.equal(second.kind, "whole");
  if (second.kind !== "whole") return;
  assert.equal(second.address.line1, "12 High St");
  assert.equal(second.address.city, "London");
  assert.equal(second.address.postcode, "N1 2AB");
  assert.equal(second.address.country, "GB");
});

Deno.test("the city first and the street after still join, street first", () => {
  const r = addressFromPieces("its 5 Elm Road pls", ["Leeds LS1 4AP"]);
  assert.equal(r.kind, "whole");
  if (r.kind === "whole") assert.equal(r.address.line1, "5 Elm Road");
});

Deno.test("a whole address in the message replaces the pieces", () => {
  const r = addressFromPieces("22 Baker Street, London NW1 6XE", ["12 High St"]);
  assert.equal(r.kind, "whole");
  if (r.kind === "whole") assert.equal(r.address.line1, "22 Baker Street");
});

Deno.test("what is missing is named: the street, or the city and postcode", () => {
  const onlyTown = addressFromPieces("London N1 2AB", []);
  assert.equal(onlyTown.kind === "part" && onlyTown.missing, "street");
  const street = addressFromPieces("12 High St", []);
  assert.equal(street.kind === "part" && street.missing, "city_postcode");
});

Deno.test("the kept pieces are read one a line", () => {
  assert.deepEqual(piecesOf("12 High St\n London "), ["12 High St", "London"]);
  assert.deepEqual(piecesOf(undefined), []);
});

Deno.test("the words before the street and the order's number are no part of it", () => {
  const r = addressFromPieces("new address for 1003: 12 High St", []);
  assert.equal(r.kind === "part" && r.missing, "city_postcode");
  assert.deepEqual(r.kind === "part" && r.pieces, ["12 High St"]);
});

Deno.test("a flat named before the street is kept, after it", () => {
  const street = addressFromPieces("flat 2, 7 Mill Rd", []);
  assert.deepEqual(street.kind === "part" && street.pieces, ["7 Mill Rd, flat 2"]);
  const whole = addressFromPieces("Bristol BS1 5TR", ["7 Mill Rd, flat 2"]);
  assert.equal(whole.kind, "whole");
  if (whole.kind !== "whole") return;
  assert.equal(whole.address.line1, "7 Mill Rd");
  assert.equal(whole.address.line2, "flat 2");
  assert.equal(whole.address.city, "Bristol");
});

Deno.test("an address given as street, town and postcode in three turns, in either order", () => {
  const town = addressFromPieces("London", ["12 Baker Street"]);
  assert.equal(town.kind, "part");
  assert.equal(town.kind === "part" && town.missing, "postcode");
  const orders: [string, string[]][] = [
    ["NW1 6XE", ["12 Baker Street", "London"]],
    ["London", ["12 Baker Street", "NW1 6XE"]],
  ];
  for (const [text, earlier] of orders) {
    const whole = addressFromPieces(text, earlier);
    assert.equal(whole.kind, "whole", text);
    assert.equal(whole.kind === "whole" && whole.address.city, "London");
    assert.equal(whole.kind === "whole" && whole.address.postcode, "NW1 6XE");
  }
});

Deno.test("a nation of the UK after the postcode is the UK", () => {
  const read = addressFromPieces("Edinburgh EH2 3NH, Scotland", ["45 Queen Street"]);
  assert.equal(read.kind === "whole" && read.address.country, "GB");
});

Deno.test("a town alone is a place; a yes, a thanks or a question is not", () => {
  for (const t of ["London", "it's Leeds", "Milton Keynes", "Scotland."]) {
    assert.ok(placeAlone(t), t);
  }
  for (const t of ["yes", "no thanks", "what?", "hello", "12 Baker Street"]) {
    assert.equal(placeAlone(t), false, t);
  }
});

Deno.test("a town written right after the street is kept: only the postcode is asked", () => {
  assert.equal(townAfterStreet("12 Baker Street, London"), "London");
  assert.equal(townAfterStreet("22 Baker St London, moving next week"), "London");
  assert.equal(townAfterStreet("5 elm road manchester"), "manchester");
  assert.equal(townAfterStreet("22 Baker St, moving next week"), null);
  assert.equal(townAfterStreet("12 Elm St and the shoes order"), null);
  assert.equal(townAfterStreet("12 Elm St"), null);
  const part = addressFromPieces("22 Baker St London, moving next week", []);
  assert.equal(part.kind, "part");
  assert.equal(part.kind === "part" && part.missing, "postcode");
  const whole = addressFromPieces("NW1 6XE", part.kind === "part" ? part.pieces : []);
  assert.equal(whole.kind, "whole");
  assert.equal(whole.kind === "whole" && whole.address.city, "London");
  assert.equal(whole.kind === "whole" && whole.address.line1, "22 Baker St");
});
