/**
 * Outcome templates: what the reply says once execution has run (or not run) an action —
 * done, refused with the rule, failed, declined by the customer, or expired. The
 * execution actor imports these; the response actor uses `describeAction` to acknowledge.
 */
import type { ActionResult, ActionType, Message, ProposedAction } from "../shared/protocol.ts";
import { REFUND_PROCESSING_DAYS, REPLACEMENT_DISPATCH_DAYS, RETURN_WINDOW_DAYS } from "./policy.ts";
import { capitalize, formatDate, formatMoney } from "./format.ts";

/** What outcome texts may use beyond the result itself. */
export interface OutcomeContext {
  /** Currency of amounts in `result.data` that carry none (default USD). */
  currency?: string;
  /** Clock for dates in the text. */
  now?: Date;
  /** The customer's words, when the outcome answers them ("not yet" declines for now). */
  said?: string;
}

/** A no for now: "not yet", "not now", "maybe later". */
const FOR_NOW = /\b(?:not (?:yet|now|right now|today|at the moment)|(?:maybe )?later)\b/i;

/** What an action does, as a phrase after "I'll" or "I couldn't": `cancel order ORD-1003`. */
export function actionPhrase(type: ActionType, orderId: string | null): string {
  const o = orderId ? `order ${orderId}` : "your order";
  const phrases: Record<ActionType, string> = {
    order_status: `check ${o}`,
    tracking_info: `check the tracking of ${o}`,
    cancel_order: `cancel ${o}`,
    modify_items: `change the items of ${o}`,
    change_address: `change the delivery address of ${o}`,
    return_item: `start the return of ${o}`,
    return_label: `issue the return label for ${o}`,
    refund: `refund ${o}`,
    refund_status: `check the refund of ${o}`,
    replacement: `send a replacement for ${o}`,
    expedite_order: `upgrade the shipping of ${o}`,
    expedite_delivery: `speed up the delivery of ${o}`,
    carrier_investigation: `open a carrier investigation for ${o}`,
    customer_note: "add a note to your account",
    order_note: `add a note to ${o}`,
    goodwill_credit: "add goodwill credit to your account",
    schedule_callback: "schedule a call back",
    escalate_supervisor: "pass this to a supervisor",
  };
  return phrases[type];
}

/** A one-line summary of a proposed action, e.g. for `PendingAction.summary`. */
export function describeAction(action: ProposedAction): string {
  return capitalize(actionPhrase(action.type, action.order_id));
}

function num(x: unknown): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}
function str(x: unknown): string | null {
  return typeof x === "string" && x.length > 0 ? x : null;
}
function obj(x: unknown): Record<string, unknown> {
  return x && typeof x === "object" ? x as Record<string, unknown> : {};
}

function doneText(r: ActionResult, ctx: OutcomeContext): string {
  const d = r.data;
  const o = r.order_id ? `order ${r.order_id}` : "your order";
  const cur = str(d.currency) ?? ctx.currency ?? "USD";
  const now = ctx.now ?? new Date();
  const refund = obj(d.refund);
  const amount = num(d.amount) ?? num(refund.amount);
  const money = (n: number) => formatMoney(n, str(refund.currency) ?? cur);
  const by = str(refund.expected_by) ?? str(d.expected_by);
  const arrives = by
    ? ` It should reach your original payment method by ${formatDate(by, now)}.`
    : ` It reaches your original payment method within ${REFUND_PROCESSING_DAYS} business days.`;
  switch (r.type) {
    case "order_status":
    case "tracking_info":
    case "refund_status":
      // The reply already states what the look-up found.
      return "";
    case "cancel_order":
      return `Done — ${o} is cancelled.` +
        (amount ? ` Your refund of ${money(amount)} is on its way.${arrives}` : "");
    case "modify_items": {
      const total = num(obj(d.order).total) ?? num(d.total);
      return `Done — ${o} now has the changes you asked for.` +
        (total !== null ? ` Its new total is ${money(total)}.` : "");
    }
    case "change_address":
      return `Done — ${o} will go to the new address.`;
    case "return_item":
    case "return_label": {
      const label = str(d.label_url) ?? str(obj(d.return).label_url) ??
        str(obj(d.return_request).label_url);
      return (r.type === "return_item"
        ? `Done — the return for ${o} is open.`
        : `Here's the return label for ${o}.`) +
        (label
          ? ` You can download the prepaid label here: ${label}`
          : " The prepaid label is on its way to your email.");
    }
    case "refund":
      return `Done — I've refunded ${
        amount !== null ? money(amount) : "the amount"
      } for ${o}.${arrives}`;
    case "replacement": {
      const eta = str(obj(d.replacement).eta);
      return `Done — I've arranged a replacement for ${o}, free of charge. It leaves our ` +
        `warehouse within ${REPLACEMENT_DISPATCH_DAYS} business day` +
        (eta ? ` and should be with you by ${formatDate(eta, now)}` : "") +
        "; we'll email you its tracking number as soon as it ships.";
    }
    case "expedite_order":
    case "expedite_delivery": {
      const fee = obj(d.fee);
      const feeAmount = num(fee.amount);
      const feeText = fee.waived === true || feeAmount === 0
        ? " There's no fee for this."
        : feeAmount !== null
        ? ` A fee of ${formatMoney(feeAmount, str(fee.currency) ?? cur)} applies.`
        : "";
      return `Done — ${
        r.type === "expedite_order" ? `${o} is upgraded` : `the delivery of ${o} is sped up`
      }.${feeText}`;
    }
    case "carrier_investigation": {
      const inv = obj(d.investigation);
      const until = str(inv.expected_resolution_at);
      return `Done — I've opened an investigation with the carrier for ${o}.` +
        (until
          ? ` We expect their answer by ${
            formatDate(until, now)
          }, and I'll make sure you hear from us.`
          : "");
    }
    case "customer_note":
    case "order_note":
      return "I've added a note for our team, so anyone who picks this up knows the details.";
    case "goodwill_credit": {
      const credit = num(obj(d.credit).amount) ?? amount;
      return `Done — I've added ${
        credit !== null ? money(credit) : "the credit"
      } to your account as a gesture of goodwill.`;
    }
    case "schedule_callback": {
      const at = str(obj(d.callback).scheduled_for) ?? str(d.scheduled_for);
      // The day and the hour booked (UTC, the store's time), as the proposal said them.
      const hour = at && !Number.isNaN(Date.parse(at)) ? ` at ${at.slice(11, 16)} UTC` : "";
      return `Done — a colleague will call you back${
        at ? ` on ${formatDate(at, now)}${hour}` : " as soon as possible"
      }.`;
    }
    case "escalate_supervisor":
      return "I've passed this to a supervisor, who will get back to you.";
  }
}

