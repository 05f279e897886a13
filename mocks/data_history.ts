/**
 * Seeded support history of generated customers: what their orders went through
 * (cancellations, returns, refunds, complaints about lost or damaged parcels) plus past
 * contacts; a few risky customers complain and ask for refunds far more than others.
 */
import type { HistoryEntry } from "../shared/store_api.ts";
import { HISTORY_TOPICS } from "./catalogue.ts";
import { CREDIT_LIMITS } from "./rules.ts";
import type { Rng } from "./random.ts";
import { addDays, type CreditRecord, type CustomerRecord, type HistoryRecord } from "./types.ts";
import type { OrderRecord, TrackingRecord } from "./types.ts";

type Draft = Omit<HistoryRecord, "id">;

/** Builds history and past goodwill credits; ids are given in time order from `first`. */
export function buildHistory(o: {
  rng: Rng;
  now: Date;
  customers: readonly CustomerRecord[];
  orders: readonly OrderRecord[];
  tracking: readonly TrackingRecord[];
  risky: ReadonlySet<string>;
  first: number;
}): { history: HistoryRecord[]; credits: CreditRecord[] } {
  const { rng, now } = o;
  const drafts: Draft[] = [];
  const channel = (): HistoryEntry["channel"] => rng.weighted({ chat: 50, email: 35, phone: 15 });
  const add = (
    customer_id: string,
    at: Date | string,
    kind: HistoryEntry["kind"],
    summary: string,
    order_id: string | null = null,
  ) =>
    drafts.push({
      customer_id,
      at: new Date(at).toISOString(),
      kind,
      channel: kind === "refund" ? "system" : channel(),
      summary,
      order_id,
    });

  const parcels = new Map(o.tracking.map((t) => [t.number, t]));
  for (const order of o.orders) {
    const c = order.customer_id;
    if (order.status === "cancelled" && order.payment_status !== "failed" && order.cancelled_at) {
      add(
        c,
        order.cancelled_at,
        "cancellation",
        `Cancelled ${order.id} before it shipped`,
        order.id,
      );
    }
    if (order.return_request) {
      add(
        c,
        order.return_request.requested_at,
        "return",
        `Returned ${order.id}: ${order.return_request.reason.toLowerCase()}`,
        order.id,
      );
    }
    for (const r of order.refunds) {
      if (order.status === "cancelled") continue;
      add(
        c,
        r.created_at,
        "refund",
        `Refund of ${r.amount.toFixed(2)} ${r.currency} for ${order.id}`,
        order.id,
      );
    }
    if (order.reported_issue && order.delivered_at) {
      const what = order.reported_issue.replace("_", " ");
      add(
        c,
        addDays(new Date(order.delivered_at), 1),
        "complaint",
        `Reported ${what} in ${order.id}`,
        order.id,
      );
    }
    const parcel = order.tracking_number ? parcels.get(order.tracking_number) : undefined;
    if (parcel?.status === "lost" && rng.chance(0.7)) {
      add(
        c,
        addDays(now, -rng.int(0, 3)),
        "complaint",
        `Complained that ${order.id} never arrived`,
        order.id,
      );
    }
  }

  const credits: CreditRecord[] = [];
  const byCustomer = new Map<string, OrderRecord[]>();
  for (const order of o.orders) {
    byCustomer.set(order.customer_id, [...(byCustomer.get(order.customer_id) ?? []), order]);
  }
  for (const c of o.customers) {
    const risky = o.risky.has(c.id);
    const mine = byCustomer.get(c.id) ?? [];
    const sinceDays = Math.min(365, (now.getTime() - new Date(c.since).getTime()) / 86_400_000);
    const n = risky ? rng.int(5, 10) : rng.int(0, 3);
    for (let i = 0; i < n; i++) {
      const kind = risky || rng.chance(0.25) ? "complaint" : "inquiry";
      const order = mine.length > 0 && rng.chance(0.6) ? rng.pick(mine) : null;
      const at = addDays(now, -rng.float() * sinceDays);
      add(
        c.id,
        order && new Date(order.placed_at) > at ? order.placed_at : at,
        kind,
        rng.pick(HISTORY_TOPICS[kind]),
        order?.id ?? null,
      );
    }
    if (rng.chance(0.06)) {
      const at = addDays(now, -rng.int(40, 300));
      const amount = Math.min(CREDIT_LIMITS[c.tier], rng.int(5, 30));
      credits.push({
        id: `CR-${String(credits.length + 1).padStart(6, "0")}`,
        customer_id: c.id,
        at: at.toISOString(),
        amount,
        currency: c.currency,
        reason: "Goodwill for a late delivery",
        order_id: null,
      });
      add(c.id, at, "credit", `Goodwill credit of ${amount.toFixed(2)} ${c.currency}`);
    }
  }
  drafts.sort((a, b) => a.at.localeCompare(b.at) || a.customer_id.localeCompare(b.customer_id));
  const history = drafts.map((d, i) => ({
    ...d,
    id: `HIS-${String(o.first + i).padStart(6, "0")}`,
  }));
  return { history, credits };
}
