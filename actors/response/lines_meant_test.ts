import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { castContext, fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("a fault told right after asking about one item of the order is that item's", async () => {
  const context = castContext("sarah", { order: "ORD-1002" });
  const machine = context.order!.items.find((l) => l.name === "Espresso Machine")!;
  const t = turnWith({
    text: "it started leaking yesterday",
    who: "sarah",
    intent: "delivery_problem",
    context,
    decision: "act",
  });
  const r = await responseActor.process(
    t,
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  // Without the product looked up before, the whole order is meant.
  assert.match(r.enrichment!.text, /428\.00 USD/);
  const withTold = turnWith({
    text: "it started leaking yesterday",
    who: "sarah",
    intent: "delivery_problem",
    context,
    decision: "act",
    session: {
      dialogue: { focus: null, mentioned: [], unanswered: [], products: [machine.sku] },
    },
  });
  const d =
    (await responseActor.process(withTold, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx()))
      .enrichment!;
  assert.match(d.text, /Espresso Machine from order ORD-1002 is ours to put right/);
  assert.match(d.text, /399\.00 USD/);
  assert.doesNotMatch(d.text, /428\.00|perfect condition/);
});
