import assert from "node:assert/strict";
import { bothChosen } from "./both_chosen.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import { asksForBoth } from "../../domain/both_asked.ts";
import type { AskedFor } from "../../shared/protocol.ts";

const CHOICE: AskedFor = {
  slot: "choice",
  intent: "delivery_problem",
  order_id: "ORD-3001",
  options: ["refund", "replacement"],
};

function reply(text: string, asked: AskedFor | null = CHOICE) {
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("other", text, { confidence: 0.3 }),
    context: castContext("emma", { order: "ORD-3001" }),
    session: { dialogue: { focus: null, mentioned: [], unanswered: [], asked } },
  });
  return bothChosen(viewOf(msg, new Date(msg.created_at)), "neutral");
}

Deno.test("'both' to a refund or a replacement is told why it is one or the other, and asked again", () => {
  for (const t of ["both", "can i have both?", "why not both lol", "both please"]) {
    const d = reply(t);
    assert.ok(d, t);
    assert.match(d.text, /one or the other for order ORD-3001, not both/);
    assert.match(d.text, /Robot Vacuum Cleaner/);
    assert.deepEqual(d.asks, CHOICE);
    assert.deepEqual(d.proposed_actions, []);
  }
});

Deno.test("no choice offered, or one of them only, is no 'both'", () => {
  assert.equal(reply("both", null), null);
  assert.equal(asksForBoth("neither, just find it"), false);
  assert.equal(asksForBoth("not both, just the refund"), false);
  assert.equal(
    asksForBoth("I would like both of my orders to be checked because neither arrived on time"),
    false,
  );
});
