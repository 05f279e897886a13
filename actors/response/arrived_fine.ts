/**
 * "My keyboard arrived", "the keyboard just arrived!", "got my keyboard today, thanks" while
 * the carrier's tracking still shows the parcel on its way (or delayed): good news told, with
 * nothing wrong with the goods — the reply is glad and says the carrier's scans lag behind. It
 * had been the delay's apology ("a parcel that doesn't turn up is frustrating"), a question
 * what they meant, or a carrier investigation proposed for a parcel in their hands. Nothing is
 * proposed. Null when the message says no such thing. Pure.
 */
import { goodsProblem } from "../../domain/problems.ts";
import { parcelLost } from "../../domain/eligibility.ts";
import { formatDate } from "../../domain/format.ts";
import { arrivalOnlyExpected } from "../../domain/arrival_expected.ts";
import { HERE, NOT_HERE } from "./arrived_unrecorded.ts";
import { closer } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Asked, not told: "has my keyboard arrived?", "did it come". */
const ASKED = /\?|^\s*(?:has|have|did|does|is|are|was|when|where|will)\b/i;
/** Trouble with the parcel or the order, beside the goods come: not only good news. */
const TROUBLE =
  /\b(?:late|finally|but|wrong|missing|refund|return|cancel|problem|issue|someone else'?s|somebody else'?s|not mine|isn'?t mine|not my|other person'?s)\b/i;
/** "Hasn't arrived", "still not here", "didn't get it": not come after all. */
const NOT_COME =
  /\b(?:has ?n[o']?t|have ?n[o']?t|did ?n[o']?t|does ?n[o']?t|not|never|still|yet to)\b[^.?!]{0,20}\b(?:arriv\w*|come|came|got|get|received|turned up|showed up|delivered|here)\b/i;
/** Praise of us beside the news ("ur a legend, … worked"): thanked as praise, elsewhere. */
const PRAISE =
  /\b(?:legend|amazing|awesome|brilliant|the best|love|hero|star|great job|well done|worked|thank you so much|thanks so much)\b/i;
/** The most characters of such news: an email with more in it is read part by part. */
const MAX_LENGTH = 80;

/** The reply to goods said come well while their parcel still shows on its way, or null. */
export function arrivedFine(v: TurnView, tone: Tone): Draft | null {
  const c = v.context;
  if (!c || c.guest || c.order_lookup !== "found" || !c.order) return null;
  const order = c.order;
  const tracking = c.tracking?.number === order.tracking_number ? c.tracking : null;
  if (order.status !== "shipped" || order.delivered_at || parcelLost(order, tracking)) return null;
  if (tracking?.status === "delivered") return null;
  const t = v.text;
  if (t.length > MAX_LENGTH || !HERE.test(t) || NOT_HERE.test(t) || NOT_COME.test(t)) return null;
  if (ASKED.test(t) || goodsProblem(t) !== null || TROUBLE.test(t) || PRAISE.test(t)) return null;
  // "The headphones came today, thanks! but they're the wrong colour": the news was one part
  // of a message whose other part tells what is wrong with them.
  const rest = (v.requests ?? []).map((r) => r.text).filter((r) => r !== t).join("\n");
  if (goodsProblem(rest) !== null) return null;
  // "My keyboard should have arrived already": awaited, not come.
  if (arrivalOnlyExpected(t)) return null;
  const carrier = tracking?.carrier ?? order.carrier ?? "the carrier";
  const e = tracking?.last_event;
  const scan = e ? ` (its last scan was in ${e.location} on ${formatDate(e.at, v.now)})` : "";
  const goods = order.items.length === 1 ? `the ${order.items[0].name}` : `order ${order.id}`;
  // A first turn is greeted, as every first reply is.
  const name = c.customer?.name?.split(" ")[0];
  const hello = v.firstTurn ? `${name ? `Hi ${name}` : "Hi"}, glad` : "Glad";
  return draft("arrived_fine", tone, [
    `${hello} to hear ${goods} reached you${tone === "formal" ? "." : "!"}`,
    `${carrier} hasn't recorded the delivery of order ${order.id} yet${scan}; their scans ` +
    "sometimes lag behind, so it should show as delivered soon. Nothing more is needed from you.",
    closer(v),
  ]);
}
