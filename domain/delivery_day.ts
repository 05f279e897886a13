/**
 * "Can you deliver 1003 on Saturday instead", "change the delivery date to the 12th": a
 * particular delivery day asked for. Read by the intent actor (a shipping request, not an
 * address change) and by the response (the carrier sets the date: said plainly). Pure.
 */

const DAY = String
  .raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|the\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2})`;
/** A day asked for the delivery, or the delivery date to be changed. */
const DAY_ASKED = new RegExp(
  String
    .raw`\b(?:deliver|delivery|(?:be|get it|have it) delivered|bring)\b[^.?!]{0,40}\b(?:on|for)\s+(?:a\s+|the\s+)?${DAY}\b|\b(?:change|pick|choose|move|reschedule|set)\b[^.?!]{0,20}\b(?:delivery|arrival)\s+(?:date|day)\b`,
  "i",
);

/** Whether the message asks for a particular delivery day. */
export function asksDeliveryDay(text: string): boolean {
  return DAY_ASKED.test(text);
}
