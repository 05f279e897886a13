/**
 * The customer's risk level for the reply and the routers: many complaints, a high
 * refund rate or many recent contacts raise it, each with a reason a human can read.
 */
import type { ContextEnrichment } from "../../shared/protocol.ts";
import type { CustomerStats } from "../../shared/store_api.ts";
import type { HistoryView } from "./views.ts";

/** A risk level with its reasons. */
export type Risk = ContextEnrichment["risk"];

type Level = Risk["level"];
const RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };
const DAY = 86_400_000;

/** Thresholds of the risk rules: [medium, high]. */
export const RISK_RULES = {
  complaints: [2, 5],
  refundRate: [0.3, 0.5],
  /** Contacts (any history entry by chat, email or phone) in the last 30 days. */
  recentContacts: [3, 5],
  /** Refund rate counts only with at least this many orders… */
  minOrdersForRate: 3,
  /** …and at least this many refunded or returned ones (one refund is no pattern). */
  minRefundsForRate: 2,
  /** A complaint this recent makes the customer at least medium. */
  recentComplaintDays: 7,
} as const;

/** Assesses the risk from the customer's stats and recent history. */
export function assessRisk(stats: CustomerStats, history: HistoryView[], now: Date): Risk {
  let level: Level = "low";
  const reasons: string[] = [];
  const raise = (to: Level, reason: string) => {
    if (RANK[to] > RANK[level]) level = to;
    reasons.push(reason);
  };
  const [cMed, cHigh] = RISK_RULES.complaints;
  if (stats.complaints >= cHigh) raise("high", `${stats.complaints} complaints on record`);
  else if (stats.complaints >= cMed) raise("medium", `${stats.complaints} complaints on record`);

  const [rMed, rHigh] = RISK_RULES.refundRate;
  const refunded = Math.max(stats.refunds, stats.returns);
  if (stats.orders >= RISK_RULES.minOrdersForRate && refunded >= RISK_RULES.minRefundsForRate) {
    const pct = `${Math.round(stats.refund_rate * 100)}%`;
    if (stats.refund_rate >= rHigh) raise("high", `refund or return rate of ${pct}`);
    else if (stats.refund_rate >= rMed) raise("medium", `refund or return rate of ${pct}`);
  }

  const age = (h: HistoryView) => (now.getTime() - timeOf(h)) / DAY;
  const recent = history.filter((h) => age(h) <= 30 && isContact(h.kind)).length;
  const [nMed, nHigh] = RISK_RULES.recentContacts;
  if (recent >= nHigh) raise("high", `${recent} contacts in the last 30 days`);
  else if (recent >= nMed) raise("medium", `${recent} contacts in the last 30 days`);

  const complaint = history.find((h) => h.kind === "complaint");
  if (complaint && age(complaint) <= RISK_RULES.recentComplaintDays) {
    const days = Math.max(0, Math.floor(age(complaint)));
    raise("medium", `complained ${days === 0 ? "today" : `${days} days ago`}`);
  }
  return { level, reasons };
}

/** Parsed times of history entries: a cached customer part is assessed on many turns. */
const TIMES = new WeakMap<HistoryView, number>();

function timeOf(h: HistoryView): number {
  let t = TIMES.get(h);
  if (t === undefined) TIMES.set(h, t = Date.parse(h.at));
  return t;
}

function isContact(kind: string): boolean {
  return kind === "inquiry" || kind === "complaint" || kind === "callback";
}
