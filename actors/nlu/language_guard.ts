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
import { withoutAddress } from "../../domain/address.ts";

/**
 * Whole messages that are only a courtesy in one of the detected languages (thanks, hello,
 * goodbye): small talk on purpose, not a guess from a stray word, so the classifier's
 * small talk stands for them.
 */
const COURTESIES: ReadonlySet<string> = new Set([
  // es
  "hola",
  "gracias",
  "muchas gracias",
  "mil gracias",
  "adios",
  "adiós",
  "buenos dias",
  "buenos días",
  "buenas tardes",
  "buenas noches",
  "hasta luego",
  // fr
  "bonjour",
  "bonsoir",
  "salut",
  "merci",
  "merci beaucoup",
  "merci bien",
  "au revoir",
  // de
  "hallo",
  "guten tag",
  "guten morgen",
  "danke",
  "danke schön",
  "danke schon",
  "vielen dank",
  "tschüss",
  "tschuss",
  "auf wiedersehen",
  // pt
  "olá",
  "ola",
  "obrigado",
  "obrigada",
  "muito obrigado",
  "muito obrigada",
  "tchau",
  "bom dia",
  // it
  "ciao",
  "grazie",
  "grazie mille",
  "buongiorno",
  "arrivederci",
  // nl
  "hoi",
  "dank je",
  "dank u",
  "dank je wel",
  "dank u wel",
  "bedankt",
  "goedemorgen",
  "doei",
]);

/** The message reduced to its words, lower case, for the courtesy list. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\s]/gu, " ").replace(/\s+/g, " ").trim();
}

/** Highest confidence of a classifier answer for a message not in English. */
export const FOREIGN_CONFIDENCE = 0.3;

/** Adds the message's language to an intent enrichment and guards the classifier's answer. */
export function withLanguage(result: IntentEnrichment, text: string): IntentEnrichment {
  // "Hauptstraße 5, 10115 Berlin, Germany": an address is no sign of the language.
  const { language } = detectLanguage(withoutAddress(text));
  if (language === "en" || result.source === "llm" || result.source === "conversation") {
    return { ...result, language };
  }
  if (result.intent === "small_talk" && COURTESIES.has(bare(text))) return { ...result, language };
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

/** The language of an intent enrichment: English where it says none (older messages). */
export function languageOf(intent: Pick<IntentEnrichment, "language">): string {
  return intent.language ?? "en";
}
