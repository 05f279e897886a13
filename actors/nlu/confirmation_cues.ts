/**
 * What makes a reply to a pending change unclear or a request of its own
 * (`confirmation.ts`): hedges, ambiguous words and emoji, sarcasm, yes-with-a-negation
 * idioms, and the cues that tell a question about the change from a second request.
 */
import type { ActionType, Intent } from "../../shared/protocol.ts";

/** Words that hedge: a reply with one of these is never a yes or a no. */
export const HEDGES: readonly string[] = [
  "i guess",
  "guess",
  "maybe",
  "perhaps",
  "probably",
  "possibly",
  "i think",
  "think",
  "i suppose",
  "suppose",
  "kinda",
  "kind of",
  "sort of",
  "sorta",
  "not sure",
  "unsure",
  "idk",
  "dunno",
  "don't know",
  "i don't know",
  "whatever",
  "if",
  "unless",
  "as long as",
  "only if",
  "assuming",
  "depends",
  "might",
  "let me",
  "later",
  "tomorrow",
  "but",
  "mean",
  "i mean",
  "yes and no",
];

/** "but make it quick": a "but" that only urges speed, no hedge (the urging words are filler). */
export const URGING_BUT =
  /\bbut (?:please )?(?:make it (?:quick|fast|snappy)|be quick|quickly|hurry(?: up)?)(?= |$)/g;

/** Messages that are one ambiguous token: "k" may be a yes, a shrug or a typo. */
export const LONE_AMBIGUOUS: ReadonlySet<string> = new Set([
  "k",
  "kk",
  "y",
  "yy",
  "n",
  "nn",
  "ne",
  "s",
  "o",
  "m",
  "right",
]);

/** "yeah right": sarcasm, not consent. */
export const SARCASM: readonly RegExp[] = [/^(?:yeah|yea|ya|oh yes|oh yeah|sure) right$/];

/** Whole replies that restate the change but may as well withdraw the request. */
export const AMBIGUOUS_REPLIES: readonly RegExp[] = [
  // "cancel that" also means "forget what I asked".
  /^(?:please )?cancel (?:that|this)(?: please)?$/,
];

/** Ways of saying yes with a negation in them: never a yes here, and never a no. */
export const NEGATED_YES: readonly string[] = [
  "no problem",
  "no prob",
  "no probs",
  "no worries",
  "not a problem",
  "why not",
  "don't see why not",
  "i don't see why not",
  "don't mind",
  "i don't mind",
  "doesn't matter",
  "no objection",
  "no objections",
];

/** Emoji that say yes, no, or only please and thanks. */
export const EMOJI = {
  yes: /^(?:👍|👌|✅|✔|☑|🆗)$/u,
  no: /^(?:👎|❌|🚫|✖|🙅)$/u,
  polite: /^(?:🙏|😊|🙂|😀|😃|😄|☺)$/u,
} as const;

/**
 * Intents a question about the pending change itself is read as (its fees, its timing,
 * what it does): such a reply is unclear, not a new request.
 */
export const RELATED_INTENTS: Readonly<Partial<Record<ActionType, readonly Intent[]>>> = {
  cancel_order: ["cancel_order"],
  refund: ["refund_request", "refund_status", "return_item"],
  return_item: ["return_item", "refund_request"],
  return_label: ["return_item"],
  change_address: ["change_address"],
  modify_items: ["modify_order"],
  expedite_order: ["shipping_options", "order_status", "delivery_problem"],
  expedite_delivery: ["shipping_options", "order_status", "delivery_problem"],
  carrier_investigation: ["delivery_problem", "order_status"],
  goodwill_credit: ["complaint", "refund_status"],
  schedule_callback: ["human_agent"],
};

/** Words of a question about a change's terms: "what's the fee?", "how long does it take?". */
export const TERMS =
  /\b(?:fees?|costs?|charged?|free|price|money back|how long|how much|what happens|get back)\b/;

/**
 * Words that reach beyond the pending change ("my other order", "both", "instead"): a
 * request with one of these is a request of its own even when it is of the same kind.
 */
export const BEYOND = /\b(?:other|another|both|too|as well|also|instead|second)\b/;

/** Intents a question about a change's terms may be read as. */
export const TERMS_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "policy_question",
  "payment_issue",
  "refund_status",
  "refund_request",
  "cancel_order",
]);

/** Words that join a yes or no to what follows: skipped to find a second request. */
export const LEADS: readonly string[] = [
  "but",
  "and",
  "also",
  "actually",
  "so",
  "then",
  "first",
  "wait",
  "hold on",
  "no wait",
  "forget that",
  "instead",
  "just",
  "please",
];

/**
 * A hesitation that opens a reply ("hmm, on second thought…", "umm no", "ugh no"): the reply is read
 * without it, and what follows may withdraw the change or ask for another, never consent.
 */
export const LEADING_HESITATION =
  /^\s*(?:h+m+|u+m+|u+h+|e+r+m*|a+h+m*|u+g+h+|a+r+g+h+)\b[\s,.…!-]*/i;

/** An opener that turns back ("actually", "wait", "on second thought") before a no or a new ask. */
export const CHANGE_OF_MIND =
  /^\s*(?:actually|wait|on second thoughts?|on reflection)\b[\s,.…!-]*/i;

/**
 * "I don't think so", "I guess not": a no said softly, not a hedge ("probably not" stays
 * one, as the labelled replies read it).
 */
export const SOFT_NO = /\b(?:i don't think so|(?:i )?(?:guess|suppose|think) not)\b/g;

/**
 * A change called off before its yes: "never mind", and "scrap that", "undo that",
 * "forget that" said while it waits — nothing has been done, so there is nothing to undo but
 * the proposal itself.
 */
export const CALL_OFF: readonly string[] = [
  "never mind",
  "scrap that",
  "scratch that",
  "forget that",
  "forget about that",
  "undo that",
  "undo",
];
