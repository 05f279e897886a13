/**
 * Product grounding: a stock or price claim about a product must be what the store said
 * this turn (`domain/product_claims.ts`). A wrong one is a wrong premise for what follows
 * ("order it now", "it ships tomorrow"), so the reply is blocked, like a status the tracking
 * contradicts, and the turn goes to the escalation router.
 */
import { blocking, type Check } from "./check.ts";
import { knownProducts, productClaimIssues } from "../../domain/product_claims.ts";

const CLAIM_WORDS = {
  in_stock: "in stock",
  sold_out: "sold out",
  count: "in stock in that number",
  price: "at that price",
} as const;

/** Blocks a reply whose stock or price claims the context's catalogue lookup does not support. */
export const productCheck: Check = ({ text, msg }) => {
  const wrong = productClaimIssues(text, knownProducts(msg));
  if (wrong.length === 0) return { text, issues: [] };
  const issues = wrong.map((w) =>
    blocking(
      "grounding",
      `Says the ${w.product} is ${CLAIM_WORDS[w.claim]} ("${w.raw}"), but ${w.actual}`,
    )
  );
  const first = wrong[0];
  return {
    text,
    issues,
    block: `it says the ${first.product} is ${CLAIM_WORDS[first.claim]}, but ${first.actual}`,
  };
};
