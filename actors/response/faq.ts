/**
 * Answers from the FAQ (`domain/faq.json`): a question that needs no order — a password
 * reset, opening hours, gift cards, stock, the newsletter, reviews, ways to pay — gets the
 * useful answer operators wrote, in short paragraphs, not a handoff.
 */
import { faqFor, faqMayAnswer, faqParagraphs } from "../../domain/faq.ts";
import { codeTroubleMatch } from "../../domain/code_trouble.ts";
import { askedAsQuestion } from "../../domain/policy_questions.ts";
import { paymentMethodAnswer } from "../../domain/payment_questions.ts";
import { asksRefundDestination } from "../../domain/refund_destination.ts";
import { asRead } from "./as_read.ts";
import { faqFollowUp, sentencesOn } from "./faq_follow_up.ts";
import { faqAcknowledged } from "./faq_ack.ts";
import { saysThanks } from "./closing.ts";
import { opener } from "./tone.ts";
import { unpaidOrderNote } from "./unpaid_note.ts";
import { alreadyPaidNote } from "./paid_how.ts";
import { ownEmailParagraphs } from "./own_email.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** The FAQ's answer to the turn, or null when the FAQ has none for it. */
export function faqReply(v: TurnView, tone: Tone): Draft | null {
  // "how do I reset my pasword": the words as the classifier read them.
  const text = asRead(v);
  // "Can it go on my PayPal instead?": where a refund goes, not the ways to pay.
  if (asksRefundDestination(v.text)) return null;
  // "Ok ill check the code" after the answer on failing codes: a go-ahead, nothing asked.
  const ack = faqAcknowledged(v, tone);
  if (ack) return ack;
  // "My gift card code isn't working" (read as trouble paying): the code's trouble all the same.
  const trouble = codeTroubleMatch(text);
  // An entry that names the intent it answers under ("can you add a gift receipt?" reads as
  // an invoice) answers it there too.
  // An order in question keeps its own template ("put our VAT number on ORD-1002's invoice"),
  // unless the entry was the answer just given ("can you add a gift receipt?" after presents).
  const claim = faqFor(text, v.intent)?.entry;
  const claimed = (claim?.intents?.includes(v.intent) ?? false) &&
    (!v.context?.order || claim?.id === v.faq);
  if (!trouble && !claimed && !faqMayAnswer(v.intent, text)) return null;
  // Small talk that names a topic ("ok I'll try paypal, thanks") is no question about it.
  if (v.intent === "small_talk" && !askedAsQuestion(v.text)) return null;
  // "Ok, apple pay it is. thanks": a way to pay chosen, with thanks, asks nothing.
  if (v.intent === "payment_methods" && !askedAsQuestion(v.text) && saysThanks(v.text)) {
    return null;
  }
  // "My discount code SAVE10 isnt working": the code's trouble, the code in the way of a phrase.
  const own = trouble ?? faqFor(text, v.intent);
  // "Do they expire?" right after the gift cards: that answer's words on it, first.
  const after = own ? null : faqFollowUp({
    text: v.text,
    faq: v.faq,
    tier: v.tier,
    namesSomething: v.entities.order_ids.length > 0 || v.entities.products.length > 0,
  });
  const hit = own ?? after;
  if (!hit) return null;
  // "Can you add a gift receipt?" right after the answer on presents: its words on that.
  const again = own && !own.entry.policy && own.entry.id === v.faq
    ? sentencesOn(own.entry, v.text, { tier: v.tier, named: true })
    : null;
  // "How do I pay by bank transfer?": that way to pay, not the list of every way.
  const paragraphs = after?.paragraphs ?? again ?? ownEmailParagraphs(v, hit.entry.id) ??
    (hit.entry.policy === "payment" ? paymentMethodAnswer(text) : null) ??
    faqParagraphs(hit.entry, v.tier);
  // "Can I use PayPal instead?" after a payment problem: how to pay that order with it.
  const note = hit.entry.policy === "payment" ? unpaidOrderNote(v) : null;
  // "Can I pay for ORD-1003 with PayPal?" when it is paid: that first.
  const paid = hit.entry.policy === "payment" ? alreadyPaidNote(v) : null;
  const body = [...(paid ? [paid] : []), ...paragraphs, ...(note ? [note] : [])]
    .flatMap((p, i) => (i === 0 ? [p] : [PARAGRAPH, p]));
  const open = opener(v, tone === "friendly" ? "neutral" : tone);
  return draft(`faq_${hit.entry.id}`, tone, [
    open,
    ...(open ? [PARAGRAPH] : []),
    ...body,
    ...(hit.entry.follow_up ? [PARAGRAPH, hit.entry.follow_up] : []),
  ]);
}
