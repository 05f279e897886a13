/**
 * A parcel that is not theirs, delivered to them: "I received someone else's order", "you
 * sent me somebody else's package". Not a question about another customer's orders (the
 * privacy rule answered it), but a delivery gone wrong — with the store's rule for the parcel:
 * not opened further, marked "return to sender" and handed back to the carrier, at no cost.
 * Pure.
 */

/** Somebody else's parcel received, in shoppers' words. */
const RECEIVED_ANOTHERS =
  /\b(?:received|got|getting|was (?:sent|delivered|given)|were (?:sent|delivered)|delivered|came|arrived|(?:you|they) (?:sent|delivered|shipped) me|i have)\b[^.?!]{0,30}?\b(?:some|any)(?:one|body) else'?s\s+(?:order|parcel|package|box|delivery|stuff|items?)\b|\b(?:some|any)(?:one|body) else'?s\s+(?:order|parcel|package|box|delivery)\s+(?:was|got|came|arrived|turned up|showed up)\b|\b(?:a|this|the)\s+(?:parcel|package|box)\s+(?:that|which)\s+(?:is|was)\s*n[o']?t\s+(?:mine|for me|addressed to me)\b|\b(?:parcel|package|box)\s+(?:addressed|labell?ed)\s+to\s+(?:someone|somebody|a)\s+(?:else|different|stranger|neighbou?r)\b/i;

/** One parcel too many: "a second box also came", "I got two boxes, one isn't mine". */
const EXTRA_PARCEL =
  /\b(?:a|an|one)\s+(?:second|extra|additional|another|other)\s+(?:box|parcel|package)\s+(?:also\s+|too\s+)?(?:came|arrived|turned up|showed up|was delivered)\b|\b(?:got|received|i have)\s+(?:two|2)\s+(?:boxes|parcels|packages)\b[^.?!]{0,30}\b(?:one|the other)\s+(?:is ?n[o']?t|was ?n[o']?t|is not|was not)\s+(?:mine|for me)\b/i;

/** Whether the message says a parcel that is not theirs was delivered to them. */
export function receivedAnothersParcel(text: string): boolean {
  return RECEIVED_ANOTHERS.test(text) || EXTRA_PARCEL.test(text);
}

/** What to do with a parcel that is not theirs: the store's rule. */
export const WRONG_PARCEL_RULE =
  "A parcel that isn't yours is best left unopened (or closed again): write \"return to " +
  'sender" on it and hand it back to the carrier, or leave it out for their next visit — it ' +
  "costs you nothing, and please don't use what's inside.";
