/**
 * "The running shoes one" while the cancellation of that order waits: the customer points
 * at the order the change is about, by what is in it. That tells which order they mean —
 * it is no question about the product and no yes — so the reply says it is that order and
 * asks the pending question again.
 */
import { pendingQuestion } from "./pending_again.ts";
import { pendingOrder } from "./pending_details.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import type { OrderView } from "../../shared/protocol.ts";

/** Words that may stand beside the item's name when pointing at an order. */
const POINTING = new Set([
  "the",
  "a",
  "my",
  "one",
  "ones",
  "order",
  "that",
  "this",
  "with",
  "i",
  "mean",
  "meant",
  "sorry",
  "oh",
  "its",
  "it's",
  "it",
  "is",
  "was",
  "for",
  "and",
  "pair",
]);

function stem(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** True when `text` names only items of `order` (and words that point). */
export function pointsAtOrder(text: string, order: OrderView): boolean {
  const itemWords = new Set(
    order.items.flatMap((i) => i.name.toLowerCase().split(/[^a-z0-9]+/)).filter((w) =>
      w.length >= 3
    ).map(stem),
  );
  const words = text.toLowerCase().replace(/[’]/g, "'").split(/[^a-z0-9']+/).filter((w) =>
    w !== ""
  );
  const named = words.filter((w) => itemWords.has(stem(w)));
  return named.length > 0 && words.every((w) => POINTING.has(w) || itemWords.has(stem(w)));
}

/** The reply when the customer points at the pending change's own order; null otherwise. */
export function pendingPointedAt(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now) return null;
  if (v.intent === "affirm" || v.intent === "deny") return null;
  // "The frother" while the whole order's return waits names what goes back: a new request.
  if (p.action.type === "return_item" && v.confirmation === "new_request") return null;
  const order = pendingOrder(v, p);
  if (!order || !(pointsAtOrder(v.text, order) || pointsByState(v, order))) return null;
  return draft("pending_pointed", tone, [
    `Yes, that's order ${order.id}.`,
    `Just to be sure: ${pendingQuestion(v, p)}`,
  ]);
}

/** Where an order is in its life, from the earliest: "hasn't shipped" fits those before. */
const LIFE = ["pending", "processing", "shipped", "delivered"];

/**
 * True when `text` points at `order` by where it stands and says nothing else: "the one that
 * hasnt shipped", "the processing one" while that order's change waits.
 */
export function pointsByState(v: TurnView, order: OrderView): boolean {
  const refs = v.entities.state_refs ?? [];
  if (refs.length !== 1 || v.text.includes("?")) return false;
  const ref = refs[0];
  if (!ref.status) return false;
  const at = LIFE.indexOf(order.status);
  const said = LIFE.indexOf(ref.status);
  const fits = ref.negated
    ? (at >= 0 && said >= 0 ? at < said : order.status !== ref.status)
    : order.status === ref.status;
  if (!fits) return false;
  const rest = v.text.toLowerCase().replace(ref.text.toLowerCase(), " ");
  const words = rest.replace(/[’]/g, "'").split(/[^a-z0-9']+/).filter((w) => w !== "");
  return words.every((w) => POINTING.has(w) || STATE_WORDS.has(w));
}

/** Words around a state that still only point ("the one that", "yet", "still"). */
const STATE_WORDS = new Set(["that", "which", "yet", "still", "not", "already", "just", "no"]);
