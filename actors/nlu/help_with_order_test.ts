import assert from "node:assert/strict";
import type { Intent } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import { asksHelpWithOrder, helpWithOrder } from "./help_with_order.ts";
import { investigationAsked } from "./investigation_asked.ts";

const reading = (intent: Intent, confidence = 0.3) =>
  intentOf(intent, "", { confidence, source: "classifier" });

Deno.test("help asked with an order, nothing more, starts from its status", () => {
  for (
    const t of [
      "i need help with my vacuum order",
      "can you help me with ORD-3001",
      "question about my headphones order",
      "a question about ORD-1002",
      "hi, I need help with my order please",
    ]
  ) {
    assert.ok(asksHelpWithOrder(t), t);
    assert.equal(helpWithOrder(reading("modify_order"), t)?.intent, "order_status", t);
  }
  for (
    const t of [
      "i need help cancelling my order",
      "help me track my order",
      "i have a problem with my order, it arrived broken",
      "i have an issue with my order",
    ]
  ) assert.equal(asksHelpWithOrder(t), false, t);
});

Deno.test("an investigation asked for is a delivery problem; asked about, it is not", () => {
  for (
    const t of [
      "fine whatever, do the investigation then",
      "open an investigation",
      "can you get fedex to look for it",
    ]
  ) assert.equal(investigationAsked(reading("affirm"), t)?.intent, "delivery_problem", t);
  assert.equal(investigationAsked(reading("other"), "how long does an investigation take"), null);
  // Somebody else's delivery is out of scope: "them" is no carrier of ours.
  const pizza = "delivery from the pizza place is taking forever, can you chase them";
  assert.equal(investigationAsked(reading("other"), pizza), null);
  assert.equal(investigationAsked(reading("cancel_order"), "cancel it and investigate"), null);
});

Deno.test("'chase fedex' asks for an investigation", () => {
  assert.equal(
    investigationAsked(reading("other"), "can u at least chase fedex")?.intent,
    "delivery_problem",
  );
});
