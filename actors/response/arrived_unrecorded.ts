/**
 * Goods the customer says reached them with a problem, while the carrier's tracking still
 * shows the parcel on its way: "i got the headphones but the box was crushed and they
 * rattle". Telling them the parcel "should be with you soon" contradicts what they hold in
 * their hands. The reply believes them, says the delivery has not shown on our side yet
 * (the carrier's last scan), and what happens once it does: a replacement or a refund for
 * the damage — or a colleague now, on request. Nothing is proposed: the store acts on
 * delivered orders only. Pure.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { goodsProblem } from "../../domain/problems.ts";
import { parcelLost } from "../../domain/eligibility.ts";
import { formatDate } from "../../domain/format.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** "I got", "they arrived", "it came", "received it": said to be here. */
export const HERE =
  /^\s*(?:just\s+|finally\s+)?(?:got|received|recieved)\s+(?:my|the|it|them|our)\b|\b(?:and|but)\s+(?:only\s+)?(?:got|received|recieved)\s+(?:one|1|two|2|only)\b|\b(?:i(?:'ve)? (?:got|received|recieved|have)|(?:it|they|the \w+|my \w+|box|parcel|package) (?:arrived|came|turned up|showed up|got here|was delivered|were delivered)|(?:just )?arrived|delivered)\b/i;
/** "Didn't get", "never came", "hasn't arrived": not here after all. */
export const NOT_HERE =
  /\b(?:not|never|n't|didnt|hasnt|havent|no)\b[^.?!]{0,20}\b(?:got|get|received|arrived|came|come|delivered|turned up|showed up)\b/i;

/** The problem the words report, the parcel's last scan said where it was. */
function lastScan(t: TrackingView | null, v: TurnView): string {
  const e = t?.last_event;
  return e ? ` (its last scan was in ${e.location} on ${formatDate(e.at, v.now)})` : "";
}

/**
 * The reply to goods said to have arrived with a problem while their parcel is still in
 * transit on our side, or null when the message says no such thing.
 */
export function arrivedUnrecorded(v: TurnView, tone: Tone): Draft | null {
  const c = v.context;
  if (!c || c.guest || c.order_lookup !== "found" || !c.order) return null;
  const order: OrderView = c.order;
  const tracking = c.tracking?.number === order.tracking_number ? c.tracking : null;
  if (order.status !== "shipped" || order.delivered_at || parcelLost(order, tracking)) return null;
  if (tracking?.status === "delivered") return null;
  const problem = goodsProblem(v.text);
  // "The headphones came today, thanks! but they're the wrong colour": said come in the
  // message's other part.
  const said = [v.text, ...(v.requests ?? []).map((r) => r.text)];
  if (!problem || !said.some((t) => HERE.test(t)) || NOT_HERE.test(v.text)) {
    return null;
  }
  const what = problem === "damaged"
    ? "arrived damaged"
    : problem === "faulty"
    ? "isn't working"
    : "isn't what you ordered";
  const carrier = tracking?.carrier ?? order.carrier ?? "the carrier";
  const open = opener(v, tone);
  // The opener's apology says it once; without one, the sorry is said here.
  const sorry = /\b(?:sorry|apologi[sz]e)/i.test(open)
    ? null
    : `I'm sorry order ${order.id} ${what}.`;
  return draft("arrived_unrecorded", tone, [
    open,
    sorry,
    `${carrier} hasn't recorded the delivery of order ${order.id} yet — on our side the parcel ` +
    `still shows as on its ` +
    `way${lastScan(tracking, v)} — and a replacement or a refund can be set up once the ` +
    "delivery shows, usually within a day.",
    "Message me here then and I'll sort it out straight away; if you'd rather not wait, just " +
    "ask for a colleague and they'll take it from here.",
    closer(v),
  ]);
}
