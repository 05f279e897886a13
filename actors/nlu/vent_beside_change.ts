/**
 * "This bot is useless. Cancel ORD-1003", "ok this is ridiculous. keyboard STILL not here.
 * cancel it and refund me": the venting beside a change asked outright is no request of its
 * own. Read as one (a complaint), it offered a supervisor's review first and put the change
 * off until "this is settled" — the customer's yes then left a note for a supervisor and
 * changed nothing. The change is the request; the upset is met by the reply's apology. Pure.
 */
import type { Intent, IntentRequest } from "../../shared/protocol.ts";

/** Parts that only vent: the complaint itself, said beside what they ask for. */
const VENTING: ReadonlySet<Intent> = new Set<Intent>(["complaint"]);

/** The changes asked outright that make the venting beside them no request. */
const CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
]);

/** The requests without the venting parts, when a change is asked beside them surely enough. */
export function withoutVentBesideChange(
  requests: IntentRequest[],
  sure: number,
): IntentRequest[] {
  if (requests.length < 2) return requests;
  const asks = requests.some((r) => CHANGES.has(r.intent) && r.confidence >= sure);
  return asks ? requests.filter((r) => !VENTING.has(r.intent)) : requests;
}
