/**
 * "This bot is useless. Cancel ORD-1003", "ok this is ridiculous. keyboard STILL not here.
 * cancel it and refund me": the venting beside a change asked outright is no request of its
 * own. Read as one (a complaint), it offered a supervisor's review first and put the change
 * off until "this is settled" — the customer's yes then left a note for a supervisor and
 * changed nothing. The change is the request; the upset is met by the reply's apology. So is
 * "sorry, not your fault" before a question: it softens the question, it tells of no
 * trouble to thank them for. Pure.
 */
import { CHANGE_INTENTS } from "../../domain/intents.ts";
import type { Intent, IntentRequest } from "../../shared/protocol.ts";
import { customerApologises } from "../../domain/own_apology.ts";
import { changeOrdered } from "../../domain/change_ordered.ts";
import { onlyVents } from "../../domain/vent_only.ts";

/** "Sorry, not your fault", "I know it's not you": the customer taking the blame off us. */
const NOT_YOUR_FAULT =
  /\b(?:not|isn'?t|wasn'?t|isnt|wasnt)\s+(?:your|ur|you guys'?|yours)\s+fault\b|\b(?:i know|i reali[sz]e|i get)\s+(?:it'?s|its)\s+not\s+(?:you|your fault)\b/i;

/** Whether a part only softens what follows: their apology, or "not your fault". */
function softening(text: string): boolean {
  return NOT_YOUR_FAULT.test(text) || customerApologises(text);
}

/** Parts that only vent: the complaint itself, said beside what they ask for. */
const VENTING: ReadonlySet<Intent> = new Set<Intent>(["complaint"]);

/** Words that ask after a refund already asked for: where, when, whether it came. */
const ASKS_AFTER =
  /\?|\b(?:where|when|status|yet|received|arrived|came|has|have|did|still|how long|processed|issued|sent|see|seen|show|showing|statement|account|bank|requested|asked)\b/i;

/** The requests without the venting parts, when a change is asked beside them surely enough. */
export function withoutVentBesideChange(
  requests: IntentRequest[],
  sure: number,
): IntentRequest[] {
  if (requests.length < 2) return requests;
  // "Sorry, not your fault. can you just tell me when it will arrive": no complaint to thank.
  const soft = requests.filter((r) => !(VENTING.has(r.intent) && softening(r.text)));
  // "THIS IS UNACCEPTABLE. WHERE IS MY ORDER 1001": a few words of venting beside a question
  // read surely tell nothing to thank them for; the question is the request.
  const asked = soft.some((r) => !VENTING.has(r.intent) && r.confidence >= sure);
  if (asked && soft.some((r) => VENTING.has(r.intent) && onlyVents(r.text))) {
    return withoutVentBesideChange(
      soft.filter((r) => !(VENTING.has(r.intent) && onlyVents(r.text))),
      sure,
    );
  }
  const kept = soft.length > 0 ? soft : requests;
  // "…I'm done with this shop. refund it.": the order said plainly counts however weakly read.
  const asks = kept.some((r) =>
    CHANGE_INTENTS.has(r.intent) && (r.confidence >= sure || changeOrdered(r.text))
  );
  // "I'm contacting my lawyer. refund my vacuum NOW": a refund asked for, no refund's news
  // asked after ("I don't see a refund on ORD-3001 yet" before the offer of one).
  // Only the whole read so, around the demand: "I requested a refund but can't see it" asks.
  const demands = kept.filter((r) => r.intent === "refund_request" && r.confidence >= sure);
  const around = (r: IntentRequest) =>
    r.intent === "refund_status" && !ASKS_AFTER.test(r.text) &&
    demands.some((d) => d !== r && r.text.includes(d.text) && r.text.length > d.text.length);
  return asks ? kept.filter((r) => !VENTING.has(r.intent) && !around(r)) : kept;
}

/**
 * A whole read as a complaint only for a part of it that vents ("to be honest I'm really
 * disappointed, my keyboard should be here by now"): its other parts keep their own readings.
 */
export function ventedWhole(intent: Intent, parts: readonly { text: string }[]): boolean {
  return intent === "complaint" && parts.some((p) => onlyVents(p.text));
}
