/**
 * "Why not?", "how come?", "why can't you?" after a change was refused and another proposed
 * instead (a cancellation refused, a return offered): why, from the order's state and the
 * store's rule, then the change that waits asked again. It was read as an unclear yes or no
 * ("I'm not sure whether that's a yes or a no"). Pure.
 */
import { canChange } from "../../domain/eligibility.ts";
import type { Intent } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** A bare "why": the refusal before it questioned. */
const WHY =
  /^\s*(?:(?:but|so|and|ok|okay|hm+|huh|wait)[\s,.!]+)?(?:why(?: not| is that| so| is it| can'?t (?:you|i)(?: \w+){0,3})?|how come|what do you mean|how so)\s*[?!.]*\s*$/i;

/** What each refused change is called in the store's rule. */
const REFUSED: Partial<Record<Intent, string>> = {
  cancel_order: "cancelling is",
  change_address: "changing the address is",
  modify_order: "changing its items is",
};

/** What the change proposed instead does for them. */
const INSTEAD: Record<string, string> = {
  return_item: "A return gets you the same refund once the parcel is back with us.",
  refund: "A refund gets your money back all the same.",
};

/** The reason, as sentences, or null when the message asks nothing of a refusal. */
export function whyRefused(v: TurnView): string[] | null {
  if (!WHY.test(v.text) || !v.pending) return null;
  const topic = v.told?.topic ?? null;
  const what = topic ? REFUSED[topic] : undefined;
  const order = v.context?.order_lookup === "found" ? v.context.order : null;
  if (!what || !order || order.id !== v.pending.action.order_id) return null;
  const refused = canChange(order, what, v.now);
  if (refused.ok) return null;
  const rule = refused.rule.charAt(0).toLowerCase() + refused.rule.slice(1);
  return [`That's because ${rule}`, INSTEAD[v.pending.action.type] ?? ""].filter(Boolean);
}
