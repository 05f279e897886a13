/**
 * Whether the shipping fee comes back with a change that gives money back — asked while the
 * change waits ("and the shipping?", "is shipping included?", "do i get the postage back") or
 * beside the change asked ("if I cancel will I get the shipping back too?"). One answer from
 * the order's own amounts: a whole order's money back is everything paid, its shipping fee
 * included (or no fee, when its shipping was free); a refund of some of its lines is those
 * lines' price, the fee not part of it; a return's label is prepaid. It had been the store's
 * shipping speeds and prices, or the proposal with the question left out. Pure.
 */
import {
  asksShippingBackBeside,
  asksShippingOfChange,
  MONEY_BACK_CHANGES,
} from "../../domain/shipping_back.ts";
import { formatMoney, refundable } from "../../domain/format.ts";
import { shortPendingLine } from "./policy_answer.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";
import type { OrderView } from "../../shared/protocol.ts";

/** A change that gives money back, as proposed or waiting. */
interface MoneyBack {
  type: string;
  order_id: string | null;
  params: Record<string, unknown>;
}

/** The lines a change is for, when it names some of the order's lines (not all). */
function someLines(order: OrderView, items: unknown): OrderView["items"] {
  if (!Array.isArray(items)) return [];
  const skus = items.map((it) => String((it as { sku?: unknown }).sku ?? "").toUpperCase());
  const lines = order.items.filter((l) => skus.includes(l.sku.toUpperCase()));
  return lines.length < order.items.length ? lines : [];
}

/** The order a change is for, from the turn's context. */
function orderOf(v: TurnView, orderId: string | null): OrderView | null {
  const c = v.context;
  if (!c || !orderId) return null;
  return c.orders.find((o) => o.id === orderId) ?? (c.order?.id === orderId ? c.order : null);
}

/** Whether the shipping fee comes back with `change` of `order`, in a sentence or two. */
export function shippingBackSaid(order: OrderView, change: MoneyBack): string {
  const money = (n: number) => formatMoney(n, order.currency);
  const lines = someLines(order, change.params.items);
  const raw = Number(change.params.amount);
  const amount = Number.isFinite(raw) && raw > 0 ? raw : null;
  const all = refundable(order);
  const fee = typeof order.shipping_fee === "number" ? order.shipping_fee : null;
  const partOf = lines.length > 0 || (amount !== null && amount + 0.005 < all);
  const label = change.type === "return_item"
    ? " And the return label is prepaid, so sending it back costs you nothing."
    : "";
  const rule = "A whole order's money back always has the shipping fee included.";
  if (partOf) {
    const names = lines.map((l) => l.name).join(" and ");
    const what = change.type === "return_item" ? "The refund for that return" : "That refund";
    const head = amount !== null
      ? `The ${money(amount)} is the price of the items it's for${names ? ` (the ${names})` : ""}`
      : `${what} is for ${names ? `the ${names}` : "some of the items"} alone`;
    const feeWords = fee === null
      ? ""
      : fee > 0
      ? ` The order's ${money(fee)} shipping fee isn't part of it.`
      : " The order's shipping was free.";
    return `${head}, not the whole order.${feeWords} ${rule}${label}`;
  }
  const sum = money(amount ?? all);
  const whole = fee === null
    ? `Yes — a whole order's money back covers everything you paid, the shipping fee ` +
      `included: ${sum} for order ${order.id}.`
    : fee > 0
    ? `Yes — the ${sum} is everything paid for order ${order.id}, its ${money(fee)} shipping ` +
      "fee included."
    : `Its shipping was free, so there's no fee to add: the ${sum} is everything paid for ` +
      `order ${order.id} (a whole order's money back always has the shipping fee included).`;
  return `${whole}${label}`;
}

/** The answer about the shipping fee of the waiting change, then the change asked again. */
export function shippingBackWhilePending(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now) return null;
  // A yes or a no beside it is that answer's turn.
  if (v.confirmation === "affirm" || v.confirmation === "deny") return null;
  if (!asksShippingOfChange(v.text, p.action.type)) return null;
  const order = orderOf(v, p.action.order_id) ??
    (v.context?.order_lookup === "found" ? v.context.order : null);
  if (!order) return null;
  const said = shippingBackSaid(order, p.action);
  return draft("pending_question_answered", tone, [said, PARAGRAPH, shortPendingLine(p)]);
}

/**
 * A change that gives money back proposed in this turn, its shipping fee asked beside it: the
 * answer put before the question that asks for the yes. The draft as it was otherwise.
 */
export function withShippingBack(v: TurnView, d: Draft): Draft {
  const action = d.proposed_actions.find((a) => MONEY_BACK_CHANGES.has(a.type));
  if (!action || d.proposed_actions.length !== 1 || !asksShippingBackBeside(v.text)) return d;
  const order = orderOf(v, action.order_id);
  if (!order) return d;
  const said = shippingBackSaid(order, action);
  // Before the closing prompt: its last sentence, or its last paragraph.
  const cut = Math.max(d.text.lastIndexOf("\n\n"), lastSentenceStart(d.text));
  if (cut <= 0) return { ...d, text: `${d.text} ${said}` };
  const head = d.text.slice(0, cut).trimEnd();
  const tail = d.text.slice(cut).trimStart();
  return {
    ...d,
    text: `${head} ${said}${d.text.slice(cut).startsWith("\n\n") ? "\n\n" : " "}${tail}`,
  };
}

/** Where the text's closing prompt starts: "If you'd like…", "Would you like…", "Shall I…". */
function lastSentenceStart(text: string): number {
  const m =
    /(?:That's only what would happen|It's your call|No rush|Would you like me|Shall I|Reply yes|If you'd like me|Just tell me if)[^]*$/
      .exec(text);
  return m ? m.index : -1;
}
