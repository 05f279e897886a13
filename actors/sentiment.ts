/**
 * The sentiment actor: mood, score, urgency and whether the message is a complaint (see
 * `nlu/sentiment_model.ts`: a model trained on our own examples over wink-nlp's lexicon
 * score and the signals of support language).
 */
import type { ActorDef } from "../shared/actor.ts";
import { enrich } from "../shared/actor.ts";
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
    // Training takes about a quarter of a second: do it before the first message waits.
    deps.sentiment ?? sharedSentimentModel();
  },
  process(msg, deps) {
    const model = deps.sentiment ?? sharedSentimentModel();
    return enrich(model.analyse(msg.payload.customer_message.text));
  },
};
