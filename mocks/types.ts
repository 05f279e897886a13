/**
 * The demo store's stored records: the API's resources minus what is computed when they
 * are read (order policy, customer stats and balances, days since the last scan).
 */
import type {
  Callback,
  Credit,
  Customer,
  HistoryEntry,
  Note,
  Order,
  Product,
  Tracking,
} from "../shared/store_api.ts";
import { STORE_SERVICES } from "../shared/store_api_requests.ts";

/** A stored customer; `prior_spend` is what they spent before the seeded orders. */
export type CustomerRecord = Omit<Customer, "stats" | "lifetime_value" | "credit_balance"> & {
  prior_spend: number;
};
/** A stored order (its policy is computed on read). */
export type OrderRecord = Omit<Order, "policy">;
/** A stored parcel (days since the last scan are computed on read). */
export type TrackingRecord = Omit<Tracking, "days_since_last_scan">;
/** A history entry with its customer. */
export type HistoryRecord = HistoryEntry & { customer_id: string };
/** A goodwill credit with its customer. */
export type CreditRecord = Credit & { customer_id: string };
/** A call back with its customer. */
export type CallbackRecord = Callback & { customer_id: string };
/** A customer note with its customer. */
export type CustomerNoteRecord = Note & { customer_id: string };

/** Everything the store holds, as generated from the seed. */
export interface Dataset {
  /** The clock time the data is relative to. */
  seeded_at: string;
  customers: CustomerRecord[];
  orders: OrderRecord[];
  tracking: TrackingRecord[];
  products: Product[];
  history: HistoryRecord[];
  credits: CreditRecord[];
  callbacks: CallbackRecord[];
  customer_notes: CustomerNoteRecord[];
}

/** The four services of the store; faults are set per service. */
export const SERVICES = STORE_SERVICES;
/** One service of the store. */
export type Service = (typeof SERVICES)[number];

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** `now` moved by whole and fractional days (negative is the past). */
export function addDays(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY);
}

/** `now` moved by hours (negative is the past). */
export function addHours(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * HOUR);
}

/** Whole days from `from` to `to` (floored). */
export function daysBetween(from: Date | string, to: Date | string): number {
  return Math.floor((new Date(to).getTime() - new Date(from).getTime()) / DAY);
}

/** Rounds an amount to cents. */
export function money(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Formats an amount for a sentence: `49.90 USD`. */
export function formatMoney(n: number, currency: string): string {
  return `${n.toFixed(2)} ${currency}`;
}
