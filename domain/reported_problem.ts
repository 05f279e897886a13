/**
 * What a customer told us went wrong with goods that reached them ("the mixer arrived with a
 * cracked bowl"), kept with the conversation until a change for that order settles it, so a
 * later "what's the status of my stand mixer?" is not answered as if nothing had been said.
 * Pure.
 */
import type { Dialogue, Intent, Message } from "../shared/protocol.ts";
import { goodsProblem } from "./problems.ts";

/** A problem reported with an order's goods. */
export type Reported = NonNullable<Dialogue["reported"]>;

/** Requests a report of a problem with goods that came is read as. */
const REPORTING: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "complaint",
  "return_item",
  "refund_request",
]);

/** Changes that settle a problem reported with the goods. */
const SETTLING: ReadonlySet<string> = new Set([
  "refund",
  "replacement",
  "return_item",
  "return_label",
]);

/** The problem reported after the turn `msg`, from the one known before it. */
export function reportedAfter(msg: Message, before: Reported | null): Reported | null {
  const p = msg.payload;
  const settled = (p.execution?.results ?? []).some((r) =>
    r.status === "done" && SETTLING.has(r.type) && r.order_id === before?.order_id
  );
  const c = p.context;
  const order = c?.order_lookup === "found" ? c.order : null;
  const reached = order && (order.status === "delivered" || order.delivered_at);
  const intent = p.intent?.intent;
  if (order && reached && intent && REPORTING.has(intent)) {
    const problem = goodsProblem(p.customer_message.text);
    if (problem) return { order_id: order.id, problem };
  }
  return settled ? null : before;
}

/** The words for what was reported, as the end of "you've told us it …". */
export function reportedWords(problem: Reported["problem"]): string {
  switch (problem) {
    case "damaged":
      return "arrived damaged";
    case "faulty":
      return "doesn't work";
    default:
      return "didn't arrive as ordered";
  }
}
