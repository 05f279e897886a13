import assert from "node:assert/strict";
import { asksDeliveryNote, asksInstruction, asksNobodyIn } from "./delivery_note.ts";
import { asksAboutSomeoneElse } from "./someone_else.ts";
import { asksForCompensation } from "./compensation.ts";

Deno.test("instructions for the delivery are read as such", () => {
  for (
    const t of [
      "can you leave it with my neighbour at 12?",
      "and the shoes, can they be left at the back door when they come?",
      "can my wife sign for the keyboard if im not home",
      "please tell the driver to leave it at reception",
    ]
  ) assert.ok(asksDeliveryNote(t), t);
  for (const t of ["where is my parcel", "leave me alone", "i left a review"]) {
    assert.equal(asksDeliveryNote(t), false, t);
  }
  // The order named by its number between the verb and the place.
  assert.ok(asksInstruction("can you leave ORD-1001 with my neighbour if I'm out?"));
});

Deno.test("'and if I'm not home?' asks what happens when nobody is in, and gives no instruction", () => {
  for (
    const t of ["and if I'm not home?", "what if nobody's in when it comes", "in case we are out"]
  ) {
    assert.ok(asksNobodyIn(t), t);
    assert.ok(asksDeliveryNote(t), t);
    assert.equal(asksInstruction(t), false, t);
  }
  for (const t of ["what if i'm home by 5", "will it come when i'm at home?"]) {
    assert.equal(asksNobodyIn(t), false, t);
  }
});

Deno.test("a person named alone is no owner of the order; their order or account is", () => {
  const sarah = { email: "sarah.chen@example.com", firstName: "Sarah" };
  assert.equal(asksAboutSomeoneElse("can you leave it with my neighbour at 12?", sarah), false);
  assert.equal(asksAboutSomeoneElse("can my husband sign for it", sarah), false);
  assert.ok(asksAboutSomeoneElse("where is my husband's order", sarah));
  assert.ok(asksAboutSomeoneElse("check my wifes account", sarah));
});

Deno.test("'anything you can do to make up for it' asks for compensation", () => {
  assert.ok(asksForCompensation("is there anything you can do to make up for it?"));
  assert.ok(asksForCompensation("how will you make up for the delay"));
});
