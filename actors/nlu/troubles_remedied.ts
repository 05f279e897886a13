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

/** An order's id among the names a part gives. */
const ORDER_ID = /^ORD-/i;

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
  // (Every goods a trouble names: "my mixer arrived cracked and the vacuum never came" beside
  // the mixer's replacement still tells the vacuum's.)
  // (Goods named beside their order's number: the goods say what is remedied.)
  const covered = (part: string) => {
    const all = namesIn(part);
    const goods = all.filter((n) => !ORDER_ID.test(n));
    const names = goods.length > 0 ? goods : all;
    return names.length > 0 && names.every((n) => remedied.has(n));
  };
  const kept = requests.filter((r) =>
    !(r.intent === "delivery_problem" && !r.text.includes("?") && covered(r.text))
  );
  return kept.length > 0 ? kept : requests;
}
