/**
 * Questions about a change just carried out, read by their shape: whether it went through
 * ("did it go through?", "is that refund confirmed?"), whether a confirmation comes ("will I
 * get an email?", "can you send me a confirmation"), and asking us to place a cancelled order
 * again ("just reorder it for me"). The dialogue says which change; these only read the words.
 * Pure.
 */

/**
 * "Did it work?", "has it gone through?", "is that done?", "so it's cancelled?", "so I get my
 * 192 back right?".
 */
const WORKED =
  /^(?:(?:so|and|ok(?:ay)?|great|cool|hmm+|um+|wait|hang on|hold on|sorry|quick question|just checking|one sec)[\s,.!-]+)*(?:(?:i|we)(?:'ll| will| am|'m)? (?:get|getting) (?:my |the |all |all my |the full )?(?:\$?\d+(?:\.\d\d)?(?: (?:usd|dollars|bucks))?|money|refund|cash|it all) back|did (?:it|that|this|you|the \w+) (?:actually |really )?(?:work|go through|get done|happen|succeed|get (?:cancelled|canceled|changed|sent|processed|refunded))|(?:is|was|has) (?:it|that|this|the \w+|that \w+|my \w+) (?:all )?(?:been )?(?:confirmed|processed|successful|approved|final)|(?:did you|have you) (?:actually |really )?(?:do(?:ne)?|cancel(?:led)?|change[d]?|send|sent|process(?:ed)?|refund(?:ed)?) (?:it|that|this)|(?:is|has) (?:it|that|this) (?:done|gone through|been (?:done|cancelled|canceled|changed|processed|refunded|sent)|(?:cancelled|canceled|changed|processed|refunded|sent|through)(?: now)?)|(?:it'?s|that'?s) (?:done|cancelled|canceled|through|gone through)(?: now| then)?|all done|(?:is )?everything (?:done|ok|okay|sorted))\b[^?.!]{0,30}[?.!]*\s*$/i;

/** "Will I get an email?", "can you send me a confirmation", "can I get that in writing?". */
const CONFIRMATION =
  /\b(?:(?:will|do|did|would|should|can|could|shall) (?:i|we) (?:(?:at least|still|also|even|then) )?(?:get|receive|be sent|be emailed|have) (?:an? |the |any |some )?(?:e-?mail|confirmation|receipt|written confirmation|something in writing)|(?:send|email|e-mail) (?:me|us) (?:an? |the |some )?(?:e-?mail|confirmation|written confirmation|receipt|proof)|(?:confirmation|e-?mail)s? (?:of|for|about) (?:it|this|that|the (?:cancel\w*|refund|change|return|replacement|upgrade))|in writing|confirm (?:it |that |this |the \w+ )?(?:by|via|over|in an?) e-?mail|(?:is|was) (?:an? |the )?(?:confirmation|e-?mail) (?:coming|sent|on (?:its|the) way)|confirmation e-?mail)\b/i;

/** "Just reorder it for me", "can you place it again", "put the order through again". */
const REORDER =
  /\b(?:re-?order|re-?place|re-?submit|re-?buy)\s+(?:it|them|that|the (?:order|items?|same)|my order|for me)\b|\b(?:place|put|make|submit|do)\s+(?:it|the order|that order|my order|them|a new order|the same order)\s+(?:(?:through\s+)?again|for me)\b|\border (?:it|them|the same (?:things|items|stuff)) (?:again )?for me\b/i;

/** True when the message asks whether the change just made went through. */
export function asksIfDone(text: string): boolean {
  return WORKED.test(text.trim());
}

/** True when the message asks whether a confirmation (an email) of the change comes. */
export function asksForConfirmation(text: string): boolean {
  return CONFIRMATION.test(text);
}

/** True when the message asks us to place an order again for them. */
export function asksToReorder(text: string): boolean {
  return REORDER.test(text);
}

/** "So what happens now?", "now what?", "what are the next steps?", "what do I do next?". */
const WHAT_NEXT =
  /^(?:(?:so|and|ok(?:ay)?|right|alright|cool|great|fine|thanks|hmm+|um+)[\s,.!-]+)*(?:what (?:happens|comes) (?:now|next)|now what|what now|what(?:'s| is| are) (?:the )?next(?: steps?)?|what (?:do|should|must) i (?:do|expect) (?:now|next)|(?:do|should) i (?:need|have) to do anything(?: (?:else|now|more))?)\b[^?.!]{0,30}[?.!]*\s*$/i;

/** True when the message asks what happens next, after a change was made. */
export function asksWhatNext(text: string): boolean {
  return WHAT_NEXT.test(text.trim());
}

/** "What's the new total?", "how much did that cost me", "did I get charged for that?". */
const COST =
  /\b(?:how much (?:did|does|will|was|is) (?:that|it|this|the (?:upgrade|change|order|express(?: shipping)?))(?: \w+)?(?: (?:cost|charge)(?: me| us)?| now)|(?:did|do|will|was|am) (?:i|we) (?:get |be |being )?(?:charged|billed)|(?:won'?t|will not|wont|not) (?:be |get )?(?:charged|billed)|(?:won'?t|will not|don'?t|do not) (?:have|need) to pay|(?:the |my )?(?:new|final|updated) total|what(?:'s|s| is) (?:the|my) total(?: now)?|(?:the )?total now|how much (?:do i owe|have i paid|am i paying)(?: now)?)\b/i;

/** True when the message asks what the order or the change costs now. */
export function asksCost(text: string): boolean {
  return COST.test(text);
}

/** "Seriously? nothing?", "is there really nothing you can do?", "are you sure?". */
const PUSHED =
  /^(?:(?:ok(?:ay)?|so|really|seriously|come on|but|wait|hmm+|ugh+|wow|what)[\s,.!?-]*)*(?:(?:is there |there'?s )?(?:really |seriously |honestly |absolutely )?nothing(?: at all)?(?: (?:you|u|anyone) can do)?(?: about (?:it|that))?|seriously|really|no way|are you sure|you can'?t (?:do anything|help)|can'?t you (?:do anything|just \w+ (?:it|that)|help)|that'?s it)\b[^.!]{0,30}[?.!]*\s*$/i;

/** Our reply said a change can't be taken back (`domain/undo.ts`). */
const SAID_NO_UNDO = /can't be undone|can't take it back/;

/** True when the message pushes back on our saying the change can't be taken back. */
export function pushesBackOnUndo(text: string, replied: string | null | undefined): boolean {
  return Boolean(replied && SAID_NO_UNDO.test(replied)) && PUSHED.test(text.trim());
}
