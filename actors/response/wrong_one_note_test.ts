import assert from "node:assert/strict";
import { withWrongOneNote } from "./wrong_one_note.ts";
import type { Draft, TurnView } from "./view.ts";

const DRAFT: Draft = {
  text: "Order ORD-2001 already shipped, and cancelling is only possible until an order ships.",
  tone: "neutral",
  proposed_actions: [],
  template: "cancel_refused",
};

function view(text: string, pending = false): TurnView {
  return {
    text,
    pending: pending ? {} : null,
    done: { type: "cancel_order", order_id: "ORD-2002", at: "2026-06-15T11:00:00Z" },
  } as unknown as TurnView;
}

Deno.test("'oops wrong one' after a cancellation first says the cancellation stands", () => {
  const d = withWrongOneNote(view("oops wrong one, i meant the keyboard"), DRAFT);
  assert.match(d.text, /^I'm afraid a cancellation can't be undone: order ORD-2002 is cancelled/);
  assert.match(d.text, /ORD-2001 already shipped/);
});

Deno.test("no correction, a change waiting, or an answer about the changed order: as drafted", () => {
  assert.equal(withWrongOneNote(view("where is the keyboard"), DRAFT), DRAFT);
  assert.equal(withWrongOneNote(view("wrong one, i meant the keyboard", true), DRAFT), DRAFT);
  const same = { ...DRAFT, text: "Order ORD-2002 is cancelled." };
  assert.equal(withWrongOneNote(view("wrong order, i meant 2002"), same), same);
});
