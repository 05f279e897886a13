/**
 * A pending change the reply did not settle: asked again, naming exactly what would
 * happen, when the customer's answer was not a clear yes or no; recalled after the
 * answer to a request of its own, so that a later yes is given knowingly.
 */
import { whyRefused } from "./why_refused.ts";
import type { PendingAction } from "../../shared/protocol.ts";
import { formatMoney, itemsText } from "../../domain/format.ts";
import { actionPhrase, renderActionOutcome } from "../../domain/outcomes.ts";
import { type Draft, draft, LOOKUP_ACTIONS, type Tone, type TurnView } from "./view.ts";
import { SUPERSEDED_BY_HANDOFF } from "../../shared/pending_after.ts";
import { shortPendingLine } from "./policy_answer.ts";
import { pendingDetails, pendingOrder } from "./pending_details.ts";
import { deferredWhat } from "../../domain/deferred.ts";
import { faultForRemedy } from "../../domain/fault_told.ts";
import { goesWithTheRest } from "../../domain/with_the_rest.ts";
import { choiceSaidBack } from "./choice_said_back.ts";
import { thanksForPraise } from "./praise_while_pending.ts";

/** What a fault means for the change that waits. */
const FAULT_COVERED: Readonly<Record<string, string>> = {
  refund: "a faulty item is refunded in full",
  return_item: "a faulty item can be returned with the prepaid label",
  replacement: "a faulty item is replaced free of charge",
};

/**
 * The question that names the pending change exactly: its summary (what execution will
 * carry out) with the order's items and total after the order's id, e.g. "shall I cancel
 * order ORD-2002 (27-inch 4K Monitor, 329.00 USD)? Reply yes to cancel it, or no to keep it."
 */
export function pendingQuestion(v: TurnView, p: PendingAction): string {
  const what = p.summary ? lowerFirst(p.summary) : actionPhrase(p.action.type, p.action.order_id);
  const order = pendingOrder(v, p);
  const facts = order ? ` (${itemsText(order)}, ${formatMoney(order.total, order.currency)})` : "";
  const named = order && what.includes(`order ${order.id}`)
    ? what.replace(`order ${order.id}`, `order ${order.id}${facts}`)
    : `${what}${facts}`;
  const answers = p.action.type === "cancel_order"
    ? "Reply yes to cancel it, or no to keep it."
    : "Reply yes to go ahead, or no to leave things as they are.";
  return `shall I ${named}? ${answers}`;
}

/** Exasperation in a word or a face: "ugh", "typical", "ffs", "🙄". */
const VENTING =
  /\b(?:u+g+h+|a+r+g+h+|ffs|typical|ridiculous|unbelievable|seriously|figures|come on|jeez|smh)\b|[🙄😤😡🤬😠😒]/iu;
