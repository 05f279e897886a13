/**
 * Seeded generation of one order and its parcel: a status that fits the order's age, and
 * dates, payments, refunds, returns and carrier scans that agree with it.
 */
import type { OrderStatus, Product, ShippingMethod, TrackingEvent } from "../shared/store_api.ts";
import { makeOrder, makeRefund, makeTracking, scan, transitScans } from "./builders.ts";
import type { OrderSpec } from "./builders.ts";
import { CARRIERS } from "./catalogue.ts";
import type { Rng } from "./random.ts";
import { addDays, addHours, type CustomerRecord, money } from "./types.ts";
import type { OrderRecord, TrackingRecord } from "./types.ts";

/** Counters of generated refund and return ids. */
export interface IdCounters {
  refund: number;
  ret: number;
}

/** An order whose id is given once all orders are sorted by time. */
export interface OrderDraft {
  placedAt: Date;
  build(
    id: string,
    nextTracking: () => string,
    ids: IdCounters,
  ): { order: OrderRecord; tracking: TrackingRecord | null };
}

const TRANSIT_DAYS: Record<ShippingMethod, [number, number]> = {
  standard: [3, 5],
  express: [1, 2],
  overnight: [1, 1],
};

function chooseStatus(rng: Rng, age: number, risky: boolean): OrderStatus {
  if (age < 0.5) return rng.weighted({ pending: 45, processing: 55 });
  if (age < 2) return rng.weighted({ processing: 55, shipped: 38, cancelled: 7 });
  if (age < 7) return rng.weighted({ shipped: 55, delivered: 38, cancelled: 7 });
  return rng.weighted({
    delivered: 76,
    cancelled: 6,
    returned: risky ? 20 : 5,
    refunded: risky ? 24 : 6,
    shipped: 3,
  });
}

/** Draws one order of `customer` (its lines, status and timing). */
export function draftOrder(
  rng: Rng,
  customer: CustomerRecord,
  products: readonly Product[],
  now: Date,
  risky: boolean,
): OrderDraft {
  const sinceDays = (now.getTime() - new Date(customer.since).getTime()) / 86_400_000;
  const age = Math.min(sinceDays, 240) * Math.pow(rng.float(), 1.6);
  const placedAt = addDays(now, -age);
  const status = chooseStatus(rng, age, risky);
  const lines = rng
    .sample(products, rng.weighted({ "1": 60, "2": 30, "3": 10 }) === "1" ? 1 : rng.int(2, 3))
    .map((p) => [p, rng.chance(0.8) ? 1 : rng.int(2, 3)] as const);
  const method = rng.weighted({ standard: 80, express: 15, overnight: 5 });
  const paymentMethod = rng.weighted({ card: 60, paypal: 25, apple_pay: 12, bank_transfer: 3 });
  const carrier = rng.pick(Object.keys(CARRIERS));
  const hubs = CARRIERS[carrier];
  const [tMin, tMax] = TRANSIT_DAYS[method];
  const transit = rng.int(tMin, tMax);

  return {
    placedAt,
    build(id, nextTracking, ids) {
      const base: OrderSpec = {
        id,
        customer,
        placedAt,
        status,
        lines,
        paymentStatus: "paid",
        paymentMethod,
        shippingMethod: method,
      };
      if (status === "pending" || status === "processing") {
        const pending = status === "pending" && rng.chance(0.6);
        const eta = addDays(placedAt, transit + 1);
        return {
          order: makeOrder({ ...base, paymentStatus: pending ? "pending" : "paid", eta }),
          tracking: null,
        };
      }
      if (status === "cancelled") {
        const cancelledAt = addHours(placedAt, rng.int(1, 20));
        if (rng.chance(0.5)) {
          return {
            order: makeOrder({ ...base, paymentStatus: "failed", cancelledAt }),
            tracking: null,
          };
        }
        const draft = makeOrder({ ...base, cancelledAt });
        const refund = makeRefund({
          id: `RF-${String(++ids.refund).padStart(6, "0")}`,
          amount: draft.total,
          currency: draft.currency,
          at: cancelledAt,
          reason: "Order cancelled",
          now,
        });
        const order = makeOrder({
          ...base,
          cancelledAt,
          paymentStatus: "refunded",
          refunds: [refund],
        });
        return { order, tracking: null };
      }

      const number = nextTracking();
      const span = now.getTime() - placedAt.getTime();
      const shippedAt = new Date(placedAt.getTime() + Math.min(1.5 * 86_400_000, span * 0.2));
      if (status === "shipped") {
        return shipped({ rng, base, number, carrier, hubs, shippedAt, transit, now });
      }

      const deliverBy = addDays(shippedAt, transit);
      const deliveredAt = new Date(
        Math.min(
          deliverBy.getTime(),
          shippedAt.getTime() + (now.getTime() - shippedAt.getTime()) * 0.8,
        ),
      );
      const events = [
        ...transitScans(rng, shippedAt, addHours(deliveredAt, -6), hubs),
        scan(
          addHours(deliveredAt, -5),
          "out_for_delivery",
          customer.address.city,
          "Out for delivery",
        ),
        scan(deliveredAt, "delivered", customer.address.city, "Delivered"),
      ];
      const delivered = {
        ...base,
        shippedAt,
        deliveredAt,
        eta: deliverBy,
        trackingNumber: number,
        carrier,
      };
      const total = makeOrder(delivered).total;
      let spec: OrderSpec = { ...delivered, status: "delivered" };
      if (status === "delivered" && rng.chance(0.03)) {
        spec.reportedIssue = rng.pick(["damaged", "wrong_item", "missing_item"] as const);
      }
      if (status === "returned") {
        const requestedAt = new Date(
          Math.min(addDays(deliveredAt, rng.int(2, 20)).getTime(), now.getTime() - 3_600_000),
        );
        const received = addDays(requestedAt, 7) <= now;
        const rma = `RMA-${String(++ids.ret).padStart(6, "0")}`;
        spec.status = received ? "returned" : "delivered";
        spec.returnRequest = {
          id: rma,
          requested_at: requestedAt.toISOString(),
          reason: rng.pick([
            "No longer needed",
            "Did not fit",
            "Not as described",
            "Arrived damaged",
          ]),
          items: lines.map(([p, quantity]) => ({ sku: p.sku, quantity })),
          status: received ? "received" : "in_transit",
          label_url: `https://store.example/returns/${rma}/label.pdf`,
        };
        if (received && rng.chance(0.7)) {
          const at = addDays(requestedAt, 7);
          spec = {
            ...spec,
            paymentStatus: "refunded",
            updatedAt: at,
            refunds: [refundOf(ids, total, at, "Return received", spec, now)],
          };
        }
      }
      if (status === "refunded") {
        const at = new Date(
          Math.min(addDays(deliveredAt, rng.int(1, 15)).getTime(), now.getTime() - 3_600_000),
        );
        const partial = rng.chance(0.3);
        const amount = partial ? money(total * (0.2 + rng.float() * 0.3)) : total;
        spec = {
          ...spec,
          status: "refunded",
          updatedAt: at,
          paymentStatus: partial ? "partially_refunded" : "refunded",
          refunds: [
            refundOf(
              ids,
              amount,
              at,
              partial ? "Partial refund for a faulty item" : "Refund requested",
              spec,
              now,
            ),
          ],
        };
      }
      const order = makeOrder(spec);
      const eta = addDays(shippedAt, transit);
      return { order, tracking: makeTracking({ number, order, carrier, events, eta }) };
    },
  };
}

