/**
 * Formatting of the facts a reply states: money, dates, order lines and lists. The
 * guardrail reads replies with the same forms, so what a template writes it can check.
 */
import type { OrderView } from "../shared/protocol.ts";

/** Month names, for dates written out in replies. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** An amount as replies write it: `249.00 USD`. */
export function formatMoney(n: number, currency = "USD"): string {
  return `${n.toFixed(2)} ${currency}`;
}

/** A date as replies write it (UTC): `June 17`, with the year when it is not `now`'s. */
export function formatDate(iso: string, now: Date): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const base = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return d.getUTCFullYear() === now.getUTCFullYear() ? base : `${base}, ${d.getUTCFullYear()}`;
}

/** `iso` moved by whole days, as ISO. */
export function addDaysIso(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();
}

/** Whole days from `iso` until `now` (floored; negative when `iso` is in the future). */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
}

/** Joins words as a sentence would: `a`, `a and b`, `a, b and c`. */
export function joinAnd(parts: readonly string[], word = "and"): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} ${word} ${parts[parts.length - 1]}`;
}

/** An order's lines: `Trail Running Shoes and 2× Insulated Water Bottle`. */
export function itemsText(order: OrderView): string {
  return joinAnd(
    order.items.map((it) => (it.quantity > 1 ? `${it.quantity}× ${it.name}` : it.name)),
  );
}

/** The first name of a full name, or null. */
export function firstName(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

/** What is left to refund on an order. */
export function refundable(order: OrderView): number {
  return Math.max(0, Math.round((order.total - (order.refunded_amount ?? 0)) * 100) / 100);
}

/** A status as a customer reads it. */
export function statusWords(status: string): string {
  const words: Record<string, string> = {
    pending: "waiting for payment",
    processing: "being prepared",
    shipped: "on its way",
    delivered: "delivered",
    cancelled: "cancelled",
    returned: "returned",
    refunded: "refunded",
  };
  return words[status] ?? status.replace(/_/g, " ");
}

/** Upper-cases the first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
