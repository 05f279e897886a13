import assert from "node:assert/strict";
import { lostParcelRemedy } from "./own_remedy.ts";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, sentimentOf, turnWith } from "../../tests/fixtures/turns.ts";

function emma(text: string, intent: Parameters<typeof intentOf>[0], order = "ORD-3001") {
  return turnWith({
    text,
    who: "emma",
    intent: intentOf(intent, text),
    sentiment: sentimentOf("negative", { urgency: "high", is_complaint: true }),
    context: castContext("emma", { order }),
  });
}

Deno.test("an upset VIP whose parcel is lost is offered the store's remedy, not a queue", () => {
  const msg = emma("my parcel ORD-3001 never came", "delivery_problem");
  assert.match(lostParcelRemedy(msg)!, /carrier lost ORD-3001/);
  const d = decide(msg);
  assert.equal(d.action, "act");
  assert.ok(d.include_execution);
});

Deno.test("a person is still there on request, and other upset VIP turns still go to one", () => {
  assert.equal(decide(emma("I want a manager about ORD-3001", "human_agent")).action, "handoff");
  const damaged = emma("ORD-3002 arrived broken, furious", "delivery_problem", "ORD-3002");
  assert.equal(lostParcelRemedy(damaged), null);
  assert.equal(decide(damaged).action, "handoff");
});
