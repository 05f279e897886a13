/**
 * The sentiment actor: mood, score, urgency and whether the message is a complaint, read
 * with wink-nlp plus the signals of support language (see `nlu/sentiment_model.ts`).
 */
import type { ActorDef } from "./types.ts";
import { enrich } from "./types.ts";
import { analyseSentiment } from "./nlu/sentiment_model.ts";
import { loadWink, type Wink } from "./nlu/wink.ts";

/** What the sentiment actor needs: optionally a loaded wink pipeline (default: shared). */
export interface SentimentDeps {
  nlp?: Wink;
}

/** Reads the customer's mood and how urgent the message is. */
export const sentimentActor: ActorDef<"sentiment", SentimentDeps> = {
  name: "sentiment",
  key: "sentiment",
  deadlineMs: 2000,
  process(msg, deps) {
    const nlp = deps.nlp ?? loadWink();
    return enrich(analyseSentiment(nlp, msg.payload.customer_message.text));
  },
};
