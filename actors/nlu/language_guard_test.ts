import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { IntentEnrichment as IntentSchema } from "../../shared/protocol.ts";
import { FOREIGN_CONFIDENCE, languageOf, withLanguage } from "./language_guard.ts";

function answer(
  intent: IntentEnrichment["intent"],
  source: IntentEnrichment["source"],
): IntentEnrichment {
  return IntentSchema.parse({
    intent,
    confidence: 0.8,
    alternatives: [{ intent: "feedback", confidence: 0.1 }],
    entities: {},
    source,
  });
}

Deno.test("an English message keeps the classifier's answer and says it is English", () => {
  const out = withLanguage(answer("small_talk", "classifier"), "thanks a lot!");
  assert.equal(out.intent, "small_talk");
  assert.equal(out.language, "en");
});

Deno.test("a message in another language is never small talk or a complaint by the classifier", () => {
  for (
    const [text, guessed, lang] of [
      ["merci pour rien, votre service est nul", "small_talk", "fr"],
      ["¡Esto es una estafa, quiero hablar con el encargado!", "complaint", "es"],
      ["Ich möchte meine Bestellung stornieren", "cancel_order", "de"],
    ] as const
  ) {
    const out = withLanguage(answer(guessed, "classifier"), text);
    assert.equal(out.intent, "other", text);
    assert.equal(out.language, lang, text);
    assert.ok(out.confidence <= FOREIGN_CONFIDENCE);
    assert.equal(out.alternatives[0].intent, guessed, "the guess stays as an alternative");
    assert.ok(out.alternatives.length <= 3);
  }
});

Deno.test("a message that is only a courtesy in another language stays small talk", () => {
  for (const text of ["merci beaucoup!", "¡Hola!", "Danke schön", "grazie mille", "Obrigada"]) {
    const out = withLanguage(answer("small_talk", "classifier"), text);
    assert.equal(out.intent, "small_talk", text);
    assert.notEqual(out.language, "en", text);
  }
  const guessed = withLanguage(answer("complaint", "classifier"), "merci");
  assert.equal(guessed.intent, "other", "only the classifier's small talk is kept");
});

Deno.test("an LLM's or the conversation step's answer stands in any language", () => {
  const llm = withLanguage(answer("cancel_order", "llm"), "Quiero cancelar mi pedido ORD-1003");
  assert.equal(llm.intent, "cancel_order");
  assert.equal(llm.language, "es");
  const yes = withLanguage(answer("affirm", "conversation"), "oui, d'accord");
  assert.equal(yes.intent, "affirm");
});

Deno.test("an enrichment without a language parses, and reads as English", () => {
  const parsed = IntentSchema.parse({
    intent: "order_status",
    confidence: 0.9,
    entities: {},
    source: "rules",
  });
  assert.equal(parsed.language, undefined, "a stored turn reads back as it was written");
  assert.equal(languageOf(parsed), "en");
});
