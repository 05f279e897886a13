/**
 * Status grounding: a reply never contradicts the order and tracking it was built from.
 * "Order ORD-3001 is still on its way" about a parcel the carrier reports lost is a wrong
 * premise, and what the reply offers next (wait, then return) follows from it, so the reply
 * is blocked rather than trimmed: the turn goes to the escalation router.
 */
import { blocking, type Check } from "./check.ts";
import { statusContradictions } from "../../domain/facts.ts";

const CLAIM_WORDS: Record<string, string> = {
  lost: "lost",
  delayed: "delayed",
  delivered: "delivered",
  cancelled: "cancelled",
  in_transit: "on its way",
  shipped: "shipped",
};

/** Blocks a reply that states a status its order's tracking contradicts. */
export const statusCheck: Check = ({ text, facts }) => {
  const wrong = statusContradictions(text, facts);
  if (wrong.length === 0) return { text, issues: [] };
  const issues = wrong.map((c) =>
    blocking(
      "grounding",
      `Says order ${c.orderId} is ${CLAIM_WORDS[c.claim]} ("${c.raw}"), but ${c.actual}`,
    )
  );
  const first = wrong[0];
  return {
    text,
    issues,
    block: `it says order ${first.orderId} is ${CLAIM_WORDS[first.claim]}, but ${first.actual}`,
  };
};