/** The rule part of a refusal detail: "Cannot cancel order X: it has shipped" → "it has shipped". */
function ruleOf(detail: string): string {
  const i = detail.indexOf(": ");
  const prefixed = (detail.startsWith("Cannot") || detail.startsWith("Not carried out")) && i > 0;
  const rule = (prefixed ? detail.slice(i + 2) : detail).trim().replace(/\.$/, "");
  return rule.charAt(0).toLowerCase() + rule.slice(1);
}

/** A refusal for want of stock ("sold out", "out of stock", "only 2 left"). */
const STOCK_RULE = /\b(?:sold out|out of stock|left in stock)\b/i;

function alternative(type: ActionType): string {
  switch (type) {
    case "cancel_order":
    case "modify_items":
    case "change_address":
      return ` Once it's delivered, you can return it within ${RETURN_WINDOW_DAYS} days.`;
    case "refund":
    case "return_item":
      return " If the item is faulty, it is still covered by its warranty.";
    default:
      return "";
  }
}

/** The reply text for one action's result; empty for look-ups and proposals. */
export function renderActionOutcome(result: ActionResult, ctx: OutcomeContext = {}): string {
  const what = actionPhrase(result.type, result.order_id);
  switch (result.status) {
    case "done":
      return doneText(result, ctx);
    case "proposed":
      return "";
    case "refused":
      // Out of stock: the order stays as it was, and returning it has nothing to do with it.
      return `I couldn't ${what}: ${ruleOf(result.detail)}.${
        STOCK_RULE.test(result.detail) ? "" : alternative(result.type)
      }`;
    case "failed":
      return `Something went wrong on our side while trying to ${what}, so it hasn't been done. ` +
        "Please try again in a few minutes, or ask for a colleague.";
    case "declined":
      // "Not yet": left as it is for now, and how to have it done later.
      return FOR_NOW.test(ctx.said ?? "")
        ? `No problem — I won't ${what} for now; nothing has been changed. Just say when you'd like me to.`
        : `No problem — I won't ${what}; nothing has been changed.`;
    case "expired":
      return `That confirmation has expired, so I haven't gone ahead with it (${what}). ` +
        "Just ask again if you'd still like me to.";
  }
}

/** `renderActionOutcome` in the shape of execution's `renderOutcome` dependency. */
export function renderOutcomeFor(result: ActionResult, msg: Message): string {
  const c = msg.payload.context;
  const currency = c?.order?.currency ?? c?.orders[0]?.currency;
  return renderActionOutcome(result, {
    currency,
    now: new Date(msg.created_at),
    said: msg.payload.customer_message.text,
  });
}

/** The reply text for several results, in order, skipping empty ones. */
export function renderActionOutcomes(
  results: readonly ActionResult[],
  ctx: OutcomeContext = {},
): string {
  return results.map((r) => renderActionOutcome(r, ctx)).filter((t) => t.length > 0).join(" ");
}
