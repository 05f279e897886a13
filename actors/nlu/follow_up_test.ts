/**
 * Elliptical follow-ups: "and X?", "what about X", "X too?" name another order and leave
 * the request out; a short question about "it" asks where the order talked of stands.
 */
import assert from "node:assert/strict";
import { extractEntities } from "./entities.ts";
import { indexProducts } from "./products.ts";
import { followUpOf, picksOnly } from "./follow_up.ts";

const products = indexProducts([
  { sku: "KIT-101", name: "Espresso Machine" },
  { sku: "KIT-105", name: "Stand Mixer" },
]);
const now = new Date("2026-11-25T12:00:00Z");
const follow = (text: string) => followUpOf(text, extractEntities(text, { now, products }));

Deno.test("'and X?', 'what about X' and 'X too?' follow up about another order", () => {
  for (
    const text of [
      "ok and the espresso machine?",
      "and the mixer?",
      "what about 2002",
      "wat about 2002 then",
      "k wut about ORD-2002",
      "how about ORD-1002?",
      "thanks, what about the other one?",
      "the stand mixer too?",
      "same for ORD-2002",
      "and my latest order?",
    ]
  ) {
    assert.equal(follow(text), "another", text);
  }
});

Deno.test("an order pointed at by what it holds, with nothing asked, follows up too", () => {
  for (
    const text of [
      "the espresso machine one",
      "for the stand mixer order",
      "the one with the mixer",
      "no the espresso machine one",
    ]
  ) {
    assert.equal(follow(text), "another", text);
  }
  // A statement about the goods is no pointing.
  assert.equal(follow("the espresso machine is broken"), null);
  assert.equal(follow("the one i wanted was the mixer, it's broken"), null);
});

Deno.test("a short question about how 'it' stands follows up on the order talked of", () => {
  for (
    const text of [
      "So it's really gone?",
      "is it delivered yet?",
      "so it's not coming then?",
      "ok and how much was it",
      "what did it cost?",
    ]
  ) {
    assert.equal(follow(text), "state", text);
  }
  assert.equal(follow("how much is shipping"), null, "a price of no order talked of");
});

Deno.test("a short question about how an order named by its number stands asks its state", () => {
  for (const text of ["is ORD-2001 lost?", "has 1003 shipped yet?", "is 2001 delayed"]) {
    assert.equal(follow(text), "state", text);
  }
  assert.equal(follow("ORD-2001 is lost"), null, "a statement is no question");
});

Deno.test("a message that says what it wants, or names nothing, is no follow-up", () => {
  for (
    const text of [
      "and do you take PayPal?",
      "what about your opening hours",
      "the headphones",
      "is it free?",
      "it's gone",
      "and can you tell me whether the espresso machine I ordered last month for my sister has shipped",
    ]
  ) {
    assert.equal(follow(text), null, text);
  }
});

Deno.test("a reference with a question of its own after it is no follow-up", () => {
  assert.equal(follow("and the espresso machine, is it any good?"), null);
  assert.equal(follow("what about the mixer, does it come in red"), null);
});

Deno.test("a question about how 'it' stands needs no question mark when its first words ask", () => {
  for (const text of ["why is it delayed then", "is it here yet", "so why is it stuck"]) {
    assert.equal(follow(text), "state", text);
  }
  assert.equal(follow("it is delayed"), null, "a statement is no question");
});

Deno.test("'sorry I meant the other order' corrects what was named and keeps the request", () => {
  for (
    const text of [
      "sorry I meant the other order",
      "no, I meant 2002",
      "oops i meant the espresso machine",
      "I was talking about ORD-1002",
    ]
  ) {
    assert.equal(follow(text), "correction", text);
  }
  assert.equal(follow("I meant what I said"), null, "names no order");
});

Deno.test("'whats the hold up exactly' asks why the order talked of is late", () => {
  assert.equal(follow("whats the hold up exactly"), "state");
  assert.equal(follow("so what's taking so long?"), "state");
  assert.equal(follow("i hold up my end of the deal"), null);
});

Deno.test("what happened told in a clause of its own is no pick of an order", () => {
  const picks = (text: string) => picksOnly(text, extractEntities(text, { now, products }));
  for (
    const text of ["my package never arrived", "my order never arrived", "the parcel was damaged"]
  ) {
    assert.equal(picks(text), false, text);
  }
  for (
    const text of [
      "the one that got delivered",
      "the one that never came",
      "the one i ordered yesterday",
    ]
  ) {
    assert.equal(picks(text), true, text);
  }
});

Deno.test("a short lead-in, then where the order talked of is, or what it holds: its state", () => {
  for (
    const text of [
      "its been like a week?? when are they actually coming",
      "ugh ok. when are they coming then",
      "what's in that order again?",
      "remind me what I ordered",
    ]
  ) assert.equal(follow(text), "state", text);
  // A lead-in naming an order or a number says something of its own.
  assert.equal(follow("I paid 40 dollars. when are they coming"), null);
});
