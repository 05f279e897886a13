import assert from "node:assert/strict";
import { receivedAnothersParcel } from "./wrong_parcel.ts";
import { asksAboutSomeoneElse, saysOrderIsAnothers } from "./someone_else.ts";

Deno.test("a parcel of another's delivered to them is a delivery gone wrong, not privacy", () => {
  for (
    const t of [
      "I received someone else's order",
      "you sent me somebody else's package",
      "got someone elses parcel today",
      "someone else's order arrived at my door",
      "a box that isn't mine was delivered",
    ]
  ) {
    assert.ok(receivedAnothersParcel(t), t);
    assert.equal(
      asksAboutSomeoneElse(t, { email: "mike.johnson@example.com", firstName: "Mike" }),
      false,
      t,
    );
    assert.equal(saysOrderIsAnothers(t), false, t);
  }
  // Asking about another's order stays the privacy rule.
  for (const t of ["where is someone else's order", "it's my wife's order, where is it"]) {
    assert.ok(!receivedAnothersParcel(t), t);
  }
  assert.ok(
    asksAboutSomeoneElse("it's my wife's order, where is it", { email: null, firstName: null }),
  );
});

Deno.test("one parcel too many, beside their own order come, is a parcel of another's", () => {
  for (
    const text of [
      "no, my own mixer order came, but a second box also came",
      "I got two boxes, one isn't mine",
      "an extra parcel arrived today",
    ]
  ) assert.equal(receivedAnothersParcel(text), true, text);
  assert.equal(receivedAnothersParcel("can you send another box for the return?"), false);
});
