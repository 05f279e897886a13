/**
 * The words a reply to a pending change is read with (`confirmation.ts`): what says yes,
 * what says no, what may stand beside them, and what makes a reply unclear. A yes is a
 * closed list on purpose: a reply acts only when every word of it is understood.
 */
import type { ActionType, Intent } from "../../shared/protocol.ts";

/** A yes on its own: "yes", "go ahead", "that's right". */
export const STRONG_YES: readonly string[] = [
  "yes",
  "yess",
  "yesss",
  "yessss",
  "yeah",
  "yea",
  "yeh",
  "yep",
  "yup",
  "ya",
  "yah",
  "ye",
  "yse",
  "yas",
  "yass",
  "yessir",
  "yes sir",
  "sure",
  "sure thing",
  "for sure",
  "absolutely",
  "definitely",
  "certainly",
  "of course",
  "indeed",
  "affirmative",
  "agreed",
  "i agree",
  "confirm",
  "confirmed",
  "i confirm",
  "correct",
  "that's correct",
  "that is correct",
  "that's right",
  "that is right",
  "sounds good",
  "sounds good to me",
  "sounds great",
  "sounds perfect",
  "that's fine",
  "that is fine",
  "fine by me",
  "fine with me",
  "that's fine with me",
  "works for me",
  "that works",
  "go ahead",
  "go for it",
  "go on",
  "do it",
  "do that",
  "please do",
  "pls do",
  "plz do",
  "proceed",
  "let's do it",
  "let's do that",
  "make it so",
  "i'm sure",
  "i am sure",
  "i'm 100 sure",
  "i am 100 sure",
  "that's what i want",
  "i meant yes",
];

/**
 * A yes that is also how people close a topic ("ok, thanks"): it acts only when nothing
 * in the reply reads as a goodbye.
 */
export const WEAK_YES: readonly string[] = [
  "ok",
  "okay",
  "okie",
  "okey",
  "oki",
  "okie dokie",
  "alright",
  "all right",
  "fine",
];

/** Words that, beside a weak yes alone, make it an acknowledgement rather than consent. */
export const CLOSING: readonly string[] = [
  "thanks",
  "thank you",
  "thx",
  "ty",
  "great",
  "perfect",
  "cool",
  "nice",
  "awesome",
];

/** Words that may stand beside a yes without changing it. */
export const YES_FILLER: readonly string[] = [
  "please",
  "pls",
  "plz",
  "thanks",
  "thank you",
  "thx",
  "ty",
  "so much",
  "very much",
  "a lot",
  "for your help",
  "for the help",
  "just",
  "then",
  "and",
  "now",
  "right now",
  "right away",
  "asap",
  "as soon as possible",
  "immediately",
  "still",
  "perfect",
  "great",
  "me",
  "for me",
  "it",
  "that",
  "this",
  "there",
  "the order",
  "my order",
  "order",
];

/**
 * Words that lead into the change's own words and mean nothing without them: "I want it
 * cancelled" is a yes, "yes, I want it" may mean keeping it.
 */
export const LEAD_INS: readonly string[] = [
  "i want to",
  "i'd like to",
  "i would like to",
  "i still want to",
  "i want it",
  "i want",
  "with",
];

/** The words of the pending change itself, by kind: "yes, cancel it" restates it. */
export const RESTATING: Readonly<Partial<Record<ActionType, readonly string[]>>> = {
  cancel_order: ["cancel", "cancelled", "canceled", "cancellation", "the cancellation"],
  refund: ["refund", "refunded", "the refund", "my money back", "money back"],
  return_item: ["return", "the return", "open", "send", "the label", "the return label"],
  return_label: ["send", "the label", "the return label"],
  change_address: ["change", "update", "ship", "send", "the address", "the new address"],
  modify_items: ["change", "update", "the items"],
  expedite_order: ["expedite", "upgrade", "speed up", "speed", "up", "to express", "express"],
  expedite_delivery: ["expedite", "speed up", "speed", "up", "the delivery"],
  carrier_investigation: ["open", "start", "an investigation", "the investigation", "look into"],
  goodwill_credit: ["add", "apply", "the credit", "to my account"],
  schedule_callback: ["call", "call me", "back", "book", "schedule", "the call"],
};

/** Yes in other languages: it acts only alone, or beside `FOREIGN_POLITE` alone. */
export const FOREIGN_YES: readonly string[] = [
  // Left out: "tak" (also Danish for thanks), "igen" (also "again"), "ano" (also "um").
  "sí",
  "si",
  "sì",
  "oui",
  "ja",
  "da",
  "да",
  "sim",
  "evet",
  "kyllä",
  "ναι",
  "はい",
  "是",
  "是的",
  "네",
  "예",
];

/** Courtesy words in other languages that may stand beside a foreign yes or no. */
export const FOREIGN_POLITE: readonly string[] = [
  "por favor",
  "gracias",
  "bitte",
  "danke",
  "merci",
  "s'il vous plaît",
  "s'il vous plait",
  "grazie",
  "obrigado",
  "obrigada",
];

/** A no on its own. */
export const NO: readonly string[] = [
  "no",
  "nope",
  "nah",
  "na",
  "naa",
  "nop",
  "nö",
  "no way",
  "hell no",
  "absolutely not",
  "definitely not",
  "of course not",
  "certainly not",
  "not now",
  "not yet",
  "not at the moment",
  "not anymore",
  "not today",
  "negative",
  "never mind",
  "nevermind",
  "nvm",
  "forget it",
  "forget about it",
  "stop",
  "don't",
  "dont",
  "do not",
  "please do not",
  "please don't",
  // "Keep" and "leave" say: change nothing ("no, leave the address as it is").
  "keep",
  "leave",
  "keep it",
  "keep the order",
  "keep my order",
  "keep the item",
  "keep everything as it is",
  "keep the old address",
  "i'll keep it",
  "i'll keep the item",
  "i want to keep it",
  "i'd like to keep it",
  "leave it",
  "leave it as it is",
  "leave it be",
  "leave my order alone",
  "i changed my mind",
  "i've changed my mind",
  "changed my mind",
  "on second thought",
  "i'd rather not",
  "rather not",
  "i don't think so",
  "hold off",
  "scratch that",
  "no need",
  "i'm good",
  "that's not what i want",
  "that's wrong",
  "wrong order",
  "my mistake",
  "i still want it",
  "i still want the order",
  "i don't want to",
  "i don't want it",
  "i don't want a",
  "i don't want",
  // Other languages.
  "nein",
  "non",
  "não",
  "nao",
  "nee",
  "nej",
  "nei",
  "nie",
  "нет",
  "いいえ",
  "hayır",
  "不",
  "不要",
  "아니요",
];

/** Words that may stand beside a no without changing it. */
export const NO_FILLER: readonly string[] = [
  "please",
  "pls",
  "thanks",
  "thank you",
  "thx",
  "ty",
  "sorry",
  "oops",
  "actually",
  "wait",
  "hold on",
  "no",
  "it",
  "that",
  "do it",
  "do that",
  "do anything",
  "change anything",
  "bother",
  "that's ok",
  "that's okay",
  "it's fine",
  "i'm fine",
  "the order",
  "my order",
  "order",
  "anything",
  "for",
  "a",
  "the",
  "gracias",
  "danke",
  "merci",
];

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