function refundOf(
  ids: IdCounters,
  amount: number,
  at: Date,
  reason: string,
  spec: OrderSpec,
  now: Date,
) {
  return makeRefund({
    id: `RF-${String(++ids.refund).padStart(6, "0")}`,
    amount,
    currency: spec.customer.currency,
    at,
    reason,
    now,
  });
}

function shipped(o: {
  rng: Rng;
  base: OrderSpec;
  number: string;
  carrier: string;
  hubs: readonly string[];
  shippedAt: Date;
  transit: number;
  now: Date;
}) {
  const { rng, now, shippedAt, hubs } = o;
  const daysOut = (now.getTime() - shippedAt.getTime()) / 86_400_000;
  // Parcels out far longer than their transit time are stuck: lost or held by the carrier.
  const fate = daysOut > o.transit + 4
    ? (daysOut > 10 && rng.chance(0.6) ? "lost" : "exception")
    : rng.weighted({ in_transit: 72, out_for_delivery: 13, exception: 15 });
  let eta = addDays(shippedAt, o.transit);
  let events: TrackingEvent[];
  const city = o.base.customer.address.city;
  if (fate === "lost") {
    events = transitScans(rng, shippedAt, addDays(shippedAt, 2), hubs);
  } else {
    events = transitScans(rng, shippedAt, addHours(now, -4), hubs);
    if (fate === "exception") {
      const at = addHours(now, -rng.int(2, 30));
      events = events.filter((e) => new Date(e.at) < at);
      const why = rng.pick([
        "Address information needed",
        "Severe weather delay",
        "Held at customs",
      ]);
      events.push(scan(at, "exception", rng.pick(hubs), `Delivery delayed: ${why.toLowerCase()}`));
      eta = addDays(now, rng.int(2, 4));
    } else if (fate === "out_for_delivery") {
      events.push(scan(addHours(now, -3), "out_for_delivery", city, "Out for delivery"));
      eta = addHours(now, 6);
    } else if (eta < now) {
      eta = addDays(now, 1);
    }
  }
  const order = makeOrder({
    ...o.base,
    shippedAt,
    eta,
    trackingNumber: o.number,
    carrier: o.carrier,
  });
  const tracking = makeTracking({
    number: o.number,
    order,
    carrier: o.carrier,
    events,
    eta: fate === "lost" ? addDays(shippedAt, o.transit) : eta,
    status: fate === "lost" ? "lost" : undefined,
  });
  return { order, tracking };
}
