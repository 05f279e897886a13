import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("a call back asked for is acted on (proposed), not queued for a chat", () => {
  for (
    const text of ["can someone call me? 555-0134", "call me tomorrow after 3pm on 07700 900123"]
  ) {
    const d = decide(turnWith({
      text,
      who: "sarah",
      intent: intentOf("human_agent", text, { confidence: 0.96 }),
    }));
    assert.equal(d.action, "act", text);
    assert.ok(d.steps.includes("execution"));
    assert.match(d.reasons.join(" "), /call back/);
  }
});

Deno.test("the time and number given after we asked carry the call back on", () => {
  const text = "tomorrow at 10am, 206 555 0142";
  const d = decide(turnWith({
    text,
    who: "sarah",
    intent: intentOf("other", text, { confidence: 0.4 }),
    session: {
      dialogue: {
        focus: null,
        mentioned: [],
        unanswered: [],
        asked: { slot: "callback", intent: "human_agent", order_id: null, text: "call me" },
      },
    },
  }));
  assert.equal(d.action, "act");
});

Deno.test("a guest asking for a call back is handed to a person (no change for a guest)", () => {
  const text = "call me back at 555-0134 please";
  const d = decide(turnWith({ text, intent: intentOf("human_agent", text, { confidence: 0.9 }) }));
  assert.equal(d.action, "handoff");
});

Deno.test("the courier calling them is no call back asked", () => {
  const text = "the courier called me but I missed it, where is my parcel";
  const d = decide(turnWith({
    text,
    who: "sarah",
    intent: intentOf("order_status", text, { confidence: 0.9 }),
    context: castContext("sarah", { order: "ORD-1001" }),
  }));
  assert.doesNotMatch(d.reasons.join(" "), /call back/);
});
