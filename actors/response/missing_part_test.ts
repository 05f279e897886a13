import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { castContext, fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

const turn = (text: string, intent: "delivery_problem" | "refund_request") =>
  responseActor.process(
    turnWith({
      text,
      who: "sarah",
      intent,
      context: castContext("sarah", { order: "ORD-1002" }),
      decision: "act",
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );

Deno.test("a part missing from one item: that item's refund, and a complete one offered", async () => {
  const d = (await turn("my espresso machine came without the water tank", "delivery_problem"))
    .enrichment!;
  assert.match(d.text, /Espresso Machine in order ORD-1002 should have come complete/);
  assert.match(d.text, /refund 399\.00 USD/);
  assert.match(d.text, /complete Espresso Machine/);
  assert.doesNotMatch(d.text, /428\.00|wrong item|right item|colleague/);
  const refund = d.proposed_actions?.find((a) => a.type === "refund");
  assert.equal(refund?.params.amount, 399);
  assert.equal(refund?.params.reason, "Missing part: water tank");
});

Deno.test("a whole item missing is no part of another", async () => {
  const d = (await turn("ORD-1002 arrived but the frother wasn't in the box", "delivery_problem"))
    .enrichment!;
  assert.doesNotMatch(d.text, /should have come complete/);
  assert.match(d.text, /29\.00 USD/);
});
