import assert from "node:assert/strict";
import { emojiOpening } from "./emoji_alone.ts";
import type { TurnView } from "./view.ts";

const view = (text: string, firstTurn = true) =>
  ({ text, name: "Emma", msgId: "m1", pending: null, firstTurn }) as unknown as TurnView;

Deno.test("an emoji alone opening the conversation is a hello, not thanks for nothing done", () => {
  for (const t of ["🙏", "❤️", "🙌🙌"]) {
    const d = emojiOpening(view(t));
    assert.ok(d, t);
    assert.match(d.text, /^(?:Hi|Hello) Emma!/);
    assert.doesNotMatch(d.text, /happy to help|you're welcome/i);
  }
});

Deno.test("after the first turn, or with words, the emoji thanks as before", () => {
  assert.equal(emojiOpening(view("🙏", false)), null);
  assert.equal(emojiOpening(view("thanks 🙏")), null);
});
