import assert from "node:assert/strict";
import { changeAbout, personDeclined } from "./person_beside.ts";

Deno.test("a person turned down is read; a person asked for after a no to waiting is not", () => {
  assert.equal(personDeclined("no need to talk to a person, just cancel ORD-1003 please"), true);
  assert.equal(personDeclined("I don't want a human, just tell me where it is"), true);
  assert.equal(personDeclined("i don't want to wait, get me a human"), false);
  assert.equal(personDeclined("get me a manager"), false);
});

Deno.test("the change a person is asked for about is named", () => {
  assert.equal(changeAbout("I want to talk to a person about cancelling ORD-1003"), "cancel_order");
  assert.equal(changeAbout("can I speak to someone about returning my shoes"), "return_item");
  assert.equal(changeAbout("I want to speak to someone about my refund"), null);
});
