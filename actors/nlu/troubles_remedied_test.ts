import assert from "node:assert/strict";
import type { IntentRequest } from "../../shared/protocol.ts";
import { withoutTroublesRemedied } from "./troubles_remedied.ts";

const req = (intent: IntentRequest["intent"], text: string): IntentRequest => ({
  intent,
  confidence: 0.7,
  text,
  start: 0,
  end: text.length,
});
const names = (part: string) =>
  [["vacuum", "vacuum"], ["mixer", "mixer"], ["ORD-3001", "ORD-3001"]]
    .filter(([w]) => part.includes(w)).map(([, k]) => k);

Deno.test("troubles told beside the remedies asked for the same goods are their reasons", () => {
  const lost = req("delivery_problem", "Firstly, my robot vacuum (ORD-3001) has not arrived");
  const broken = req("delivery_problem", "Secondly, the stand mixer I received was damaged");
  const asked = req("refund_request", "a refund for the vacuum and a replacement for the mixer");
  assert.deepEqual(withoutTroublesRemedied([lost, broken, asked], names), [asked]);
});

Deno.test("a trouble of other goods, or a question, stays a request", () => {
  const lost = req("delivery_problem", "my vacuum never came");
  const asked = req("refund_request", "refund the mixer please");
  assert.deepEqual(withoutTroublesRemedied([lost, asked], names), [lost, asked]);
  const both = req("delivery_problem", "my mixer arrived cracked and the vacuum never came");
  const mixer = req("refund_request", "I'd like a replacement for the mixer please");
  assert.deepEqual(withoutTroublesRemedied([both, mixer], names), [both, mixer]);
  const where = req("delivery_problem", "where is my vacuum?");
  const back = req("return_item", "can I return the vacuum");
  assert.deepEqual(withoutTroublesRemedied([where, back], names), [where, back]);
});
