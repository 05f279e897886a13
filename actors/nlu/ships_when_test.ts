import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { shipsWhen } from "./ships_when.ts";
import { extractEntities } from "./entities.ts";

const NOW = new Date("2026-03-01T12:00:00Z");
function read(text: string): string | null {
  const reading: IntentEnrichment = {
    intent: "shipping_options",
    confidence: 0.6,
    alternatives: [],
    entities: extractEntities(text, { now: NOW }),
    source: "classifier",
  };
  return shipsWhen(reading, text)?.intent ?? null;
}

Deno.test("when their own order ships is its status, not the shipping speeds", () => {
  for (
    const t of [
      "Sorry to bother you again! quick q, does ORD-1003 ship soon?",
      "when will my shoes ship",
      "has it shipped yet?",
      "is my order going to ship this week?",
    ]
  ) assert.equal(read(t), "order_status", t);
});

Deno.test("speeds, prices and orders in general stay a shipping question", () => {
  for (
    const t of [
      "do orders ship on weekends?",
      "can it ship express?",
      "how much does shipping cost",
      "do you ship to canada?",
    ]
  ) assert.equal(read(t), null, t);
});
