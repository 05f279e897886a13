import assert from "node:assert/strict";
import type { IntentRequest } from "../../shared/protocol.ts";
import { withoutFaultBesideRemedy } from "./fault_beside_remedy.ts";
import { toldDefect } from "./defect_reported.ts";

const req = (intent: IntentRequest["intent"], text: string): IntentRequest => ({
  intent,
  confidence: 0.6,
  text,
  start: 0,
  end: text.length,
});

Deno.test("a fault told beside the return asked for is the return's reason, no product question", () => {
  const fault = req(
    "product_question",
    "Hi, I bought the espresso machine last week and the milk frother doesn't heat",
  );
  const back = req("return_item", "Can I return just the frother?");
  assert.deepEqual(withoutFaultBesideRemedy([back, fault]), [back]);
  const where = req("order_status", "when do my headphones arrive?");
  assert.deepEqual(withoutFaultBesideRemedy([where, back, fault]), [where, back]);
});

Deno.test("without a remedy asked, or with a real product question, every part stays", () => {
  const fault = req("product_question", "the milk frother doesn't heat");
  const where = req("order_status", "where are my headphones");
  assert.deepEqual(withoutFaultBesideRemedy([where, fault]), [where, fault]);
  const asks = req("product_question", "does the frother heat the milk?");
  const back = req("return_item", "can I return the frother");
  assert.deepEqual(withoutFaultBesideRemedy([back, asks]), [back, asks]);
});

Deno.test("'doesn't heat', 'won't power up' tell a fault; a supposed one or a card's does not", () => {
  for (
    const t of [
      "the milk frother doesn't heat",
      "my milk frother doesn't heat up",
      "the headphones wont even power up",
    ]
  ) assert.equal(toldDefect(t), true, t);
  for (
    const t of [
      "does the frother heat the milk?",
      "what if it doesn't heat",
      "my card doesn't work",
    ]
  ) assert.equal(toldDefect(t), false, t);
});

Deno.test("a part read as the order's trouble for its fault alone goes beside a return asked", () => {
  const fault = {
    ...req("delivery_problem", "I bought the espresso machine and the milk frother doesn't heat"),
    start: 3,
  };
  const back = { ...req("return_item", "Can I return just the frother?"), start: 70 };
  assert.deepEqual(withoutFaultBesideRemedy([back, fault], new Set([3])), [back]);
  // Read so by the classifier itself (it may tell another trouble too): kept.
  assert.deepEqual(withoutFaultBesideRemedy([back, fault]), [back, fault]);
});
