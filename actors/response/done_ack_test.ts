import assert from "node:assert/strict";
import { doneAcknowledged } from "./done_ack.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { Intent } from "../../shared/protocol.ts";

function view(text: string, last: Intent, done = true) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("feedback", text),
    context: castContext("sarah"),
    session: {
      last_intent: last,
      dialogue: {
        focus: null,
        mentioned: [],
        unanswered: [],
        ...(done
          ? { done: { type: "return_item", order_id: "ORD-1002", at: "2026-12-07T10:00:00Z" } }
          : {}),
      },
    },
  });
  return viewOf(msg, new Date(msg.created_at));
}

Deno.test("'great' right after a change was carried out is an acknowledgement, not praise", () => {
  for (const text of ["great", "Perfect!", "awesome thanks", "ok cool 👍"]) {
    const d = doneAcknowledged(view(text, "affirm"), "neutral");
    assert.equal(d?.template, "done_ack", text);
    assert.match(d?.text ?? "", /Glad that's sorted, Sarah!/);
    assert.doesNotMatch(d?.text ?? "", /review/);
  }
});

Deno.test("praise of goods, or 'great' with nothing just done, is left to the praise reply", () => {
  assert.equal(doneAcknowledged(view("the headphones are great", "affirm"), "neutral"), null);
  assert.equal(doneAcknowledged(view("great", "order_status"), "neutral"), null);
  assert.equal(doneAcknowledged(view("great", "affirm", false), "neutral"), null);
});
