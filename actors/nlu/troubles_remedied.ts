/**
 * "Firstly, my robot vacuum (ORD-3001) has not arrived… Secondly, the stand mixer I received
 * was damaged in transit. I would appreciate a refund for the vacuum and a replacement for the
 * mixer.": the troubles told are the reasons of the remedies asked for the same goods, no
 * requests of their own. Read as requests, the mixer's damage was offered its refund first
 * (the shopper asked a replacement) and "proceed with both" refunded both. Pure.
 */
import type { Intent, IntentRequest } from "../../shared/protocol.ts";

/** Remedies asked in so many words. */
const REMEDIES: ReadonlySet<Intent> = new Set<Intent>(["refund_request", "return_item"]);

/**
 * The requests without the troubles whose goods (or order) a remedy asked beside them names
 * too; `namesIn` gives what a part names (order ids and skus).
 */
export function withoutTroublesRemedied(
  requests: IntentRequest[],
  namesIn: (part: string) => readonly string[],
): IntentRequest[] {
  const remedies = requests.filter((r) => REMEDIES.has(r.intent));
  if (remedies.length === 0 || requests.length < 2) return requests;
  const remedied = new Set(remedies.flatMap((r) => namesIn(r.text)));
  const kept = requests.filter((r) =>
    !(r.intent === "delivery_problem" && !r.text.includes("?") &&
      namesIn(r.text).some((n) => remedied.has(n)))
  );
  return kept.length > 0 ? kept : requests;
}
