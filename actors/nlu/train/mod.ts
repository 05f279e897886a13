/**
 * The labelled training examples of the intent classifier, one JSON file per intent
 * (imported as modules, so loading them is no I/O of the actor's own).
 */
import type { Intent } from "../../../shared/protocol.ts";
import account_access from "./account_access.json" with { type: "json" };
import account_update from "./account_update.json" with { type: "json" };
import affirm from "./affirm.json" with { type: "json" };
import cancel_order from "./cancel_order.json" with { type: "json" };
import change_address from "./change_address.json" with { type: "json" };
import complaint from "./complaint.json" with { type: "json" };
import delivery_problem from "./delivery_problem.json" with { type: "json" };
import deny from "./deny.json" with { type: "json" };
import feedback from "./feedback.json" with { type: "json" };
import human_agent from "./human_agent.json" with { type: "json" };
import invoice_request from "./invoice_request.json" with { type: "json" };
import modify_order from "./modify_order.json" with { type: "json" };
import order_status from "./order_status.json" with { type: "json" };
import other from "./other.json" with { type: "json" };
import payment_issue from "./payment_issue.json" with { type: "json" };
import payment_methods from "./payment_methods.json" with { type: "json" };
import place_order from "./place_order.json" with { type: "json" };
import policy_question from "./policy_question.json" with { type: "json" };
import product_question from "./product_question.json" with { type: "json" };
import refund_request from "./refund_request.json" with { type: "json" };
import refund_status from "./refund_status.json" with { type: "json" };
import return_item from "./return_item.json" with { type: "json" };
import shipping_options from "./shipping_options.json" with { type: "json" };
import small_talk from "./small_talk.json" with { type: "json" };
import banking77 from "../public/banking77.json" with { type: "json" };
import offTopic from "../public/off_topic.json" with { type: "json" };

/** Example texts by intent. */
export const TRAINING_EXAMPLES: Readonly<Record<Intent, readonly string[]>> = {
  account_access,
  account_update,
  affirm,
  cancel_order,
  change_address,
  complaint,
  delivery_problem,
  deny,
  feedback,
  human_agent,
  invoice_request,
  modify_order,
  order_status,
  other,
  payment_issue,
  payment_methods,
  place_order,
  policy_question,
  product_question,
  refund_request,
  refund_status,
  return_item,
  shipping_options,
  small_talk,
};

/** Where a borrowed example comes from (see `../public/SOURCES.md`). */
export type PublicSource = "banking77" | "tweeteval" | "yelp" | "imdb";

/** A labelled example written by people outside the project, mapped to our taxonomy. */
export interface PublicExample {
  text: string;
  intent: Intent;
  source: PublicSource;
  /** Its fold (0–4): fold 0 is held out of the shipped model for evaluation. */
  fold: number;
}

/**
 * Every borrowed example: BANKING77 lines mapped to our intents or read as `other`, and
 * tweets and restaurant and film reviews as `other` (real off-topic language).
 */
export const PUBLIC_EXAMPLES: readonly PublicExample[] = [
  ...(banking77 as { text: string; intent: string; fold: number }[]).map((e) => ({
    text: e.text,
    intent: e.intent as Intent,
    source: "banking77" as const,
    fold: e.fold,
  })),
  ...(offTopic as { text: string; source: string; fold: number }[]).map((e) => ({
    text: e.text,
    intent: "other" as const,
    source: e.source as PublicSource,
    fold: e.fold,
  })),
];

/** The borrowed examples the shipped classifier learns from: all but fold 0. */
export const PUBLIC_TRAINING: readonly PublicExample[] = PUBLIC_EXAMPLES.filter((e) =>
  e.fold !== 0
);
