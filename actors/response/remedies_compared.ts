/**
 * "Wait, what's faster, a refund or a replacement?" while one of them waits for a yes: how
 * long each takes, from the policy, and the one that waits asked again — not the other one
 * proposed in its place, nor the speeds of shipping. Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import { comparesRemedies } from "../../domain/remedies_compared.ts";
import {
  REFUND_PROCESSING_DAYS,
  REPLACEMENT_DISPATCH_DAYS,
  SHIPPING_SPEEDS,
} from "../../domain/policy.ts";
import { formatMoney, refundable } from "../../domain/format.ts";
import { pendingOrder } from "./pending_details.ts";
import { pendingQuestion } from "./pending_again.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

const REMEDIES: ReadonlySet<string> = new Set(["refund", "replacement"]);

/** Both remedies' timing while one of them waits, or null for anything else. */
export function remediesCompared(v: TurnView, tone: Tone): Draft | null {
  const p: PendingAction | null = v.pending;
  if (!p || !REMEDIES.has(p.action.type) || new Date(p.expires_at) <= v.now) return null;
  if (!comparesRemedies(v.text)) return null;
  const order = pendingOrder(v, p);
  if (!order) return null;
  const standard = SHIPPING_SPEEDS.standard;
  const question = pendingQuestion(v, p);
  return draft("remedies_compared", tone, [
    `A refund: the ${formatMoney(refundable(order), order.currency)} goes back to your ` +
    `original payment method within ${REFUND_PROCESSING_DAYS} business days.`,
    `A replacement: the ${order.items.map((it) => it.name).join(" and ")} leaves our ` +
    `warehouse within ${REPLACEMENT_DISPATCH_DAYS} business day and then takes ` +
    `${standard.minDays}–${standard.maxDays} business days to reach you, free of charge.`,
    `${question[0].toUpperCase()}${question.slice(1)}`,
  ]);
}
