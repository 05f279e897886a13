/** "The water bottles" then "could you take one of them off?": that line, not "which item?". */
import assert from "node:assert/strict";
import type { Dialogue } from "../../shared/protocol.ts";
import { castContext, entitiesIn } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const said = (text: string): Dialogue => ({
  focus: { order_id: "ORD-1003", why: "focus" },
  mentioned: ["ORD-1003"],
  unanswered: [],
  said: text,
});
const turn = (text: string, before: string) => ({
  text,
  who: "sarah" as const,
  intent: {
    intent: "modify_order" as const,
    confidence: 0.8,
    alternatives: [],
    entities: entitiesIn(text, { quantities: [{ value: 1, item: "them off" }] }),
    source: "classifier" as const,
  },
  decision: "act" as const,
  context: castContext("sarah", { order: "ORD-1003" }),
  session: { turn: 2, dialogue: said(before) },
});

Deno.test("the one line the message before named is the one 'one of them' changes", async () => {
  const r = await reply(turn("could you take one of them off?", "the water bottles"));
  assert.equal(r.template, "modify_proposed");
  assert.match(r.text, /Insulated Water Bottle from 2 to 1/);
  // A change of its own before is not read into this one.
  const ask = await reply(turn("could you take one of them off?", "change the bottles to 3"));
  assert.notEqual(ask.template, "modify_proposed");
});
