import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { castContext, fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("a change refused for a lost parcel offers its refund or replacement, not a return", async () => {
  const r = await responseActor.process(
    turnWith({
      text: "I want to change the address of ORD-3001",
      who: "emma",
      intent: "change_address",
      context: castContext("emma", { order: "ORD-3001" }),
      decision: "act",
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  const d = r.enrichment!;
  assert.match(
    d.text,
    /marked its parcel as lost, so I can refund it in full or send a replacement/,
  );
  assert.doesNotMatch(d.text, /Once it's delivered/);
  assert.deepEqual(d.asks?.options, ["refund", "replacement"]);
});
