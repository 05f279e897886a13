/**
 * Answers to questions about how the store works, from the FAQ and the policy
 * (`domain/policy_questions.ts`): for guests too, and never with a proposal. A signed-in
 * customer with an order the rule applies to is told so in one line ("ORD-1002 can still be
 * returned until December 26 — just say if you'd like to"); the change itself waits until
 * they ask for it. While a change waits for a yes, such a question is answered and the
 * change asked about again in one short line.
 */
import { returnCostSentence } from "./return_cost.ts";
import type { OrderView, PendingAction } from "../../shared/protocol.ts";
import {
  answerPolicyQuestion,
  askedAsQuestion,
  type PolicyReply,
  refundOnCancelReply,
} from "../../domain/policy_questions.ts";
import type { PolicyTopic } from "../../domain/policy.ts";
import {
  canChange,
  canRefund,
  canReturn,
  type Eligibility,
  returnDeadline,
} from "../../domain/eligibility.ts";
import { formatDate, joinAnd } from "../../domain/format.ts";
import { actionPhrase } from "../../domain/outcomes.ts";
import { closer, opener } from "./tone.ts";
import { delayReasonFacts } from "./delay_reason.ts";
import { pendingDetails } from "./pending_details.ts";
import { refundDestinationLines } from "./refund_destination.ts";
import { type Draft, draft, PARAGRAPH, type Tone, trackingFor, type TurnView } from "./view.ts";

/** What a topic lets a customer do with an order of theirs, and how it is checked. */
const APPLIES: Partial<
  Record<PolicyTopic, { verb: string; check: (o: OrderView, v: TurnView) => Eligibility }>
> = {
  returns: { verb: "returned", check: (o, v) => canReturn(o, v.now, trackingFor(v, o)) },
  refunds: { verb: "refunded", check: (o, v) => canRefund(o, v.now, trackingFor(v, o)) },
  cancellation: { verb: "cancelled", check: (o, v) => canChange(o, "cancelling is", v.now) },
  order_changes: { verb: "changed", check: (o, v) => canChange(o, "changes are", v.now) },
};

/**
 * The line naming the customer's orders the answered rule applies to, e.g. "ORD-1002 can
 * still be returned until December 26 — just say if you'd like to."; null for a guest, for
 * a topic about no change, or when none of their orders qualifies.
 */
export function applicableOrdersLine(v: TurnView, topic: PolicyTopic | null): string | null {
  const rule = topic ? APPLIES[topic] : undefined;
  if (!rule || v.guest || !v.context) return null;
  const fits = v.context.orders.filter((o) => rule.check(o, v).ok).slice(0, 2);
  if (fits.length === 0) return null;
  const dated = (o: OrderView) => {
    const until = topic === "returns" || topic === "refunds" ? returnDeadline(o) : null;
    return until ? `${o.id} (until ${formatDate(until, v.now)})` : o.id;
  };
  if (fits.length === 1) {
    const o = fits[0];
    const until = topic === "returns" || topic === "refunds" ? returnDeadline(o) : null;
    return `${o.id} can still be ${rule.verb}${
      until ? ` until ${formatDate(until, v.now)}` : ""
    } — just say if you'd like to.`;
  }
  return `${joinAnd(fits.map(dated))} can still be ${rule.verb} — just say which, if you'd ` +
    "like to.";
}

/** Answers that state a rule a customer may act on, with their orders named. */
const RULES = /^(?:policy_(?:returns|refunds|cancellation|order_changes)|return_window|exchanges)$/;

/** The paragraphs of an answer, with its closing line. */
function body(answer: PolicyReply): string[] {
  const out = answer.paragraphs.flatMap((p, i) => (i === 0 ? [p] : [PARAGRAPH, p]));
  return out;
}

/**
 * The answer to a policy question, in the light of the change that waits for a yes: money
 * asked about while a cancellation waits is the cancelled order's refund.
 */
function answerFor(v: TurnView): PolicyReply | null {
  const answer = answerPolicyQuestion(v.text, { tier: v.tier });
  const pending = v.pending && new Date(v.pending.expires_at) > v.now ? v.pending : null;
  if (
    answer && pending?.action.type === "cancel_order" &&
    (answer.id === "policy_refunds" || answer.id === "refund_time")
  ) {
    return refundOnCancelReply();
  }
  return answer;
}

/**
 * The answer to a general policy question (no order named), or null when neither the FAQ
 * nor the policy has one.
 */
export function generalPolicyReply(v: TurnView, tone: Tone): Draft | null {
  const answer = answerFor(v);
  if (!answer) return null;
  const open = opener(v, tone === "friendly" ? "neutral" : tone);
  // A rule (the returns policy, "after 2 months?") names their orders it applies to; a
  // detail of it (how long a refund takes, the label's cost) does not repeat them.
  // While a change waits, the reminder of it follows instead.
  const line = RULES.test(answer.id) && !v.pending ? applicableOrdersLine(v, answer.topic) : null;
  // Every answer of the policy is a `policy_…` template (the FAQ's are `faq_…`).
  const template = /^(?:faq|policy)_/.test(answer.id) ? answer.id : `policy_${answer.id}`;
  return draft(template, tone, [
    open,
    ...(open ? [PARAGRAPH] : []),
    ...body(answer),
    PARAGRAPH,
    // While a change waits, the reminder of it closes the reply instead of an offer.
    line ?? (v.pending ? null : answer.followUp ?? closer(v)),
  ]);
}

