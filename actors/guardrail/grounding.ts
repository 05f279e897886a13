/**
 * Grounding: every order id, tracking number, amount and date in the reply must be in
 * the context (or the policy, or the customer's own words). Sentences that state others
 * are removed. For an order that is not found or not the customer's, a sentence that
 * names it may only say so — never its status, carrier, amounts or dates.
 */
import { type Check, fixed, quote } from "./check.ts";
import { orderIdsIn, ungrounded } from "../../domain/facts.ts";
import { removeSentences } from "./sentences.ts";

const ORDER_FACT_WORDS =
  /\b(shipped|delivered|in transit|on its way|processing|pending|being prepared|cancel+ed|refunded|returned|tracking|carrier|UPS|FedEx|DHL|USPS|eta|arriv\w*|placed|total|paid|lost|delayed)\b/i;

/** Removes sentences that state facts not in the context. */
export const groundingCheck: Check = ({ text, facts, msg }) => {
  const lookup = msg.payload.context?.order_lookup;
  const hidden = lookup === "not_found" || lookup === "not_yours";
  const r = removeSentences(text, (s) => {
    const bad = ungrounded(s, facts);
    if (bad.length > 0) return `ungrounded ${bad.map((b) => `${b.kind} ${b.raw}`).join(", ")}`;
    if (hidden) {
      const foreign = orderIdsIn(s).filter((id) => !facts.orderIds.has(id));
      if (
        foreign.length > 0 &&
        ORDER_FACT_WORDS.test(
          s.replace(/couldn'?t find|can'?t find|not (on|in) your account/gi, ""),
        )
      ) {
        return `states facts of ${foreign.join(", ")}, which is not on the customer's account`;
      }
    }
    return null;
  });
  return {
    text: r.text,
    issues: r.removed.map((s, i) =>
      fixed(
        r.reasons[i].startsWith("states facts") ? "privacy" : "grounding",
        `Removed ${quote(s)}: ${r.reasons[i]}`,
      )
    ),
  };
};
