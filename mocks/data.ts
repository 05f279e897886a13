/**
 * The seeded generator of the demo store: the same customers, orders, parcels, products
 * and support history on every start, relative to the clock at seeding time.
 */
import type { Currency, OrderStatus, Product, Tier } from "../shared/store_api.ts";
import { buildProducts } from "./builders.ts";
import { buildCast } from "./cast.ts";
import { FIRST_NAMES, LAST_NAMES, PLACES, STREETS } from "./catalogue.ts";
import { buildHistory } from "./data_history.ts";
import { draftOrder, type OrderDraft } from "./data_orders.ts";
import { Rng } from "./random.ts";
import { addDays, type CustomerRecord, type Dataset } from "./types.ts";

/** The seed of the demo store's data. */
export const DEFAULT_SEED = 20_240_601;

/** Options of `generateDataset`. */
export interface GenerateOptions {
  /** The clock time dates are relative to ("delivered 10 days ago"). */
  now: Date;
  seed?: number;
  /** Number of customers, the cast included (default 240). */
  customers?: number;
}

const TIER_WEIGHTS: Record<Tier, number> = { standard: 55, silver: 25, gold: 14, vip: 6 };
const PRIOR_SPEND: Record<Tier, [number, number]> = {
  standard: [0, 300],
  silver: [300, 1500],
  gold: [1500, 5000],
  vip: [5000, 20000],
};
const DIAL: Record<string, string> = {
  US: "+1",
  GB: "+44",
  DE: "+49",
  FR: "+33",
  NL: "+31",
  IT: "+39",
};

/** Generates the whole dataset; the same options give the same data. */
export function generateDataset(opts: GenerateOptions): Dataset {
  const now = opts.now;
  const rng = new Rng(opts.seed ?? DEFAULT_SEED);
  const products = buildProducts(rng);
  const cast = buildCast(now, products);
  const customers: CustomerRecord[] = [...cast.customers];
  const risky = new Set<string>();
  const total = Math.max(opts.customers ?? 240, cast.customers.length);
  for (let i = customers.length + 1; i <= total; i++) {
    const c = makeCustomer(rng, i, now);
    if (rng.chance(0.07)) risky.add(c.id);
    customers.push(c);
  }

  const drafts: OrderDraft[] = [];
  for (const c of customers.slice(cast.customers.length)) {
    const n = rng.int(2, 8);
    for (let k = 0; k < n; k++) drafts.push(draftOrder(rng, c, products, now, risky.has(c.id)));
  }
  // Order ids grow with time, as in a real shop; five digits never collide with the cast's.
  drafts.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  const orders = [...cast.orders];
  const tracking = [...cast.tracking];
  const usedTracking = new Set(tracking.map((t) => t.number));
  const counters = { refund: 0, ret: 0 };
  drafts.forEach((d, i) => {
    const built = d.build(`ORD-${10001 + i}`, () => trackingNumber(rng, usedTracking), counters);
    orders.push(built.order);
    if (built.tracking) tracking.push(built.tracking);
  });

  const { history, credits } = buildHistory({
    rng,
    now,
    customers: customers.slice(cast.customers.length),
    orders: orders.filter((o) => !o.id.match(/^ORD-\d{4}$/)),
    tracking,
    risky,
    first: cast.history.length + 1,
  });
  return {
    seeded_at: now.toISOString(),
    customers,
    orders,
    tracking,
    products,
    history: [...cast.history, ...history],
    credits,
    callbacks: [],
    customer_notes: [],
  };
}

function makeCustomer(rng: Rng, i: number, now: Date): CustomerRecord {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const tier = rng.weighted(TIER_WEIGHTS);
  const place = rng.pick(PLACES);
  const name = `${first} ${last}`;
  const [lo, hi] = PRIOR_SPEND[tier];
  const local = `${first}.${last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
  return {
    id: `CUST-${String(i).padStart(4, "0")}`,
    // The number keeps generated emails apart from each other and from the cast's.
    email: `${local}${i}@example.com`,
    name,
    tier,
    phone: rng.chance(0.85) ? `${DIAL[place.country]} 555 ${rng.digits(3)} ${rng.digits(4)}` : null,
    since: addDays(now, -rng.int(20, 2000)).toISOString(),
    currency: place.currency as Currency,
    address: {
      name,
      line1: `${rng.int(1, 2400)} ${rng.pick(STREETS)}`,
      line2: rng.chance(0.2) ? `Apt ${rng.int(1, 60)}` : null,
      city: place.city,
      region: place.region,
      postcode: place.postcode.replace(/#/g, () => String(rng.int(0, 9))),
      country: place.country,
    },
    prior_spend: Math.round((lo + rng.float() * (hi - lo)) * 100) / 100,
  };
}

function trackingNumber(rng: Rng, used: Set<string>): string {
  for (;;) {
    // The cast's numbers start with 88; generated ones never do.
    const n = `TRK${rng.int(1, 7)}${rng.digits(9)}`;
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

/** Counts of orders by status (for logs and tests). */
export function countByStatus(ds: Dataset): Record<OrderStatus, number> {
  const out = {} as Record<OrderStatus, number>;
  for (const o of ds.orders) out[o.status] = (out[o.status] ?? 0) + 1;
  return out;
}

/** The catalogue entry with this sku, if any. */
export function findProduct(products: readonly Product[], sku: string): Product | undefined {
  return products.find((p) => p.sku === sku);
}
