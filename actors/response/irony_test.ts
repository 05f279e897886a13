import assert from "node:assert/strict";
import { ironyReply } from "./irony.ts";
import type { TurnView } from "./view.ts";

const view = (text: string, signals: string[], firstTurn = true) =>
  ({
    text,
    name: "Sarah",
    pending: null,
    firstTurn,
    sentiment: { label: "negative", score: -0.1, signals, is_complaint: false },
  }) as unknown as TurnView;

Deno.test("praise in irony is owned and offered two ways on, never greeted", () => {
  const d = ironyReply(view("love being ignored, really great customer service", ["irony"]));
  assert.ok(d);
  assert.match(d.text, /sorry, Sarah — it sounds like we've let you down/);
  assert.match(d.text, /member of our team/);
  assert.doesNotMatch(d.text, /^Hello|what can I do for you today/i);
  const later = ironyReply(view("Best. Service. Ever. 🙄", ["emoji", "irony"], false));
  assert.match(later!.text, /isn't what you wanted to hear/);
});

Deno.test("sincere praise, or thanks in irony, is left to the other replies", () => {
  assert.equal(ironyReply(view("Best. Service. Ever.", [])), null);
  assert.equal(ironyReply(view("thanks for nothing", ["irony"])), null);
});
