/**
 * Replacements: a parcel the carrier reports lost, or items that arrived damaged, can be
 * sent again free of charge instead of refunded. The template proposes the replacement the
 * customer asked for (and names the refund as the other way), or refuses with the rule.
 */
import {
  DAMAGED_REASON,
  FAULTY,
  FAULTY_REASON,
  MISSING_ITEM_REASON,
  reportedIssueIn,
  reportsIn,
  WRONG_ITEM_REASON,
  WRONG_REASON,
  wrongOrMissingReason,
} from "../../domain/problems.ts";
import { turnsDownReplacement } from "../../domain/intents.ts";
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { addedProduct } from "./items_added.ts";
import { modifyOrder } from "./orders_change.ts";
import { REPLACEMENT_DISPATCH_DAYS } from "../../domain/policy.ts";
import { canRefund, canReplace, parcelLost } from "../../domain/eligibility.ts";
import { formatMoney, refundable } from "../../domain/format.ts";
import { alternativeFor } from "./alternatives.ts";
import { gateOrder } from "./gate.ts";
import { orderLabel } from "./order_facts.ts";
import { linesNamedText, replacedLines } from "./replaced_lines.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { faultInUse, sinceDamaged } from "./fault_words.ts";
import { partOfReason, partReason } from "../../domain/missing_part.ts";
import { missingPartOf, partReplacementOffer } from "./missing_part.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** The sentence offering a replacement, or null when the order cannot be replaced. */
export function replacementOffer(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
): string | null {
  // "I don't want another one. Just refund me.": not offered again.
  if (turnsDownReplacement(v.text)) return null;
  const reports = reportsIn(order, v.text);
  if (!canReplace(order, v.now, { tracking, ...reports }).ok) return null;
  const part = missingPartOf(v.text, order);
  if (part) return partReplacementOffer(v, order);
  return reports.reportsWrong
    ? "If you'd rather have the right item, I can send it free of charge instead — just say so."
    : "If you'd rather have a new one, I can send a replacement free of charge instead — " +
      "just say so.";
}

/** The sentence offering the refund as the other way, or null when it is not possible. */
function refundOffer(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
  lines: readonly { price: number; quantity: number }[] | null,
): string | null {
  if (!canRefund(order, v.now, tracking).ok) return null;
  if (lines) {
    const worth = Math.round(lines.reduce((s, l) => s + l.price * l.quantity, 0) * 100) / 100;
    return `If you'd rather have your money back, I can refund ${
      lines.length > 1 ? "their" : "its"
    } ` +
      `${formatMoney(worth, order.currency)} instead.`;
  }
  return `If you'd rather have your money back, I can refund the full ` +
    `${formatMoney(refundable(order), order.currency)} instead.`;
}

/** The customer asks for the order to be sent again. */
/** A part of the goods asked for alone: "a replacement bowl only", "not the entire mixer". */
const PART_ONLY =
  /\bnot the (?:whole|entire|complete) (?:thing|item|unit|\w+)\b|\b(?:replacement|new|spare) [a-z]+ only\b|\bjust (?:a|the) (?:new |replacement |spare )?(?:bowl|lid|part|cable|charger|filter|brush|battery|jug|tank|strap|cover|case)\b/i;

