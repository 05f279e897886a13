import assert from "node:assert/strict";
import { dialogueAfter } from "./dialogue.ts";
import type { Intent } from "../shared/protocol.ts";
import { castContext, turnWith } from "../tests/fixtures/turns.ts";

const EMPTY = { focus: null, mentioned: [], unanswered: [] };

function turn(o: { intent: Intent; template: string | null; text?: string }) {
  const msg = turnWith({
    text: o.text ?? "do you sell gift cards?",
    who: "sarah",
    intent: o.intent,
    context: castContext("sarah"),
  });
  msg.payload.response = {
    text: "…",
    tone: "neutral",
    proposed_actions: [],
    source: "template",
    template: o.template,
  };
  return msg;
}

Deno.test("the FAQ entry a reply answered from is what a short follow-up asks on about", () => {
  const d = dialogueAfter(turn({ intent: "place_order", template: "faq_gift_cards" }), EMPTY);
  assert.equal(d.faq, "gift_cards");
  // Of a reply to several requests, the FAQ part's entry.
  const multi = turn({ intent: "place_order", template: "multi:order_status+faq_gift_cards" });
  assert.equal(dialogueAfter(multi, EMPTY).faq, "gift_cards");
});

Deno.test("an information turn answered otherwise keeps the entry; a request about an order drops it", () => {
  const before = { ...EMPTY, faq: "gift_cards" };
  const info = turn({
    intent: "place_order",
    template: "place_order",
    text: "can i use them online?",
  });
  assert.equal(dialogueAfter(info, before).faq, "gift_cards");
  const order = turn({ intent: "cancel_order", template: "cancel_order", text: "cancel ORD-1003" });
  assert.equal(dialogueAfter(order, before).faq, null);
});
