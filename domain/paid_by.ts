/**
 * "I paid by bank transfer", "i already sent the transfer", "paid with paypal yesterday": a
 * payment the customer says they made — a statement about their order's payment, not a
 * question about the ways to pay. Pure.
 */
import { type PaymentAsked, paymentMethodsNamed } from "./payment_questions.ts";

/** A payment made, in the first person and the past: "I paid", "I've sent the transfer". */
const PAID_STATED =
  /^(?:(?:ok(?:ay)?|done|right|there|so|alright|all done)[\s,.!]+)+(?:(?:i'?ve |i )?(?:just |already )?(?:paid|payed)(?: it)?(?: now| just now| already)?\s*[.!]*\s*$)|\b(?:i|we)(?:'ve| have| had)?\s+(?:already\s+|just\s+|actually\s+)?(?:paid|payed|sent|made|done|used|transferred|wired|went with)\b|\b(?:paid|payed) (?:it |for it |for (?:the|my) order )?(?:by|with|via|through|using)\b|^(?:already\s+|just\s+)?(?:paid|payed|sent|transferred|wired)\b(?!\s+(?:by|with)\s+\w+\s*\?)/i;

/** The order said to be paid, with no way named: "nvm its paid", "it's all paid now", "paid it". */
const SAID_PAID =
  /\b(?:it'?s|its|it is|it'?s been|it has been|all|everything'?s|everything is) (?:now |already |just |all )?(?:paid|payed)\b|\bpaid it\b/i;

/** A question asked rather than a payment told: "how do I pay by card?", "can I pay by PayPal". */
const ASKS =
  /^(?:\w+[,.]?\s+)?(?:how|can|could|do|does|is|are|what|when|will|would|should|may|which|why|where)\b|\b(?:can|could|may) i\b|\bi(?:'d| would) like\b|\bi want\b/i;
/** "I sent the transfer": a transfer, in talk of a payment, is a bank transfer. */
const TRANSFER = /\b(?:the|a|my|that) transfer\b/i;
/** The most words such a statement has: a long story is a question of its own. */
const MAX_WORDS = 12;

/**
 * The way to pay the customer says they paid with, or null when the message says no such
 * thing. `known` is the way to pay the conversation was about ("ok done, paid just now"
 * after how to pay by PayPal), taken when the message names none.
 */
export function paidByStated(text: string, known: string | null = null): PaymentAsked | null {
  const t = text.trim();
  // "Nvm its paid" after a PayPal question: paid the way the conversation was about.
  if (!stated(t, PAID_STATED) && !(known && stated(t, SAID_PAID))) return null;
  const named = paymentMethodsNamed(t).filter((m) => m.id !== null);
  if (named.length === 0 && TRANSFER.test(t)) return { id: "bank_transfer", name: "bank transfer" };
  if (named.length === 0 && known) return paymentMethodsNamed(known.replace("_", " "))[0] ?? null;
  return named.length === 1 ? named[0] : null;
}

/**
 * Whether the message tells a payment made or the order paid, by whatever way ("nvm its
 * paid", "I paid yesterday"): a statement, not a question about paying.
 */
export function paymentStated(text: string): boolean {
  const t = text.trim();
  // ("I've used", "I sent" name no payment without a way to pay: only "paid" tells it alone.)
  return paidByStated(t) !== null || stated(t, SAID_PAID);
}

function stated(t: string, pattern: RegExp): boolean {
  if (t.split(/\s+/).length > MAX_WORDS || !pattern.test(t)) return false;
  // "I paid by card, can I change it to PayPal?" asks something; a statement only tells.
  return !ASKS.test(t);
}
