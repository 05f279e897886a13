/**
 * "How?", "how do I do that?" right after an answer about a way to pay ("can I pay with
 * PayPal instead?"): how paying that way works — for the order waiting for its payment when
 * there is one — not "what can I do for you next?".
 */
import { paymentHow, paymentMethodsNamed } from "../../domain/payment_questions.ts";
import { formatMoney } from "../../domain/format.ts";
import { closer } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** A bare "how?", "how do I do that", "how does that work", "where do I do that". */
const HOW =
  /^(?:(?:ok(?:ay)?|and|so|but|um+|hm+|right|great|cool)[\s,.!]+)*(?:how(?: (?:do|can|would) i (?:do (?:that|it)|pay(?: (?:it|that|for it))?|go about (?:it|that))| does (?:that|it) work| exactly)?|where do i (?:do (?:that|it)|pay(?: it)?)|(?:what are )?the steps)\s*(?:then|now|exactly)?\s*[?!.]*\s*$/i;

/** How to pay the way the conversation is about, or null when the turn asks no such thing. */
export function payHowReply(v: TurnView, tone: Tone): Draft | null {
  if (!v.payment || v.pending || !HOW.test(v.text.trim())) return null;
  const way = paymentMethodsNamed(v.payment.replace("_", " "))[0];
  if (!way?.id) return null;
  const waiting = (v.context?.orders ?? []).find((o) => o.payment_status === "pending");
  return draft("payment_how", tone, [
    waiting
      ? `To pay order ${waiting.id} (${formatMoney(waiting.total, waiting.currency)}) by ` +
        `${way.name}: open the order's page in your account and choose ${way.name} there.`
      : null,
    paymentHow(way.id),
    closer(v),
  ]);
}
