/**
 * A request left open — we asked which order, or what was meant — picked up again when the
 * customer's next message only points at an order ("ORD-1001 please", "the headphones").
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