/** Words of a yes or a no: a reply with one is an answer, however upset. */
const YES_OR_NO =
  /\b(?:yes|yeah|yep|yup|ya|ok(?:ay)?|sure|fine|go|do it|no|nope|nah|don'?t|dont|not|never|stop|cancel|keep)\b/i;

function capitalFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The reply to an unclear answer: nothing changed yet, and the exact question again. */
export function askAgain(v: TurnView, tone: Tone): Draft {
  const p = v.pending!;
  if (new Date(p.expires_at) <= v.now) {
    return draft("pending_expired", tone, [
      renderActionOutcome({
        type: p.action.type,
        order_id: p.action.order_id,
        status: "expired",
        detail: "The confirmation expired",
        idempotency_key: null,
        data: {},
      }),
    ]);
  }
  // "Ugh typical", "this is ridiculous 🙄": venting, no dodged question — owned, then asked.
  // (The view reads a short answer as mild: the words tell the venting.)
  if (VENTING.test(v.text) && !YES_OR_NO.test(v.text)) {
    return draft("pending_unclear_upset", "empathetic", [
      "I'm sorry — I know this is frustrating. I haven't changed anything yet.",
      capitalFirst(pendingQuestion(v, p)),
    ]);
  }
  // "Why not?" after a cancellation was refused and a return offered: why, then the return.
  const why = whyRefused(v);
  if (why) return draft("pending_why_refused", tone, [...why, capitalFirst(pendingQuestion(v, p))]);
  // "It just doesn't turn on at all" while its refund waits: the reason, heard, then asked.
  if (faultForRemedy(v.text, p.action.type)) {
    return draft("pending_fault_told", "empathetic", [
      `I'm sorry it isn't working — ${FAULT_COVERED[p.action.type]}, and I haven't changed ` +
      "anything yet.",
      capitalFirst(pendingQuestion(v, p)),
    ]);
  }
  // "Oh and add a water bottle too": noted for after this one, which is asked again first.
  if (v.added) {
    return draft("pending_added", tone, [
      `Noted — I'll come to ${deferredWhat(v.added)} as soon as this is settled. One change at ` +
      "a time, so that each has its own yes.",
      `First: ${pendingQuestion(v, p)}`,
    ]);
  }
  // "Forget the headphones, my nephew wants them": that one is dropped, this one asked again.
  if (v.letGo) {
    return draft("pending_let_go", tone, [
      `Alright — I've dropped ${deferredWhat(v.letGo)}; nothing has been changed there.`,
      `As for the rest: ${pendingQuestion(v, p)}`,
    ]);
  }
  // "Make sure the water bottles go too": they do, with the rest; the cancellation asked again.
  const included = goesWithTheRest(v.text) ? pendingDetails(v, p) : null;
  if (included && p.action.type === "cancel_order") {
    return draft("pending_items_included", tone, [
      ...included,
      capitalFirst(pendingQuestion(v, p)),
    ]);
  }
  // "A refund I guess" to the refund offered beside a replacement: the choice said back.
  const chosen = choiceSaidBack(v.text, p, v.replied);
  if (chosen) {
    return draft("pending_choice_said_back", tone, [`${chosen} ${pendingQuestion(v, p)}`]);
  }
  // "You're a lifesaver": thanked, and the change asked again — no yes was said.
  const thanks = thanksForPraise(v.text);
  if (thanks) {
    return draft("pending_praised", tone, [
      `${thanks} I haven't changed anything yet, though: ${pendingQuestion(v, p)}`,
    ]);
  }
  return draft("pending_unclear", tone, [
    "I'm not sure whether that's a yes or a no, so I haven't changed anything yet.",
    `Just to be sure: ${pendingQuestion(v, p)}`,
  ]);
}

/**
 * The reminder added after the answer to a request of its own while a change is still
 * pending, and after every reply of a handoff (opened or joined) that leaves one pending —
 * so that an "ok" to the wait is not taken for a yes to a question no longer on screen.
 * Null when the reply proposes a change of its own (which replaces it), the handoff
 * supersedes the change, or the pending change has expired. After the answer to a question
 * about the shop's rules (`drafted` is the template the reply was worded from) it is one
 * short line.
 */
export function pendingReminder(v: TurnView, reply: Draft, drafted: Draft = reply): string | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now) return null;
  if (v.decision?.action === "handoff") {
    if (SUPERSEDED_BY_HANDOFF.has(p.action.type)) return null;
    return `Your earlier request still waits for your answer, and nothing has been changed: ${
      pendingQuestion(v, p)
    }`;
  }
  if (v.confirmation !== "new_request") return null;
  // "Sorry, I meant the other order": the first one is left as it was, and said so.
  if (v.withdrawn) {
    // "Wait make it two" (what it has now) says itself that the change was dropped.
    if (drafted.template === "modify_unchanged") return null;
    // The same order's change proposed anew ("no wait, I meant the bottles") replaces it;
    // "yes for 1001 only" of a change for 1001 and 1003 leaves 1003 as it was.
    const anew = reply.proposed_actions.filter((a) => !LOOKUP_ACTIONS.has(a.type))
      .map((a) => a.order_id);
    const left = [p.action, ...(p.also ?? []).map((a) => a.action)]
      .filter((a) => !anew.includes(a.order_id));
    return left.length === 0 ? null : withdrawnLine(left.map((a) => a.order_id));
  }
  // An answer about the change itself already asks about it again.
  if (drafted.template === "pending_question_answered") return null;
  // A reply that already asks the pending question again needs no reminder of it.
  if (ASKS_AGAIN.has(drafted.template ?? "")) return null;
  if (reply.proposed_actions.some((a) => !LOOKUP_ACTIONS.has(a.type))) return null;
  // After the answer to a question about the shop's rules, one short line is enough.
  if (INFO_ANSWER.test(drafted.template ?? "")) return shortPendingLine(p);
  return `I haven't done anything about your earlier request yet: ${pendingQuestion(v, p)}`;
}

/** The line that says the change first proposed was dropped, not carried out. */
function withdrawnLine(ids: readonly (string | null)[]): string {
  const named = ids.filter((id): id is string => !!id);
  const order = named.length === 0
    ? " it"
    : named.length === 1
    ? ` order ${named[0]}`
    : ` orders ${named.join(" and ")}`;
  return `I've left${order} as it was — nothing has been changed there.`;
}

/** Templates whose reply is the pending question asked again. */
const ASKS_AGAIN: ReadonlySet<string> = new Set([
  "pending_unclear",
  "pending_pointed",
  "pending_added",
  "pending_let_go",
  "pending_why_refused",
  "pending_fault_told",
  "pending_choice_said_back",
  "pending_praised",
]);

/** Templates that answer a question about the shop's rules (the policy, the FAQ). */
const INFO_ANSWER = /^(?:policy_|faq_|shipping_options$|payment_methods$)/;

/** The closing offer of more help (`closer` in `tone.ts`), at the end of a reply. */
const CLOSING_OFFER =
  /\s*(?:Is there anything else I can help with\?|Let me know if there's anything else I can do\.|Anything else I can help you with\?)\s*$/;

/**
 * The draft with the reminder of the still pending change, if one is due. "Anything else I
 * can help with?" goes: the question that still waits comes after it, and is the one to answer.
 */
export function withPendingReminder(v: TurnView, reply: Draft, drafted: Draft = reply): Draft {
  const reminder = pendingReminder(v, reply, drafted);
  if (!reminder) return reply;
  const text = reply.text.replace(CLOSING_OFFER, "") || reply.text;
  return { ...reply, text: `${text}\n\n${reminder}` };
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}
