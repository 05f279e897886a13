import assert from "node:assert/strict";
import { faqAcknowledged } from "./faq_ack.ts";
import type { TurnView } from "./view.ts";

const view = (text: string, faq: string | null) =>
  ({ text, faq, pending: null, entities: { order_ids: [] } }) as unknown as TurnView;

Deno.test("'ok ill check the code' right after an FAQ answer is a go-ahead, not a question", () => {
  for (const t of ["ok ill check the code", "alright, I'll try that", "ok thanks I'll retype it"]) {
    assert.equal(
      faqAcknowledged(view(t, "discount_code_trouble"), "neutral")?.template,
      "ack_after_answer",
      t,
    );
  }
});

Deno.test("without an FAQ answer before, or with a question, it is read as it stands", () => {
  assert.equal(faqAcknowledged(view("ok ill check the code", null), "neutral"), null);
  assert.equal(
    faqAcknowledged(
      view("ok ill check, but where do I type it?", "discount_code_trouble"),
      "neutral",
    ),
    null,
  );
  assert.equal(faqAcknowledged(view("do they expire", "gift_cards"), "neutral"), null);
});
