import assert from "node:assert/strict";
import { withFaultBesideQuestion } from "./fault_beside_question.ts";
import { splitRequests } from "./requests.ts";
import type { IntentRequest } from "../../shared/protocol.ts";

const req = (intent: IntentRequest["intent"], text: string): IntentRequest => ({
  intent,
  confidence: 0.6,
  text,
  start: 0,
  end: text.length,
});

Deno.test("a fault told beside a stock question is the order's trouble, the question kept", () => {
  const out = withFaultBesideQuestion([
    req("product_question", "the milk frother stopped working"),
    req("product_question", "do you still sell the espresso machine?"),
  ]);
  assert.deepEqual(out.map((r) => r.intent), ["delivery_problem", "product_question"]);
});

Deno.test("beside a remedy asked, a fault is left to that remedy", () => {
  const rs = [
    req("product_question", "the milk frother doesn't heat"),
    req("return_item", "Can I return just the frother?"),
  ];
  assert.deepEqual(withFaultBesideQuestion(rs), rs);
});

Deno.test("a question about the product, not a fault told, stays a product question", () => {
  const rs = [
    req("product_question", "does the frother heat milk quickly"),
    req("product_question", "is the espresso machine in stock?"),
  ];
  assert.deepEqual(withFaultBesideQuestion(rs).map((r) => r.intent), [
    "product_question",
    "product_question",
  ]);
});

Deno.test("a comma before a question of its own cuts the message", () => {
  const parts = splitRequests("my frother is broken, is the espresso machine in stock?");
  assert.deepEqual(parts.map((p) => p.text), [
    "my frother is broken",
    "is the espresso machine in stock?",
  ]);
  // No question mark of its own: one clause.
  assert.equal(splitRequests("my order is late, is all I'm saying").length, 1);
});
