/** A guest who answers "which email?" with the order number is not sent the same two lines again. */
import assert from "node:assert/strict";
import { entitiesIn } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const ASKED = "Happy to look into that. Orders are private, so I need to confirm who you are " +
  "first. Please sign in, or tell me the email address you ordered with, and I'll take it from there.";

Deno.test("the order number given instead of the email is taken in, the email asked once more", async () => {
  const r = await reply({
    text: "its ORD-1003",
    intent: {
      intent: "order_status",
      confidence: 0.8,
      alternatives: [],
      entities: entitiesIn("its ORD-1003"),
      source: "classifier",
    },
    session: { turn: 2, dialogue: { focus: null, mentioned: [], unanswered: [], replied: ASKED } },
  });
  assert.equal(r.template, "identify_again");
  assert.match(r.text, /noted the order number/);
  assert.match(r.text, /email address you ordered with/);
  assert.doesNotMatch(r.text, /ORD-1003/);
  // Asked the first time, the plain ask.
  const first = await reply({
    text: "where is my order",
    intent: "order_status",
    session: { turn: 1 },
  });
  assert.equal(first.template, "identify");
});
