import assert from "node:assert/strict";
import { threatGivenUp } from "./threat_withdrawn.ts";
import { sharedSentimentModel } from "./sentiment_model.ts";
import { THREAT_PATTERNS } from "./sentiment_signals.ts";

const threatens = (w: string) => THREAT_PATTERNS.some(([, re]) => re.test(w.toLowerCase()));

Deno.test("a threat told as given up threatens nothing; one still meant does", () => {
  for (
    const t of [
      "I was going to leave a 1 star review but your colleague fixed everything, so 5 stars instead :)",
      "i was about to do a chargeback, glad i didn't",
      "I nearly reported you to trading standards but it's sorted now",
    ]
  ) assert.ok(threatGivenUp(t, threatens), t);
  for (
    const t of [
      "I'm going to leave a 1 star review",
      "if this isn't sorted I'll do a chargeback",
      "I was going to wait but I'm calling my lawyer now",
    ]
  ) assert.equal(threatGivenUp(t, threatens), false, t);
});

Deno.test("a review threat given up is not critical, and not negative", () => {
  const r = sharedSentimentModel().analyse(
    "I was going to leave a 1 star review but your colleague fixed everything, so 5 stars instead :)",
  );
  assert.notEqual(r.urgency, "critical");
  assert.notEqual(r.label, "negative");
  assert.ok(r.signals?.includes("threat_given_up"));
});
