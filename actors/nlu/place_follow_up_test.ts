import assert from "node:assert/strict";
import { bareFollowUp } from "./bare_follow_up.ts";
import { destinationAsked } from "../../domain/destinations.ts";
import type { Entities, Intent } from "../../shared/protocol.ts";

const ENTITIES: Entities = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
};

const after = (text: string, read: Intent, lastIntent: Intent = "shipping_options") =>
  bareFollowUp(text, { lastIntent, lastOrderId: null, entities: ENTITIES, read })?.intent ?? null;

Deno.test("another place asked after a shipping answer carries the shipping question on", () => {
  for (const text of ["ok what about the uk", "and to germany then?", "hmm what about canada"]) {
    assert.equal(after(text, "other"), "shipping_options", text);
  }
});

Deno.test("a place named after another topic, or a long message, is not carried on", () => {
  assert.equal(after("ok what about the uk", "other", "payment_methods"), null);
  assert.equal(after("what about returns from the uk", "other"), null);
  assert.equal(
    after("ok so what about the uk, my sister lives there and wants one too for xmas", "other"),
    null,
  );
});

Deno.test("a place alone after 'ok', 'hmm' or with 'then' is a place asked about", () => {
  for (
    const [text, country] of [["ok what about the uk", "the United Kingdom"], [
      "hmm what about mexico then",
      "Mexico",
    ]]
  ) {
    const q = destinationAsked(text);
    const named = q?.kind === "country"
      ? q.destination.country
      : q?.kind === "elsewhere"
      ? q.country
      : null;
    assert.equal(named, country, text);
  }
  assert.equal(destinationAsked("ok thanks"), null);
});
