/**
 * The sentiment actor: mood, score, urgency and whether the message is a complaint (see
 * `nlu/sentiment_model.ts`: a model trained on our own and public labelled messages over
 * two lexicons and the signals of support language; `nlu/urgency.ts` for urgency). A
 * message not in English (`nlu/language.ts`) is not read by the English model: it gets a
 * neutral reading with low confidence, so that no stray word makes it a complaint.
 */
import type { SentimentEnrichment } from "../shared/protocol.ts";
import type { ActorDef } from "../shared/actor.ts";
import { enrich } from "../shared/actor.ts";
import { detectLanguage } from "./nlu/language.ts";
import { type SentimentModel, sharedSentimentModel } from "./nlu/sentiment_model.ts";

/** What the sentiment actor needs: optionally a trained model (default: the shared one). */
export interface SentimentDeps {
  sentiment?: SentimentModel;
}

/** Reads the customer's mood and how urgent the message is. */
export const sentimentActor: ActorDef<"sentiment", SentimentDeps> = {
  name: "sentiment",
  key: "sentiment",
  deadlineMs: 2000,
  warmUp(deps) {
    // Training takes a fraction of a second: do it before the first message waits.
    deps.sentiment ?? sharedSentimentModel();
  },
  process(msg, deps) {
    const text = msg.payload.customer_message.text;
    const { language } = detectLanguage(text);
    if (language !== "en") return enrich(unread(text, language));
    const model = deps.sentiment ?? sharedSentimentModel();
    return enrich(model.analyse(text));
  },
};

/**
 * The reading of a message in a language the model does not know: neutral, with what
 * shows in any language (shouting, "!!!") raising urgency to medium at most.
 */
export function unread(text: string, language: string): SentimentEnrichment {
  const signals = [`language_${language}`];
  const shouting = (text.match(/\b\p{Lu}{3,}\b/gu) ?? []).length >= 2;
  if (shouting) signals.push("caps");
  if (/!{2,}|[!?]{3,}/.test(text)) signals.push("exclamation");
  return {
    label: "neutral",
    score: 0,
    urgency: signals.length > 1 ? "medium" : "low",
    is_complaint: false,
    confidence: 0.3,
    signals,
  };
}
