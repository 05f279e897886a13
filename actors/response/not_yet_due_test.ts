/** "They havent come yet" right after the news of a parcel on time: not late yet, in two lines. */
import assert from "node:assert/strict";
import type { Dialogue } from "../../shared/protocol.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const after = (order: string): Partial<Dialogue> => ({
  focus: { order_id: order, why: "focus" },
  mentioned: [order],
  unanswered: [],
  topic: "delivery_problem",
});

Deno.test("'they havent come yet' after an on-time parcel's news is told it is not late yet", async () => {
  const r = await reply({
    text: "they havent come yet",
    who: "sarah",
    intent: "delivery_problem",
    decision: "act",
    context: castContext("sarah", { order: "ORD-1001" }),
    session: {
      last_intent: "delivery_problem",
      dialogue: after("ORD-1001") as Dialogue,
      turn: 3,
    },
  });
  assert.equal(r.template, "delivery_not_yet_due");
  assert.match(r.text, /isn't late yet/);
  assert.doesNotMatch(r.text, /tracking number|shouldn't have happened/);
  // Asked afresh, with no news told before, the parcel's news is told.
  const fresh = await reply({
    text: "my headphones havent come yet",
    who: "sarah",
    intent: "delivery_problem",
    decision: "act",
    context: castContext("sarah", { order: "ORD-1001" }),
  });
  assert.notEqual(fresh.template, "delivery_not_yet_due");
});
