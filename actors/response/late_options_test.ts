import assert from "node:assert/strict";
import { lateOptions } from "./late_options.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function answer(text: string, who: "mike" | "sarah", order: string) {
  const context = castContext(who, { order });
  const msg = turnWith({
    text,
    who,
    intent: intentOf("order_status", text),
    context,
    session: {
      dialogue: { focus: { order_id: order, why: "explicit" }, mentioned: [], unanswered: [] },
    },
  });
  return lateOptions(
    viewOf(msg, new Date(msg.created_at)),
    "neutral",
    context.order!,
    context.tracking,
  );
}

Deno.test("'what can you do about it' after a late parcel's news proposes the carrier's investigation", () => {
  const d = answer("What can you do about it", "mike", "ORD-2001");
  assert.equal(d?.proposed_actions[0]?.type, "carrier_investigation");
  assert.match(d!.text, /open an investigation with FedEx/);
});

Deno.test("after the news of a parcel on time: nothing to do yet, nothing proposed", () => {
  const d = answer("what can you do about it", "sarah", "ORD-1001");
  assert.match(d!.text, /nothing you need to do yet/);
  assert.equal(d!.proposed_actions.some((a) => a.type === "carrier_investigation"), false);
  assert.equal(answer("where is it now", "sarah", "ORD-1001"), null);
});
