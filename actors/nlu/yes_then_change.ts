/**
 * "Yes, and can you also return ORD-1002?": a clear yes to the pending change, then one change
 * of its own about another order. The yes acts (its reading is `affirm`), and the change is
 * kept with it to be raised right after (`after_yes` on the intent, `domain/deferred.ts`).
 * Pure.
 */
import type { Intent } from "../../shared/protocol.ts";
import type { ConfirmationOptions, ConfirmationReading } from "./confirmation.ts";
import { HEDGES } from "./confirmation_cues.ts";
import { canonical, NEGATION } from "./confirmation_scan.ts";
import { normaliseForRules } from "./rules.ts";
import { wantsFaster } from "../../domain/expedite.ts";
import { YES_THEN_QUESTION } from "./yes_then_question.ts";

/** Below this confidence the words after the yes are no change of their own. */
const MIN_CONFIDENCE = 0.5;
const HEDGE_RE = new RegExp(`(?:^| )(?:${HEDGES.join("|")})(?= |$)`);

/** Changes a yes may carry after it, to be raised once the yes is carried out. */
const CHANGES_AFTER_YES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
]);
/** "Yes, and …", "yes please. also …": a clear yes, then something more. */
const YES_THEN =
  /^([^,.;:!?]{1,30}?)(?:[,.;:!]+\s*|\s+)(?:and|also|plus|then|but(?=\s+(?:(?:can|could|would) (?:you|u)\s+)?also\b))\b\s*(.+)$/i;
/**
 * Changes that may follow a yes about the same order, when the yes was to another kind: "yes,
 * and can you also expedite it" to a new address — the order then goes there, faster.
 */
const SAME_ORDER_AFTER: Readonly<Partial<Record<string, Intent>>> = {
  change_address: "shipping_options",
  modify_items: "shipping_options",
};

/**
 * "Yes, and can you also return ORD-1002?": a clear yes to the pending change, then a change
 * of its own about another order. The yes acts; the change is raised right after it.
 */
export function yesThenChange(
  text: string,
  opts: ConfirmationOptions,
  read: (text: string, opts: ConfirmationOptions) => ConfirmationReading,
): ConfirmationReading | null {
  const m = YES_THEN.exec(text.trim());
  if (!m) return null;
  // The yes alone, read as any reply is (without looking for a yes-then-change again).
  const head = read(m[1], opts);
  if (head.label !== "affirm" || head.reason !== "a clear yes") return null;
  const tail = m[2].trim();
  const tailWords = normaliseForRules(tail).split(" ").filter((w) => w !== "").map(canonical);
  if (tailWords.some((w) => NEGATION.test(w)) || HEDGE_RE.test(tailWords.join(" "))) return null;
  // One change after the yes, nothing more: "cancel it and where is ORD-2001?" is two things.
  if (/\s(?:and|plus|then|but)\s|[,;]/i.test(tail)) return null;
  const r = opts.classify(tail);
  // "Yes, and can you also speed up 1001?": a shipping request that asks for speed is a change.
  const change = CHANGES_AFTER_YES.has(r.intent) ||
    (r.intent === "shipping_options" && wantsFaster(tail));
  if (!change || r.confidence < MIN_CONFIDENCE) return null;
  // About another order, named: "cancel it too" or a change of the same order is no other.
  const pendingOrder = opts.pending.order_id?.toUpperCase() ?? null;
  const named = [...tail.matchAll(/(?:\bord-?\s?|#|\b)(\d{4,})\b/gi)].map((n) => `ORD-${n[1]}`);
  const others = named.filter((id) => id !== pendingOrder);
  const sameOrder = named.length === 0 && SAME_ORDER_AFTER[opts.pending.type] === r.intent;
  if (others.length === 0 && !sameOrder) return null;
  // The same order: the yes carried out and the other change asked beside it, in one turn.
  if (others.length === 0) return { label: "new_request", reason: YES_THEN_QUESTION, request: r };
  return {
    label: "affirm",
    reason: "a clear yes, then a change of its own",
    request: r,
    requestText: tail,
  };
}
