/**
 * "My frother is broken, is the espresso machine in stock?": a fault told of their goods
 * beside a question of another kind is a request of its own — the trouble with the order —
 * not a product question (read so, the fault was dropped, or the question was). With a
 * remedy asked beside it, the fault is that remedy's reason instead (`fault_beside_remedy`).
 * Pure.
 */
import type { Intent, IntentRequest } from "../../shared/protocol.ts";
import { toldDefect } from "./defect_reported.ts";

/** Remedies for faulty goods a shopper asks for: a fault beside one is its reason. */
const REMEDIES: ReadonlySet<Intent> = new Set<Intent>([
  "return_item",
  "refund_request",
  "delivery_problem",
]);

/** Readings a fault told of their goods is mistaken for when it stands beside a question. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "policy_question",
  "other",
  "feedback",
]);

/** How sure the fault's part is read as a problem with the order. */
const CONFIDENCE = 0.5;

/**
 * The requests with a part that tells a fault of their goods read as a problem with the
 * order, when nothing else of the message asks a remedy.
 */
export function withFaultBesideQuestion(requests: IntentRequest[]): IntentRequest[] {
  if (requests.length < 2 || requests.some((r) => REMEDIES.has(r.intent))) return requests;
  return requests.map((r) =>
    MISREAD.has(r.intent) && toldDefect(r.text)
      ? { ...r, intent: "delivery_problem" as Intent, confidence: CONFIDENCE }
      : r
  );
}
