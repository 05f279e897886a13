/**
 * Account questions the classifier hears as something else: "I have two accounts, which one
 * has my order 2001?" (read as the order's status alone), "I have 2 accounts and can't find
 * order 2002" (a payment trouble), and a way to pay named on its own ("afterpay??", "venmo?",
 * read as a greeting). The account's question is asked first, the order's news beside it;
 * the way to pay is a question about the ways to pay. The saved address of the account is
 * read by `account_address.ts`, applied first.
 */
import type { Intent, IntentEnrichment, IntentRequest } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { paymentMethodsNamed } from "../../domain/payment_questions.ts";
import { asksHowPaid } from "../../domain/paid_how.ts";
import { asAccountAddress } from "./account_address.ts";
import { relabelled } from "./relabel.ts";

/** How sure an account question read from its words is. */
const ACCOUNT_CONFIDENCE = 0.6;

/** "Two accounts", "my other account", "merge my accounts", "which account is it on". */
const ACCOUNTS =
  /\b(?:(?:two|2|multiple|several|both|both my|a second|second|my other|the other|another|a different|different|which|what)\s+(?:\w+\s+)?accounts?|more than (?:one|1) accounts?|(?:merge|merging|combine|combining|link|linking)\s+(?:my |the |both |our )?(?:two |2 )?accounts?)\b/i;

/** Words of money or paying: "which account will the refund go to" asks about the refund. */
const MONEY =
  /\b(?:refund\w*|money|paid|pay|payment|charged?|card|bank|transfer\w*|credit|debit)\b/i;

/** Whether the words ask about two accounts or another account of the customer's. */
export function speaksOfAccounts(text: string): boolean {
  return ACCOUNTS.test(text) && !MONEY.test(text);
}

/** Intents the question about accounts is misheard as. */
function misheardAccounts(intent: Intent): boolean {
  return ORDER_INTENTS.has(intent) || intent === "payment_issue" || intent === "other" ||
    intent === "small_talk" || intent === "policy_question";
}

/**
 * "Which of my accounts has ORD-2001?": the account's question first, and the order's news
 * beside it where an order is named (its own request, or the whole message's words).
 */
export function asAccountsAsked(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (reading.confirmation || !misheardAccounts(reading.intent)) return reading;
  if (!speaksOfAccounts(text)) return reading;
  const whole = { text, start: 0, end: text.length };
  const account: IntentRequest = {
    intent: "account_access",
    confidence: ACCOUNT_CONFIDENCE,
    ...whole,
  };
  const orderAsks = (reading.requests ?? []).filter((r) => ORDER_INTENTS.has(r.intent));
  const named = reading.entities.order_ids.length > 0 && orderAsks.length === 0
    ? [{ intent: "order_status" as const, confidence: 0.5, ...whole }]
    : [];
  const out = relabelled(reading, "account_access", ACCOUNT_CONFIDENCE);
  return { ...out, requests: [account, ...orderAsks, ...named].slice(0, 3) };
}

/** Words a way to pay may come with when it is asked about alone. */
const FILLER =
  /\b(?:what|about|and|or|also|do|you|u|take|accept|is|it|ok|okay|then|how|with|pay|by|via|hmm|so)\b/gi;
/** A trouble with a payment, never a question about the ways to pay. */
const TROUBLE =
  /\b(?:declin\w*|fail\w*|charg\w*|refus\w*|error|wrong|problem|issue|broken|not work\w*|doesn'?t work|didn'?t work)\b/i;

/**
 * "afterpay??", "venmo?", "what about google pay": a way to pay named alone, read as chat or as
 * nothing, asks whether the store takes it.
 */
export function asPaymentWayAlone(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (reading.confirmation || reading.entities.order_ids.length > 0) return reading;
  if (reading.intent !== "small_talk" && reading.intent !== "other") return reading;
  if (TROUBLE.test(text) || paymentMethodsNamed(text).length === 0) return reading;
  const words = text.replace(FILLER, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 2) return reading;
  return relabelled(reading, "payment_methods", ACCOUNT_CONFIDENCE);
}

/**
 * Readings "which card did i use for 2001" gets: nothing asked, the order's news, or (after a
 * payment question) a payment problem.
 */
const HOW_PAID_MISHEARD: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "payment_issue",
  "small_talk",
  "order_status",
]);

/**
 * "Which card did i use for 2001", "how did I pay for the vacuum": the order's payment asked,
 * answered with the ways to pay's reply (which says how the order stands).
 */
export function asPaidHowAsked(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (reading.confirmation || !HOW_PAID_MISHEARD.has(reading.intent)) return reading;
  return asksHowPaid(text) ? relabelled(reading, "payment_methods", ACCOUNT_CONFIDENCE) : reading;
}

/** Every reading of the account's words and of ways to pay, in turn. */
export function asAccountWords(reading: IntentEnrichment, text: string): IntentEnrichment {
  const accounts = asAccountsAsked(asAccountAddress(reading, text), text);
  return asPaidHowAsked(asPaymentWayAlone(accounts, text), text);
}
