/**
 * The language of a message in its intent enrichment, and what that means for the built-in
 * classifier: it was trained on English, so on another language its answer is a guess from
 * stray words ("merci" read as small talk, "¡¡estafa!!" as a complaint, or anything at all).
 * For a message not in English its answer becomes `other`, with low confidence and its
 * guesses kept as alternatives, and `language` says why; the decision router decides what
 * to do with such messages. An LLM's answer, which reads the language, stands, and so does
 * the conversation step's reading of a yes or no to a pending question.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { detectLanguage } from "./language.ts";

/** Highest confidence of a classifier answer for a message not in English. */
export const FOREIGN_CONFIDENCE = 0.3;

/** Adds the message's language to an intent enrichment and guards the classifier's answer. */
export function withLanguage(result: IntentEnrichment, text: string): IntentEnrichment {
  const { language } = detectLanguage(text);
  if (language === "en" || result.source === "llm" || result.source === "conversation") {
    return { ...result, language };
  }
  const guesses = [{ intent: result.intent, confidence: result.confidence }, ...result.alternatives]
    .filter((a) => a.intent !== "other")
    .slice(0, 3);
  return {
    ...result,
    intent: "other",
    confidence: Math.min(result.confidence, FOREIGN_CONFIDENCE),
    alternatives: guesses,
    language,
  };
}
