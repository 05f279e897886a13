import assert from "node:assert/strict";
import { askedRemedy, lostParcelRemedy } from "./own_remedy.ts";
import { asksForReplacement } from "../../domain/intents.ts";
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

Deno.test("an upset VIP who asks for a remedy the store can give is offered it, not a queue", () => {
  const replace = emma("ORD-3002 arrived smashed, replace it", "delivery_problem", "ORD-3002");
  assert.match(askedRemedy(replace)!, /replacement of ORD-3002/);
  assert.equal(decide(replace).action, "act");
  // The classifier may read the words as anything: asking for a new one is what counts.
  const lost = emma("3001 is lost, send me a new one", "other");
  assert.equal(decide(lost).action, "act");
  const refund = emma("ORD-3002 came broken, I want my money back", "refund_request", "ORD-3002");
  assert.match(askedRemedy(refund)!, /refund of ORD-3002/);
  assert.equal(decide(refund).action, "act");
  const back = emma("how do I return the mixer? it's broken", "return_item", "ORD-3002");
  assert.match(askedRemedy(back)!, /return ORD-3002/);
  assert.equal(decide(back).action, "act");
});

Deno.test("a remedy the store cannot give, or none asked for, still goes to a person", () => {
  // Delivered, but no damage told: no replacement is possible, so a person settles it.
  const intact = emma("ORD-3002 replace it, I'm furious", "complaint", "ORD-3002");
  const noDamage = {
    ...intact,
    payload: {
      ...intact.payload,
      context: {
        ...intact.payload.context!,
        order: { ...intact.payload.context!.order!, reported_issue: null },
      },
    },
  };
  assert.equal(askedRemedy(noDamage), null);
  assert.equal(decide(noDamage).action, "handoff");
  const upset = emma(
    "ORD-3002 arrived damaged, the vase is broken. Very upset.",
    "delivery_problem",
    "ORD-3002",
  );
  assert.equal(askedRemedy(upset), null);
  assert.equal(decide(upset).action, "handoff");
});

Deno.test("'send a whole new one' asks for a replacement; a return read only unsurely is not offered", () => {
  assert.ok(asksForReplacement("ok then send a whole new one"));
  assert.ok(asksForReplacement("I'd rather have a brand new one"));
  assert.ok(asksForReplacement("can you send me the right item"));
  const unsure = emma("ok then what", "return_item", "ORD-3002");
  const read = { ...unsure.payload.intent!, confidence: 0.36 };
  assert.equal(askedRemedy({ ...unsure, payload: { ...unsure.payload, intent: read } }), null);
});
