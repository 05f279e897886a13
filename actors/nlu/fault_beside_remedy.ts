/**
 * "I bought the espresso machine last week and the milk frother doesn't heat. Can I return
 * just the frother?": the fault told beside the remedy asked is the remedy's reason, no
 * request of its own. Read as one (a question about the product for sale), the reply told
 * the frother's price and stock and asked which product was meant, before the return. Pure.
 */
import type { Intent, IntentRequest } from "../../shared/protocol.ts";
import { toldDefect } from "./defect_reported.ts";

/** Remedies for faulty goods a shopper asks for. */
const REMEDIES: ReadonlySet<Intent> = new Set<Intent>([
  "return_item",
  "refund_request",
  "delivery_problem",
]);

/** Remedies asked by name: a fault told beside one is its reason. */
const ASKED: ReadonlySet<Intent> = new Set<Intent>(["return_item", "refund_request"]);

/** A part's reading no surer than a request's floor (a fault read so in `requests.ts`). */
const WEAK = 0.5;

/** Readings a fault told of their goods is mistaken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "policy_question",
  "other",
  "feedback",
]);

/**
 * The requests without the parts that only tell the fault a remedy beside them is asked for
 * (the remedy's part is a request already, however surely the whole reads).
 */
export function withoutFaultBesideRemedy(
  requests: IntentRequest[],
  faults: ReadonlySet<number> = new Set(),
): IntentRequest[] {
  if (requests.length < 2 || !requests.some((r) => REMEDIES.has(r.intent))) return requests;
  // A fault read as the trouble itself beside a return or refund asked is that remedy's
  // reason: read so for its fault alone (`faults`, by where the part starts, from
  // `requests.ts`), or weakly.
  const asked = requests.some((r) => ASKED.has(r.intent) && !toldDefect(r.text));
  const kept = requests.filter((r) =>
    !((MISREAD.has(r.intent) ||
      (asked &&
        (faults.has(r.start) || (r.intent === "delivery_problem" && r.confidence <= WEAK)))) &&
      toldDefect(r.text))
  );
  return kept.length > 0 ? kept : requests;
}
