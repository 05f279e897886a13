/**
 * A request left open — we asked which order, or what was meant — picked up again when the
 * customer's next message only points at an order ("ORD-1001 please", "the headphones").
 * A change asked about ("change the address on my other order to …" → "Do you mean …?")
 * is carried on with the words of the request, so what they gave there fills it.
 */
import type { Intent } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** Open requests a reply can take up again without a change to the order. */
const RESUMABLE: readonly Intent[] = ["order_status", "refund_status", "invoice_request"];

/** Readings that make no request of their own: the message is the answer to ours. */
const NO_REQUEST: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "deny",
  "other",
  "small_talk",
  "product_question",
]);

/**
 * The open request this turn answers, or null: the message points at one of their orders
 * (by id, product or state), makes no request of its own (or one we could not read), and
 * nothing is pending.
 */
export function resumedRequest(v: TurnView): Intent | null {
  const open = v.unanswered ?? [];
  if (open.length === 0 || v.pending) return null;
  const c = v.context;
  const why = c?.focus?.why;
  if (c?.order_lookup !== "found" || !why || why === "focus" || why === "only_order") return null;
  const ownRequest = !NO_REQUEST.has(v.intent) && v.decision?.action !== "clarify";
  if (ownRequest) return null;
  return RESUMABLE.find((i) => open.includes(i)) ?? null;
}

/**
 * The view of a change we asked "which order?" about, now that this turn names the order, or
 * asked whether we read right ("would you like to change a delivery address?" — "yes"): its
 * intent, drafted from the request's own words (the new address, the reason), about the
 * order this turn's context found. Null when the turn is no such answer.
 */
export function resumedChange(v: TurnView): TurnView | null {
  const asked = v.asked;
  const carries = asked?.slot === "order" || asked?.slot === "meaning";
  if (!carries || !asked?.text || v.pending || v.intent !== asked.intent) {
    return null;
  }
  // "First, remove the milk frother from the air fryer order": more than the order named —
  // its own words of the change count too, after the request's.
  // "It's the Milk Frother from my recent order" only names the goods: the request's words.
  const words = v.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const own = words > ANSWER_WORDS && CHANGE_WORDS.test(v.text);
  const text = own ? `${asked.text}\n${v.text}` : asked.text;
  return { ...v, text, firstTurn: false };
}

/** At most this many words, a message only names the order asked about ("the shoes one"). */
const ANSWER_WORDS = 6;
/** A change in the answer's own words: "remove", "take off", "cancel", "return"… */
const CHANGE_WORDS =
  /\b(?:remove|take (?:off|out)|drop|delete|cancel|return|refund|replace|swap|change|add|make it|set)\b/i;