/** The pending change asked about again in one short line. */
export function shortPendingLine(p: PendingAction): string {
  return `I haven't done anything yet: shall I ${
    actionPhrase(p.action.type, p.action.order_id)
  }? Reply yes or no.`;
}

/**
 * While a change waits for a yes, a question the FAQ or the policy answers ("how long do
 * refunds take?", "is the label free?") gets its answer, then the change is asked about
 * again in one short line; null for anything else (it is asked again as unclear), or when
 * the change has expired.
 */
export function answerWhilePending(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  // "Ok but only if it's free": a yes on a condition asks about the change's terms.
  const asked = askedAsQuestion(v.text) || ON_CONDITION.test(v.text);
  if (!p || new Date(p.expires_at) <= v.now || !asked) return null;
  // "Can it go on my PayPal instead?" while a refund waits: where the money goes.
  const where = refundDestinationLines(v);
  if (where) {
    return draft("pending_question_answered", tone, [...where, PARAGRAPH, shortPendingLine(p)]);
  }
  // "Why is it delayed?" while an investigation of it waits: the carrier's reason first.
  const ordered = v.context?.order_lookup === "found" ? v.context.order : null;
  const reason = ordered ? delayReasonFacts(v, ordered, trackingFor(v, ordered)) : null;
  if (reason) {
    return draft("pending_question_answered", tone, [...reason, PARAGRAPH, shortPendingLine(p)]);
  }
  // "Why do I need to pay for shipping?" while a return waits: sending it back is free.
  const cost = returnCostSentence(v);
  if (cost) return draft("pending_question_answered", tone, [cost, PARAGRAPH, shortPendingLine(p)]);
  const own = changeAskedAbout(v, tone);
  if (own) return own;
  const answer = answerFor(v);
  if (!answer) {
    // A question about the change itself: what it would do, from the order and the policy.
    const details = pendingDetails(v, p);
    if (!details || namesAnotherOrder(v, p)) return null;
    return draft("pending_question_answered", tone, [...details, PARAGRAPH, shortPendingLine(p)]);
  }
  return draft("pending_question_answered", tone, [
    ...body(answer),
    PARAGRAPH,
    shortPendingLine(p),
  ]);
}

/** A question of time or money about "it", "that" or "this": the change that waits. */
const OF_THE_CHANGE =
  /\b(?:how much|cost|costs|charge|fee|free|how long|how soon)\b[^.?!]*\b(?:it|that|this)\b|\b(?:it|that|this)\b[^.?!]*\b(?:cost|costs|free|take|takes)\b/i;
/** Words of shipping in general: "how much is express shipping?" asks the speeds' prices. */
const SHIPPING_WORDS =
  /\b(?:ship\w*|deliver\w*|postage|express|overnight|standard|next[- ]day|countr\w+|abroad)\b/i;

/**
 * "How much would it cost?", "how long does that take?" while a replacement waits: "it" is the
 * change that waits, not shipping in general — its cost or timing, then the change asked again.
 * Null for anything else (a question naming shipping, another order, or no change waiting).
 */
export function changeAskedAbout(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now || !OF_THE_CHANGE.test(v.text)) return null;
  if (SHIPPING_WORDS.test(v.text) || namesAnotherOrder(v, p)) return null;
  const details = pendingDetails(v, p);
  if (!details) return null;
  return draft("pending_question_answered", tone, [...details, PARAGRAPH, shortPendingLine(p)]);
}

/** A condition put on a yes: "only if it's free", "as long as it comes by Friday". */
const ON_CONDITION =
  /\b(?:only if|as long as|provided (?:that )?|if it'?s|if it is|if there'?s no)\b/i;

/** True when the question names an order other than the pending change's. */
function namesAnotherOrder(v: TurnView, p: PendingAction): boolean {
  const named = v.context?.order_lookup === "found" ? v.context.order?.id : null;
  return named !== null && named !== undefined && named !== p.action.order_id;
}

/** Changes that send something out: "when would it ship?" asks about that shipment. */
const SHIPS_OUT: ReadonlySet<string> = new Set([
  "replacement",
  "expedite_order",
  "expedite_delivery",
]);

/**
 * "When would it ship?" while a replacement (or a faster delivery) waits for a yes: the new
 * shipment's timing, then the change asked again in one line — not the old parcel's status.
 * Null for anything else.
 */
export function shipmentQuestionWhilePending(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now || !SHIPS_OUT.has(p.action.type)) return null;
  if (v.intent !== "order_status" || !askedAsQuestion(v.text) || namesAnotherOrder(v, p)) {
    return null;
  }
  const details = pendingDetails(v, p);
  if (!details) return null;
  return draft("pending_question_answered", tone, [...details, PARAGRAPH, shortPendingLine(p)]);
}
