import assert from "node:assert/strict";
import { afterTurnBack } from "./turn_back.ts";

Deno.test("a request withdrawn in the same message leaves only what follows the turn-back", () => {
  assert.equal(
    afterTurnBack("cancel ORD-2002... actually wait, no, where is the keyboard"),
    "where is the keyboard",
  );
  assert.equal(
    afterTurnBack("refund my headphones, scratch that, I want a replacement"),
    "I want a replacement",
  );
  assert.equal(
    afterTurnBack("cancel it. on second thought, just track it please"),
    "just track it please",
  );
});

Deno.test("no turn-back, or one with nothing withdrawn or nothing after it, changes nothing", () => {
  assert.equal(afterTurnBack("where is ORD-1001"), null);
  assert.equal(afterTurnBack("actually no"), null);
  assert.equal(afterTurnBack("never mind, where is my order"), null);
  assert.equal(afterTurnBack("cancel ORD-1003, actually no"), null);
  assert.equal(afterTurnBack("I know nothing about it"), null);
});
