import assert from "node:assert/strict";
import { ackThenRequest, newOneAsked } from "./ack_request.ts";
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

function reading(intent: Intent, confidence = 0.8): IntentEnrichment {
  return {
    intent,
    confidence,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
    source: "classifier",
  };
}

/** A stand-in for the classifier's reading of the words after the yes-word. */
function read(text: string): { intent: Intent; confidence: number } {
  if (/refund/.test(text)) return { intent: "refund_request", confidence: 0.7 };
  if (/cancel/.test(text)) return { intent: "cancel_order", confidence: 0.9 };
  if (/thanks|not/.test(text)) return { intent: "small_talk", confidence: 0.8 };
  return { intent: "other", confidence: 0.3 };
}

Deno.test("a yes-word before a request reads as the request", () => {
  for (
    const [text, intent] of [
      ["fine, refund it", "refund_request"],
      ["ok then cancel it please", "cancel_order"],
      ["alright i guess refund me", "refund_request"],
      ["whatever, cancel it", "cancel_order"],
    ] as const
  ) {
    assert.equal(ackThenRequest(reading("affirm"), text, read)?.intent, intent, text);
  }
});

Deno.test("a yes alone, a yes with small talk, or another reading stays as it was", () => {
  assert.equal(ackThenRequest(reading("affirm"), "yes please", read), null);
  assert.equal(ackThenRequest(reading("affirm"), "sure why not", read), null);
  assert.equal(ackThenRequest(reading("affirm"), "yes, cancel it", read), null, "a yes proper");
  assert.equal(ackThenRequest(reading("affirm"), "ok thanks so much", read), null);
  assert.equal(ackThenRequest(reading("refund_request"), "ok refund it", read), null);
  assert.equal(ackThenRequest(reading("affirm"), "refund it", read), null, "no yes-word");
});

Deno.test("'can i get a new one' the classifier cannot place asks for a replacement", () => {
  assert.equal(
    newOneAsked(reading("other"), "can i get a new one", true)?.intent,
    "delivery_problem",
  );
  assert.equal(
    newOneAsked(reading("small_talk"), "just send me a new one please", true)?.intent,
    "delivery_problem",
  );
  assert.equal(newOneAsked(reading("other"), "can i get a discount", true), null);
  assert.equal(
    newOneAsked(reading("other"), "how do i get a new one from the bank", false),
    null,
    "no order in the conversation",
  );
  assert.equal(
    newOneAsked(reading("place_order"), "can i get a new one", true),
    null,
    "buying one is read by the classifier",
  );
});

Deno.test("a new one sent instead is the goods again, not an address change, unless a place is given", () => {
  assert.equal(
    newOneAsked(reading("change_address"), "can you send a new one instead?", true)?.intent,
    "delivery_problem",
  );
  assert.equal(
    newOneAsked(reading("change_address"), "send a new one to my office instead", true),
    null,
    "a place named: the address change stands",
  );
  assert.equal(
    newOneAsked(reading("change_address"), "send a new one to 12 High St", true),
    null,
  );
  assert.equal(
    newOneAsked(reading("change_address"), "please send it to my neighbour instead", true),
    null,
    "no new one asked for",
  );
});

Deno.test("'replacement' alone, read unsurely as a product question, is the goods sent again", () => {
  assert.equal(
    newOneAsked(reading("product_question", 0.3), "replacement", true)?.intent,
    "delivery_problem",
  );
  // A product question read surely, or no order talked of: not a replacement.
  assert.equal(newOneAsked(reading("product_question", 0.8), "replacement", true), null);
  assert.equal(newOneAsked(reading("product_question", 0.3), "replacement", false), null);
});
