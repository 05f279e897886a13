import assert from "node:assert/strict";
import { productQueryOf } from "./product_lookup.ts";
import { turn } from "../../tests/helpers/context_rig.ts";
import type { IntentRequest } from "../../shared/protocol.ts";

const TEXT = "my frother is broken, is the espresso machine in stock?";
const part = (text: string, intent: IntentRequest["intent"]): IntentRequest => {
  const start = TEXT.indexOf(text);
  return { intent, confidence: 0.8, text, start, end: start + text.length };
};

function asked(requests: IntentRequest[]) {
  const msg = turn({
    text: TEXT,
    intent: "delivery_problem",
    entities: {
      item_refs: [
        { text: "my frother", name: "frother", sku: "KIT-FROTH" },
        { text: "the espresso machine", name: "espresso machine", sku: "KIT-ESPRESSO" },
      ],
    },
  });
  msg.payload.intent!.requests = requests;
  return productQueryOf(msg);
}

Deno.test("of a fault and a stock question, the goods the stock question names are looked up", () => {
  const q = asked([
    part("my frother is broken", "delivery_problem"),
    part("is the espresso machine in stock?", "product_question"),
  ]);
  assert.deepEqual(q?.skus, ["KIT-ESPRESSO"]);
});

Deno.test("a product question alone keeps every product the message names", () => {
  const q = asked([part(TEXT, "product_question")]);
  assert.deepEqual(q?.skus, ["KIT-FROTH", "KIT-ESPRESSO"]);
});
