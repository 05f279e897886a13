import assert from "node:assert/strict";
import { faultDenied } from "./fault_denied.ts";
import { viewOf } from "./view.ts";
import { FIXTURE_NOW, turnWith } from "../../tests/fixtures/turns.ts";
import type { SentimentEnrichment } from "../../shared/protocol.ts";

const praise = (signal: string): SentimentEnrichment => ({
  label: "positive",
  score: 0.2,
  urgency: "low",
  is_complaint: false,
  confidence: 0.6,
  signals: ["negation", signal],
});

Deno.test("a fault denied, read as a complaint, is feedback to thank", () => {
  const v = viewOf(
    turnWith({
      text: "I've no issues with it at all",
      who: "mike",
      intent: "complaint",
      sentiment: praise("litotes"),
    }),
    FIXTURE_NOW,
  );
  assert.equal(faultDenied(v)?.intent, "feedback");
});

Deno.test("a complaint, a question or a plain positive reading is left as it is", () => {
  const view = (text: string, sentiment: SentimentEnrichment | "positive") =>
    viewOf(turnWith({ text, who: "mike", intent: "complaint", sentiment }), FIXTURE_NOW);
  assert.equal(faultDenied(view("no issues with it at all?", praise("litotes"))), null);
  assert.equal(faultDenied(view("I want to complain", "positive")), null);
});
