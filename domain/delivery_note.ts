/**
 * "Can you leave it with my neighbour?", "tell the driver to leave it at the back door",
 * "can it go in a safe place": instructions for the delivery itself. The store hands a
 * parcel to the carrier, who takes such instructions with the tracking number. Pure.
 */

/** Where or how the parcel should be left, or who may take it. */
const INSTRUCTION =
  /\b(?:leave|left|drop|dropped|put|deliver|delivered|hand|handed)\s+(?:it|them|the\s+(?:parcel|package|box|order)|(?:ord-?)?\d{3,6})?\s*(?:with|at|in|on|by|behind|under|to)\s+(?:my|the|a|our)\s+(?:neighbou?rs?|door|front\s+door|back\s+door|porch|doorstep|reception|front\s+desk|concierge|garage|shed|safe\s+place|mailbox|letterbox|building\s+manager|office)\b|\b(?:safe\s+place|ring\s+the\s+bell|knock\s+(?:loud|hard)|signature\s+(?:required|needed)|sign\s+for\s+it|(?:driver|courier)\s+(?:to|should|can|could)\s+(?:leave|call|ring|knock|wait))\b|\bcan\s+my\s+(?:neighbou?r|wife|husband|partner|flatmate|roommate)\s+(?:sign\s+for|take|pick\s+up|collect|receive)\b/i;

/** "And if I'm not home?", "what if nobody's in when it comes": nobody there to take it. */
const NOBODY_IN =
  /\b(?:if|when|in case)\s+(?:(?:i'?m|im|i am|i'?ll be|we'?re|we are|we'?ll be)\s+(?:not\s+(?:at\s+)?(?:home|in|there|around|back)|out|away|at work)|(?:nobody|no ?one|no-one)(?:'?s| is| will be)\s+(?:at\s+)?(?:home|in|there|around)|there'?s (?:nobody|no ?one))\b/i;

/** Whether the message asks what happens when nobody is in to take the parcel. */
export function asksNobodyIn(text: string): boolean {
  return text.length <= 240 && NOBODY_IN.test(text);
}

/** Whether the message gives or asks for an instruction for the delivery itself. */
export function asksInstruction(text: string): boolean {
  return text.length <= 240 && INSTRUCTION.test(text);
}

/** Whether the message gives or asks for an instruction, or asks what if nobody is in. */
export function asksDeliveryNote(text: string): boolean {
  return asksInstruction(text) || asksNobodyIn(text);
}
