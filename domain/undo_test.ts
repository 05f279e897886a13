/** Taking a change back: asked for in many words, answered per kind of change. */
import assert from "node:assert/strict";
import { asksToUndo, undoSentences } from "./undo.ts";

Deno.test("asking to take a change back is read in its many words", () => {
  for (
    const text of [
      "can you undo that",
      "please reverse it",
      "I want to uncancel my order",
      "change it back please",
      "cancel the cancellation",
    ]
  ) {
    assert.ok(asksToUndo(text), text);
  }
  for (const text of ["cancel my order", "I want to return it", "where is it?"]) {
    assert.ok(!asksToUndo(text), text);
  }
});

Deno.test("a cancellation or a refund cannot be taken back; an address or items can be changed again", () => {
  const at = "2026-11-25T12:00:00Z";
  assert.match(
    undoSentences({ type: "cancel_order", order_id: "ORD-1003", at }).join(" "),
    /can't be undone.*order them again/,
  );
  assert.match(
    undoSentences({ type: "refund", order_id: "ORD-1002", at }).join(" "),
    /can't take it back/,
  );
  assert.match(
    undoSentences({ type: "change_address", order_id: "ORD-1003", at }).join(" "),
    /change it again/,
  );
  assert.match(
    undoSentences({ type: "modify_items", order_id: "ORD-1003", at }).join(" "),
    /quantities again/,
  );
  assert.match(
    undoSentences({ type: "expedite_delivery", order_id: "ORD-1001", at }).join(" "),
    /colleague/,
  );
});

Deno.test("regret of a change just made is read as asking to take it back", () => {
  for (
    const text of [
      "wait, I didn't mean that",
      "Wait what? I didn't say cancel that, I said check it",
      "i changed my mind, i'm keeping it",
      "oh no I wanted to keep the frother",
      "oops wrong order, i meant to keep that one",
      "noooo I clicked the wrong thing, bring it back",
      "I cancelled that order in error by mistake",
      "hmm was that by accident... can it be reactivated",
      "can you put it back",
      "I accidentally cancelled it",
      "that was a mistake, undo",
    ]
  ) {
    assert.ok(asksToUndo(text), text);
  }
});

Deno.test("another remedy wanted, or money asked after, is no regret", () => {
  for (
    const text of [
      "I didn't want a refund, I wanted a replacement instead",
      "i'd rather have a refund",
      "when will I get it back?",
      "thanks, I'll keep you posted",
      "my bad, 2003 was my brothers",
      "i typed 2003 by mistake, i meant 2002",
    ]
  ) {
    assert.ok(!asksToUndo(text), text);
  }
});

Deno.test("'yeah no wait, keep it' right after a cancellation is regret: asked to take it back", () => {
  for (
    const text of ["yeah no wait, keep it", "hang on, don't cancel it", "actually I'll keep it"]
  ) {
    assert.ok(asksToUndo(text), text);
  }
  assert.ok(!asksToUndo("can I keep the box?"));
});
