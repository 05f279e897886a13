import assert from "node:assert/strict";
import { asksForPerson, asksForReplacement } from "./intents.ts";

Deno.test("a replacement asked for in shoppers' words, not a new purchase", () => {
  for (
    const t of [
      "can you send a replacement instead of refund?",
      "I'd like a new one please",
      "I want a new one",
      "a new one instead",
      "no, a new one please",
      "could you get me a working one",
      "send me another one",
      "exchange it for a new one",
      "please replace it",
      "can you resend it",
      "robot vacuum lost in the post, can you send another",
      "send another please",
      "I don't want a refund, I want the vacuum",
      "no refund, I just want what I ordered",
      "and can you send the vacuum again",
      "id like my money back on the vacuum, and a fresh mixer sent out",
      "could i have a new stand mixer shipped",
    ]
  ) assert.equal(asksForReplacement(t), true, t);
  for (
    const t of [
      "I'd like to order a new one for my mum",
      "where is my order",
      "refund please",
      "is the new one in stock",
      "can you send another code",
      "send me another invoice",
      "can you send the invoice again",
      "send the return label again",
      "I don't want a refund, I want to talk to a manager",
      "I want the refund",
      "still no refund after 3 weeks, I want the money",
      "no I don't want a replacement, just my money back",
      "not a new one, a refund please",
      "can i have a new invoice sent",
    ]
  ) assert.equal(asksForReplacement(t), false, t);
});

Deno.test("a person asked for in so many words, beside anything else", () => {
  for (
    const t of [
      "My parcel ORD-3001 is lost, this is unacceptable! I want a person",
      "My package ORD-3001 is lost, this is unacceptable, I want a manager",
      "let me speak to someone please",
      "can I talk to a real person",
      "put me through to a supervisor",
    ]
  ) assert.equal(asksForPerson(t), true, t);
  for (
    const t of [
      "the person at the door said it was delivered",
      "I want a refund",
      "my manager ordered this for the office",
    ]
  ) assert.equal(asksForPerson(t), false, t);
});

Deno.test("the goods asked again by their own noun are a replacement; a new label or code is not", () => {
  for (
    const t of ["ok send a new keyboard", "can you ship me a working mixer", "send me a new vacuum"]
  ) {
    assert.equal(asksForReplacement(t), true, t);
  }
  for (
    const t of [
      "send me a new label",
      "can you send a new invoice",
      "send me a new password link",
      "send a new code pls",
    ]
  ) assert.equal(asksForReplacement(t), false, t);
});

Deno.test("a replacement that came, told of, asks for none", () => {
  assert.equal(asksForReplacement("WOW!!! The mixer replacement is STUNNING. Thank you"), false);
  assert.equal(asksForReplacement("my replacement arrived and works great"), false);
  assert.equal(asksForReplacement("the replacement arrived broken too, send another one"), true);
  assert.equal(asksForReplacement("can I get a replacement?"), true);
});

Deno.test("a replacement asked and done before ('the mixer replacement request was sorted') asks none", () => {
  assert.equal(
    asksForReplacement(
      "wow you guys are fast, the mixer replacement request was sorted so quickly last time",
    ),
    false,
  );
  assert.equal(asksForReplacement("can i put in a replacement request for the mixer"), true);
});

Deno.test("goods set aside after 'instead of' or 'rather than' ask for no replacement", () => {
  assert.equal(
    asksForReplacement(
      "thinking i might just get a refund for the mixer instead of waiting for a new one",
    ),
    false,
  );
  assert.equal(asksForReplacement("refund it rather than a replacement"), false);
  assert.equal(asksForReplacement("send a new one instead of a refund"), true);
});

Deno.test("'replace just that' / 'replace only the frother' ask for a replacement of that item", () => {
  assert.ok(asksForReplacement("the milk frother from 1002 is broken, can you replace just that"));
  assert.ok(asksForReplacement("replace only the frother pls"));
  assert.ok(!asksForReplacement("just refund the frother"));
});