export function replacementRequest(v: TurnView, tone: Tone): Draft {
  const g = gateOrder(v, tone, {
    purpose: "replaced",
    fits: (o) => o.status === "shipped" || o.status === "delivered",
    noneFit: "None of your orders can be replaced: a replacement is sent for a parcel the " +
      "carrier reports lost, or for items that arrived damaged.",
  });
  if (!g.ok) return g.draft;
  const { order, tracking } = g;
  // The damage may have been told a turn before, when the change now pending was proposed.
  const pending = v.pending?.action;
  const before = pending?.order_id === order.id ? pending.params.reason : null;
  const delivered = order.status === "delivered";
  const told = delivered ? reportedIssueIn(v.text) : null;
  // "It smells like burning rubber" a turn before, "can you send a new one" now: a fault.
  const faultBefore = before === FAULTY_REASON ||
    (told === null && v.reported?.order_id === order.id && v.reported.problem === "faulty");
  const damaged = delivered &&
    (told === "damaged" || before === DAMAGED_REASON || faultBefore ||
      (told === null && FAULTY.test(v.text)));
  // "Came without the water tank", now or when the change now pending was proposed.
  const part = delivered && !damaged ? missingPartOf(v.text, order) ?? partOfReason(before) : null;
  const wrong = delivered && !damaged &&
    (part !== null || (told !== null && told !== "damaged") || wrongOrMissingReason(before) ||
      order.reported_issue === "wrong_item" || order.reported_issue === "missing_item");
  // Which of the two, as said now, when the change now pending was proposed, or recorded.
  const issue = told ??
    (before === MISSING_ITEM_REASON || part
      ? "missing_item"
      : before === WRONG_ITEM_REASON
      ? "wrong_item"
      : order.reported_issue ?? null);
  const e = canReplace(order, v.now, { tracking, reportsDamage: damaged, reportsWrong: wrong });
  // "Replace the water bottles with a milk frother" on an order not shipped: a change of items.
  if (!e.ok && e.code === "not_shipped" && addedProduct(v, order)) return modifyOrder(v, tone);
  if (!e.ok) {
    const alt = alternativeFor(v, order, e);
    return draft(
      "replacement_refused",
      tone,
      [opener(v, tone), e.rule, ...alt.sentences],
      alt.actions,
    );
  }
  const lost = parcelLost(order, tracking);
  // "The frother is a different model": the frother sent again, not the espresso machine.
  const lines = lost ? null : replacedLines(v, order);
  const what = lines ? linesNamedText(lines).replace(/^the /, "") : null;
  return draft("replacement_proposed", tone, [
    opener(v, tone),
    // "A replacement bowl only, not the entire mixer": no part is sent on its own.
    !lost && PART_ONLY.test(v.text)
      ? "I'm afraid we can't send a single part on its own: a replacement is the whole item."
      : null,
    lost
      ? `Since the carrier has lost the parcel, I can send order ${orderLabel(order)} again, ` +
        "free of charge."
      : part
      ? `Since the ${part} was missing, I can send you a complete new ${
        what ?? (order.items.length === 1 ? order.items[0].name : "set of the items")
      } for order ${order.id}, free of charge.`
      : wrong
      ? wrongSentence(order, what, issue)
      : `${faultBefore ? "Since it's faulty" : sinceDamaged(v.text)}, I can send you a new ${
        what ?? (order.items.length === 1 ? order.items[0].name : "set of the items")
      } for order ${order.id}, free of charge.`,
    `The replacement leaves our warehouse within ${REPLACEMENT_DISPATCH_DAYS} business day, ` +
    "and we'll email you its tracking number.",
    refundOffer(v, order, tracking, lines),
    confirmPrompt(v),
  ], [
    propose("replacement", order.id, {
      reason: lost
        ? "Parcel lost in transit"
        : part
        ? partReason(part)
        : wrong
        ? (issue === "missing_item"
          ? MISSING_ITEM_REASON
          : issue === "wrong_item"
          ? WRONG_ITEM_REASON
          : WRONG_REASON)
        : faultBefore || faultInUse(v.text)
        ? FAULTY_REASON
        : DAMAGED_REASON,
      ...(!lost && !order.reported_issue
        ? {
          reported_issue: wrong
            // Told a turn before ("the frother is missing" → "can you send it?"): still missing.
            ? (issue === "missing_item" || part ? "missing_item" : "wrong_item")
            : "damaged",
        }
        : {}),
      ...(lines ? { items: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) } : {}),
    }),
  ]);
}

/**
 * Why the goods are sent: the wrong item came, or one was missing; when the turn that told
 * which is gone (only "wrong or missing" was kept), said so that it holds for both.
 */
function wrongSentence(order: OrderView, what: string | null, issue: string | null): string {
  const goods = what ?? (order.items.length === 1 ? order.items[0].name : "items");
  if (issue === "wrong_item") {
    return `Since the wrong item came, I can send you the right ${goods} for order ${order.id}, ` +
      "free of charge.";
  }
  if (issue === "missing_item" && what) {
    const many = /\band\b|×|s$/.test(what);
    return `Since the ${what} ${many ? "were" : "was"} missing, I can send ${
      many ? "them" : "it"
    } to you for order ${order.id}, free of charge.`;
  }
  return `Since order ${order.id} didn't bring you what you ordered, I can send you the ${goods}, ` +
    "free of charge.";
}
