import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import { lateOptionsRemedy } from "./late_options.ts";

function turn(text: string, order: string, focus: string | null) {
  const who = order === "ORD-2001" ? "mike" : "sarah";
  return turnWith({
    text,
    who,
    intent: intentOf("order_status", text),
    context: castContext(who, { order }),
    session: {
      dialogue: {
        focus: focus ? { order_id: focus, why: "explicit" } : null,
        mentioned: [],
        unanswered: [],
      },
    },
  });
}

Deno.test("'what can you do about it' right after a late parcel's news carries execution", () => {
  const msg = turn("What can you do about it", "ORD-2001", "ORD-2001");
  assert.match(lateOptionsRemedy(msg) ?? "", /ORD-2001, late/);
  assert.ok(decide(msg).steps.includes("execution"));
});

Deno.test("no late parcel, no order just told, or no question of options: no remedy", () => {
  assert.equal(lateOptionsRemedy(turn("what can you do about it", "ORD-1001", "ORD-1001")), null);
  assert.equal(lateOptionsRemedy(turn("What can you do about it", "ORD-2001", null)), null);
  assert.equal(lateOptionsRemedy(turn("where is it now", "ORD-2001", "ORD-2001")), null);
});
