/**
 * "Is it insured?" after a delayed parcel's news, "is the parcel insured", "do you guys insure
 * shipments?": whether the parcel is covered on its way — not the parcel's news again, nor
 * the shipping speeds and fees. There is no insurance to buy: the store stands behind every
 * parcel it sends (a lost one is refunded or replaced in full, a damaged one too), and the
 * order talked about is said to be covered. Null when no such question is asked. Pure.
 */
import { closer, opener } from "./tone.ts";
import { catalogueReply } from "./catalogue.ts";
import { type Draft, draft, PARAGRAPH, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** Insurance or cover of a parcel on its way. */
const INSURED =
  /\b(?:insured|insure|insures|insurance|(?:shipping|package|parcel|delivery) (?:protection|cover(?:age)?))\b|\bcovered if (?:it|the (?:parcel|package|order)|they)(?:'s| is| are| gets?)? (?:lost|damaged|stolen|broken)\b/i;
/** Cover of something else: a longer warranty, or insurance of their own life, car or home. */
const NOT_PARCEL =
  /\b(?:warranty|guarantee|extended|extra (?:cover|protection)|car|home|house|health|life|travel|pet|phone contract)\b/i;

/** Orders whose parcel is still to reach them, or reached them lately. */
const ON_ITS_WAY = new Set(["pending", "processing", "shipped"]);

/** The answer to a question whether a parcel is insured, or null. */
export function coverReply(v: TurnView, tone: Tone): Draft | null {
  if (!INSURED.test(v.text) || NOT_PARCEL.test(v.text)) return null;
  const ref = v.guest ? null : resolveOrder(v, (o) => ON_ITS_WAY.has(o.status));
  const order = ref?.kind === "found" && ON_ITS_WAY.has(ref.order.status) ? ref.order : null;
  // "Is the keyboard insured? also is it in stock?": the product's answer after the cover's.
  const beside = besideProduct(v, tone);
  return draft("parcel_cover", tone, [
    opener(v, tone),
    "There's no shipping insurance to buy: every parcel we send is covered by us until it " +
    "reaches you. If the carrier loses it or it arrives damaged, we send a replacement or " +
    "refund it in full, free of charge.",
    order
      ? `That goes for order ${order.id} too — if anything happens to it, just tell me here.`
      : null,
    ...(beside ? [PARAGRAPH, beside] : [closer(v)]),
  ]);
}

/** A question beside the cover's: "also is it in stock?", "and how much are the studio ones". */
const BESIDE =
  /(?<=[?.!])\s+|\s*,?\s+(?:and|also|plus|btw)\s+(?=(?:is|are|does|do|what|how|can|will|when|which)\b)/i;

/** The catalogue's answer to the part of `v.text` that asks of a product, or null. */
function besideProduct(v: TurnView, tone: Tone): string | null {
  const parts = v.text.split(BESIDE).map((p) => p.trim()).filter((p) => p.length > 0);
  const rest = parts.filter((p) => !INSURED.test(p));
  if (rest.length === 0 || rest.length === parts.length) return null;
  // "Also is it in stock?": "it" is the product looked up, named so the catalogue answers.
  const found = v.context?.catalogue?.products ?? [];
  const text = found.length === 1
    ? rest.join(" ").replace(/\b(?:it|they|them)\b/i, `the ${found[0].name}`)
    : rest.join(" ");
  const asked: TurnView = { ...v, text, firstTurn: false };
  const d = catalogueReply(asked, tone);
  if (!d) return null;
  // Its own opener is ours, said once at the top.
  const op = opener(asked, tone);
  return op && d.text.startsWith(op) ? d.text.slice(op.length).trim() : d.text;
}
