/**
 * The reply to a short follow-up on the store's rule answered just before ("not even for
 * amazon?" after the price-match rule, "what about weekends?" after the shipping answer, "does
 * it cover drops?" after the warranty): that detail of the rule, first and alone — not the whole
 * policy again, a clarifying question or "outside what I can help with". The reading is
 * `domain/rule_follow_up.ts`'s.
 */
import { ruleFollowUp } from "../../domain/rule_follow_up.ts";
import { answerPolicyQuestion } from "../../domain/policy_questions.ts";
import { ruleDetail, type RuleFamily } from "../../domain/rule_details.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** Readings a follow-up on a rule may have had alone; a change of an order is not one. */
const READ_AS: ReadonlySet<string> = new Set([
  "policy_question",
  "shipping_options",
  "payment_methods",
  "payment_issue",
  "product_question",
  "place_order",
  "small_talk",
  "other",
  "order_status",
  "return_item",
  "refund_request",
]);

/** Readings under which a rule's detail asked in its own words is answered here. */
const STATED: ReadonlySet<string> = new Set([
  "shipping_options",
  "payment_methods",
  // "Does the warranty cover drops?": the rule, not a product the words resemble.
  "policy_question",
]);

/** A request to us, or a number that may name an order: "pls deliver 1003 on saturday". */
const REQUEST = /\b(?:pls|please|plz|(?:can|could|would) you|i (?:want|need))\b|\d{3,}|\bORD-/i;

/** Whether the turn names an order, a product or a parcel of its own. */
function named(v: TurnView): boolean {
  return v.entities.order_ids.length > 0 || v.entities.products.length > 0 ||
    v.entities.tracking_numbers.length > 0 || (v.entities.order_refs?.length ?? 0) > 0;
}

/** The answer to a short follow-up on the rule before, or null when the turn is none. */
export function ruleFollowUpReply(v: TurnView, tone: Tone): Draft | null {
  if (v.pending || !READ_AS.has(v.intent)) return null;
  const after = ruleFollowUp({
    text: v.text,
    rule: v.rule as RuleFamily,
    tier: v.tier,
    namesSomething: named(v),
    place: v.place ?? null,
  });
  // "Do you deliver on saturdays?", "can i pay in euros?": a detail asked in so many words,
  // unless the rule before carries the words ("can i pay with one and a card together?").
  // (The words, not the entities: in a part of a message, those are the whole message's.)
  const asks = !after?.carried && STATED.has(v.intent) && !REQUEST.test(v.text);
  const stated = asks && ruleDetail(v.text) ? answerPolicyQuestion(v.text, { tier: v.tier }) : null;
  const answer = stated ? { ...stated, followUp: null } : after;
  if (!answer) return null;
  const open = opener(v, tone === "friendly" ? "neutral" : tone);
  const body = answer.paragraphs.flatMap((p, i) => (i === 0 ? [p] : [PARAGRAPH, p]));
  const template = /^(?:faq|policy)_/.test(answer.id) ? answer.id : `policy_${answer.id}`;
  return draft(template, tone, [
    open,
    ...(open ? [PARAGRAPH] : []),
    ...body,
    PARAGRAPH,
    answer.followUp ?? closer(v),
  ]);
}
