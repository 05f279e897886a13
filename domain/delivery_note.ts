/**
 * "Can you leave it with my neighbour?", "tell the driver to leave it at the back door",
 * "can it go in a safe place": instructions for the delivery itself. The store hands a
 * parcel to the carrier, who takes such instructions with the tracking number. Pure.
 */

/** Where or how the parcel should be left, or who may take it. */
const INSTRUCTION =
  /\b(?:leave|left|drop|dropped|put|deliver|delivered|hand|handed)\s+(?:it|them|the\s+(?:parcel|package|box|order))?\s*(?:with|at|in|on|by|behind|under|to)\s+(?:my|the|a|our)\s+(?:neighbou?rs?|door|front\s+door|back\s+door|porch|doorstep|reception|front\s+desk|concierge|garage|shed|safe\s+place|mailbox|letterbox|building\s+manager|office)\b|\b(?:safe\s+place|ring\s+the\s+bell|knock\s+(?:loud|hard)|signature\s+(?:required|needed)|sign\s+for\s+it|(?:driver|courier)\s+(?:to|should|can|could)\s+(?:leave|call|ring|knock|wait))\b|\bcan\s+my\s+(?:neighbou?r|wife|husband|partner|flatmate|roommate)\s+(?:sign\s+for|take|pick\s+up|collect|receive)\b/i;

/** Whether the message gives or asks for an instruction for the delivery. */
export function asksDeliveryNote(text: string): boolean {
  return text.length <= 240 && INSTRUCTION.test(text);
}
