/**
 * The demo cast of DESIGN.md: three customers and their orders, exactly as the README,
 * demos and tests describe them. Dates are relative to the seeding clock.
 */
import type { Product } from "../shared/store_api.ts";
import { makeOrder, makeTracking, scan } from "./builders.ts";
import { addDays, addHours, type CustomerRecord, type Dataset } from "./types.ts";

/** Stable ids of the cast. */
export const CAST = {
  sarah: { id: "CUST-0001", email: "sarah.chen@example.com", name: "Sarah Chen" },
  mike: { id: "CUST-0002", email: "mike.johnson@example.com", name: "Mike Johnson" },
  emma: { id: "CUST-0003", email: "emma.wilson@example.com", name: "Emma Wilson" },
} as const;

/** Tracking numbers of the cast's parcels, by order id. */
export const CAST_TRACKING = {
  "ORD-1001": "TRK8800001001",
  "ORD-1002": "TRK8800001002",
  "ORD-2001": "TRK8800002001",
  "ORD-3001": "TRK8800003001",
  "ORD-3002": "TRK8800003002",
} as const;

type CastData = Pick<Dataset, "customers" | "orders" | "tracking" | "history">;

/** Builds the cast relative to `now`, using products of the catalogue. */
export function buildCast(now: Date, products: readonly Product[]): CastData {
  const p = (name: string): Product => {
    const found = products.find((x) => x.name === name);
    if (!found) throw new Error(`Cannot build the demo cast: no product named ${name}`);
    return found;
  };
  const sarah = customer(CAST.sarah, now, {
    tier: "gold",
    sinceDays: 1100,
    phone: "+1 206 555 0142",
    address: { line1: "1420 Maple Street", city: "Seattle", region: "WA", postcode: "98101" },
    priorSpend: 2840.5,
  });
  const mike = customer(CAST.mike, now, {
    tier: "standard",
    sinceDays: 240,
    phone: "+1 512 555 0178",
    address: { line1: "88 Cedar Lane", city: "Austin", region: "TX", postcode: "78701" },
    priorSpend: 0,
  });
  const emma = customer(CAST.emma, now, {
    tier: "vip",
    sinceDays: 1900,
    phone: "+1 617 555 0110",
    address: { line1: "7 Beacon Hill Crescent", city: "Boston", region: "MA", postcode: "02108" },
    priorSpend: 12480,
  });

  const o1001 = makeOrder({
    id: "ORD-1001",
    customer: sarah,
    placedAt: addDays(now, -3),
    status: "shipped",
    lines: [[p("Noise-Cancelling Headphones"), 1]],
    paymentStatus: "paid",
    shippedAt: addDays(now, -2),
    eta: addDays(now, 2),
    trackingNumber: CAST_TRACKING["ORD-1001"],
    carrier: "UPS",
  });
  const o1002 = makeOrder({
    id: "ORD-1002",
    customer: sarah,
    placedAt: addDays(now, -16),
    status: "delivered",
    lines: [[p("Espresso Machine"), 1], [p("Milk Frother"), 1]],
    paymentStatus: "paid",
    shippedAt: addDays(now, -14),
    deliveredAt: addDays(now, -10),
    eta: addDays(now, -10),
    trackingNumber: CAST_TRACKING["ORD-1002"],
    carrier: "UPS",
  });
  const o1003 = makeOrder({
    id: "ORD-1003",
    customer: sarah,
    placedAt: addHours(now, -20),
    status: "processing",
    lines: [[p("Trail Running Shoes"), 1], [p("Insulated Water Bottle"), 2]],
    paymentStatus: "paid",
    eta: addDays(now, 4),
  });
  const o2001 = makeOrder({
    id: "ORD-2001",
    customer: mike,
    placedAt: addDays(now, -6),
    status: "shipped",
    lines: [[p("Mechanical Keyboard"), 1]],
    paymentStatus: "paid",
    shippedAt: addDays(now, -5),
    eta: addDays(now, 3),
    trackingNumber: CAST_TRACKING["ORD-2001"],
    carrier: "FedEx",
  });
  const o2002 = makeOrder({
    id: "ORD-2002",
    customer: mike,
    placedAt: addHours(now, -2),
    status: "pending",
    lines: [[p("27-inch 4K Monitor"), 1]],
    paymentStatus: "pending",
    paymentMethod: "bank_transfer",
  });
  const o3001 = makeOrder({
    id: "ORD-3001",
    customer: emma,
    placedAt: addDays(now, -15),
    status: "shipped",
    lines: [[p("Robot Vacuum Cleaner"), 1]],
    paymentStatus: "paid",
    shippingMethod: "express",
    shippedAt: addDays(now, -14),
    eta: addDays(now, -11),
    trackingNumber: CAST_TRACKING["ORD-3001"],
    carrier: "DHL",
  });
  const o3002 = makeOrder({
    id: "ORD-3002",
    customer: emma,
    placedAt: addDays(now, -8),
    status: "delivered",
    lines: [[p("Stand Mixer"), 1]],
    paymentStatus: "paid",
    shippedAt: addDays(now, -7),
    deliveredAt: addDays(now, -4),
    eta: addDays(now, -4),
    trackingNumber: CAST_TRACKING["ORD-3002"],
    carrier: "DHL",
    reportedIssue: "damaged",
  });

  const tracking = [
    makeTracking({
      number: CAST_TRACKING["ORD-1001"],
      order: o1001,
      carrier: "UPS",
      eta: addDays(now, 2),
      events: [
        scan(addHours(now, -51), "label_created", "Seattle, WA", "Label created"),
        scan(addDays(now, -2), "in_transit", "Seattle, WA", "Picked up by the carrier"),
        scan(addHours(now, -30), "in_transit", "Ontario, CA", "Departed sorting facility"),
        scan(addHours(now, -8), "in_transit", "Dallas, TX", "Arrived at sorting facility"),
      ],
    }),
    makeTracking({
      number: CAST_TRACKING["ORD-1002"],
      order: o1002,
      carrier: "UPS",
      eta: addDays(now, -10),
      events: [
        scan(addHours(now, -339), "label_created", "Seattle, WA", "Label created"),
        scan(addDays(now, -14), "in_transit", "Seattle, WA", "Picked up by the carrier"),
        scan(addDays(now, -12), "in_transit", "Louisville, KY", "Departed sorting facility"),
        scan(addHours(now, -246), "out_for_delivery", "Seattle, WA", "Out for delivery"),
        scan(addDays(now, -10), "delivered", "Seattle, WA", "Delivered, left at front door"),
      ],
    }),
    makeTracking({
      number: CAST_TRACKING["ORD-2001"],
      order: o2001,
      carrier: "FedEx",
      eta: addDays(now, 3),
      events: [
        scan(addHours(now, -123), "label_created", "Austin, TX", "Label created"),
        scan(addDays(now, -5), "in_transit", "Austin, TX", "Picked up by the carrier"),
        scan(addDays(now, -4), "in_transit", "Memphis, TN", "Arrived at FedEx hub"),
        scan(
          addDays(now, -1),
          "exception",
          "Memphis, TN",
          "Delivery delayed: severe weather at the Memphis hub",
        ),
      ],
    }),
    makeTracking({
      number: CAST_TRACKING["ORD-3001"],
      order: o3001,
      carrier: "DHL",
      eta: addDays(now, -11),
      status: "lost",
      events: [
        scan(addHours(now, -339), "label_created", "Boston, MA", "Label created"),
        scan(addDays(now, -14), "in_transit", "Boston, MA", "Picked up by the carrier"),
        scan(addDays(now, -12), "in_transit", "Cincinnati, OH", "Arrived at DHL hub"),
        scan(addDays(now, -9), "in_transit", "Cincinnati, OH", "Departed DHL hub"),
      ],
    }),
    makeTracking({
      number: CAST_TRACKING["ORD-3002"],
      order: o3002,
      carrier: "DHL",
      eta: addDays(now, -4),
      events: [
        scan(addHours(now, -171), "label_created", "Boston, MA", "Label created"),
        scan(addDays(now, -7), "in_transit", "Boston, MA", "Picked up by the carrier"),
        scan(addDays(now, -5), "in_transit", "Cincinnati, OH", "Departed DHL hub"),
        scan(addHours(now, -100), "out_for_delivery", "Boston, MA", "Out for delivery"),
        scan(addDays(now, -4), "delivered", "Boston, MA", "Delivered, signed by E. Wilson"),
      ],
    }),
  ];

  const entry = (
    id: number,
    c: CustomerRecord,
    o: { days: number; kind: "inquiry" | "complaint"; summary: string; orderId?: string },
  ) => ({
    id: `HIS-${String(id).padStart(6, "0")}`,
    customer_id: c.id,
    at: addDays(now, -o.days).toISOString(),
    kind: o.kind,
    channel: "chat" as const,
    summary: o.summary,
    order_id: o.orderId ?? null,
  });
  const history = [
    entry(1, sarah, { days: 120, kind: "inquiry", summary: "Asked about gift wrapping" }),
    entry(2, sarah, {
      days: 45,
      kind: "inquiry",
      summary: "Asked which espresso machine suits a small kitchen",
    }),
    entry(3, mike, { days: 60, kind: "inquiry", summary: "Asked how to pay by bank transfer" }),
    entry(4, emma, {
      days: 3,
      kind: "complaint",
      summary: "Reported that the stand mixer arrived damaged",
      orderId: "ORD-3002",
    }),
    entry(5, emma, {
      days: 2,
      kind: "inquiry",
      summary: "Asked where the robot vacuum is",
      orderId: "ORD-3001",
    }),
  ];

  return {
    customers: [sarah, mike, emma],
    orders: [o1001, o1002, o1003, o2001, o2002, o3001, o3002],
    tracking,
    history,
  };
}

function customer(
  who: { id: string; email: string; name: string },
  now: Date,
  o: {
    tier: CustomerRecord["tier"];
    sinceDays: number;
    phone: string;
    address: { line1: string; city: string; region: string; postcode: string };
    priorSpend: number;
  },
): CustomerRecord {
  return {
    ...who,
    tier: o.tier,
    phone: o.phone,
    since: addDays(now, -o.sinceDays).toISOString(),
    currency: "USD",
    address: { name: who.name, ...o.address, line2: null, country: "US" },
    prior_spend: o.priorSpend,
  };
}
