import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(text: string, done: boolean): Promise<ResponseEnrichment> {
  const r = await responseActor.process(
    turnWith({
      text,
      who: "sarah",
      intent: intentOf("return_item", text),
      context: castContext("sarah", { order: "ORD-1002" }),
      decision: "act",
      session: {
        dialogue: {
          focus: { order_id: "ORD-1002", why: "focus" },
          mentioned: ["ORD-1002"],
          unanswered: [],
          done: done
            ? { type: "return_item", order_id: "ORD-1002", at: "2026-11-25T12:00:00Z" }
            : null,
        },
      },
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("'do I need to print a label?' right after a return was opened is answered about it", async () => {
  for (const text of ["and do I need to print a label?", "where do I drop it off?"]) {
    const r = await reply(text, true);
    assert.equal(r.template, "return_how_to_send", text);
    assert.deepEqual(r.proposed_actions, [], `${text}: no second return proposed`);
    assert.match(r.text, /ORD-1002 is open/);
    assert.match(r.text, /14 days/);
  }
  // Asked for more, or with no return made: a request of its own.
  assert.notEqual(
    (await reply("can I return the frother too?", true)).template,
    "return_how_to_send",
  );
  assert.notEqual(
    (await reply("do I need to print a label?", false)).template,
    "return_how_to_send",
  );
});

Deno.test("a swap asked for right after a return was opened: how it is done here, nothing proposed", async () => {
  for (
    const text of [
      "wait, can i exchange it for a different model instead?",
      "can I swap it for another one?",
    ]
  ) {
    const r = await reply(text, true);
    assert.equal(r.template, "return_swap", text);
    assert.deepEqual(r.proposed_actions, [], text);
    assert.match(r.text, /don't swap items directly/);
    assert.match(r.text, /ORD-1002 is open/);
  }
  assert.notEqual(
    (await reply("can I exchange it for a different model?", false)).template,
    "return_swap",
    "no return made: the exchange policy's own answer",
  );
});
