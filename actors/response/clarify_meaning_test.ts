/**
 * A clarifying question offering one reading remembers it with the customer's words, so a
 * yes carries on as that request; a question of several readings, or asking which order,
 * remembers none.
 */
import assert from "node:assert/strict";
import { castContext, intentOf } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const TEXT = "22 Baker St London, moving next week";

Deno.test("one reading offered: the question remembers it with the customer's words", async () => {
  const r = await reply({
    text: TEXT,
    who: "sarah",
    intent: intentOf("other", TEXT, {
      confidence: 0.4,
      alternatives: [{ intent: "change_address", confidence: 0.3 }],
    }),
    context: castContext("sarah"),
    decision: "clarify",
  });
  assert.match(r.text, /would you like to change a delivery address\?/);
  assert.deepEqual(r.asks, {
    slot: "meaning",
    intent: "change_address",
    order_id: null,
    text: TEXT,
  });
});

Deno.test("several readings offered: nothing is remembered for a yes", async () => {
  const r = await reply({
    text: TEXT,
    who: "sarah",
    intent: intentOf("other", TEXT, {
      confidence: 0.4,
      alternatives: [
        { intent: "change_address", confidence: 0.3 },
        { intent: "return_item", confidence: 0.2 },
      ],
    }),
    context: castContext("sarah"),
    decision: "clarify",
  });
  assert.equal(r.asks, undefined);
});
