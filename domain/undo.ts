/**
 * Taking back a change already carried out ("can you undo that?"): what the shop can and
 * cannot take back, for each kind of change. Pure.
 */
import type { DoneChange } from "../shared/protocol.ts";

/** "Undo that", "can you reverse it", "uncancel", "change it back", "cancel the refund". */
const UNDO =
  /\b(?:undo|un-do|revert|reverse|uncancel|un-cancel|take (?:it|that|this) back|(?:change|switch|set|turn|move) (?:it|that|this|them|the address) back|put (?:it|that) back|back to (?:my |the )?(?:old|previous|original|first|last) (?:one|address|place|order|way)|cancel (?:the|my|that) (?:cancellation|refund|return|change)|restore (?:it|the order|my order))\b/i;

/**
 * Regret of a change just made, said rather than asked: "wait, I didn't mean that", "I changed
 * my mind, I'm keeping it", "oh no I wanted to keep the frother", "noooo I clicked the wrong
 * thing, bring it back", "I cancelled it by mistake", "can it be restored?".
 */
const REGRET =
  /\b(?:(?:didn'?t|did not|never) (?:mean|want|ask(?: you)?|say|tell you)(?: to)? (?:do )?(?:that|it|this|cancel\w*|refund\w*|return\w*|change\w*|expedit\w*|upgrad\w*|remov\w*)|changed my mind|(?:wanted|meant|want|going|gonna|planning) to keep|i'?m (?:keeping|gonna keep|going to keep) (?:it|them|the \w+)|(?:wait|hang on|hold on|actually|no)[\s,.!]+(?:(?:i'?ll|i will|i want to|i wanna|let me)\s+)?keep (?:it|them|the order)|don'?t cancel (?:it|that|them|the order)|i(?:'ll| will) keep (?:it|them)|(?:bring|put|have|want|need) (?:it|them|that|my order|the order) back|(?:clicked|pressed|hit|tapped|said) (?:the )?wrong (?:thing|button|one|option)|wrong (?:button|thing)|(?:cancel\w*|refund\w*|return\w*|chang\w*|did (?:it|that)|clicked|pressed|said yes|agreed|confirmed)\b[^.?!]{0,30}\b(?:by (?:mistake|accident)|accidentally|in error)|accidentally (?:cancel\w*|refund\w*|return\w*|said|clicked|pressed|confirmed|agreed)|(?:that|this|it) was (?:a mistake|an accident|by (?:mistake|accident))|restor(?:e|ed|ing)|reinstat\w*|reactivat\w*|re-?open (?:it|the order|my order)|reviv\w*|resurrect\w*)\b/i;

/** A remedy wanted in its place: "I wanted a replacement, not a refund" switches, not regrets. */
const SWITCH =
  /\b(?:instead|rather|prefer)\b|\bi (?:want|wanted|meant|asked for|need) (?:a |an |the )?(?:replacement|refund|new one|exchange|return|express|overnight)\b/i;

/** True when the message asks to take back a change, or regrets it. */
export function asksToUndo(text: string): boolean {
  return UNDO.test(text) || (REGRET.test(text) && !SWITCH.test(text));
}

/**
 * What we can say about taking back `done`: whether it can be undone here and how the
 * customer gets what they want instead. Sentences, in order.
 */
export function undoSentences(done: DoneChange): string[] {
  const id = done.order_id ? `order ${done.order_id}` : "your order";
  switch (done.type) {
    case "cancel_order":
      return [
        `I'm afraid a cancellation can't be undone: ${id} is cancelled, and any refund is already on its way.`,
        "If you still want the items, you can order them again from the shop, and I'm happy to help with that.",
      ];
    case "refund":
      return [
        `The refund for ${id} has already been issued, so I can't take it back.`,
        "If you'd like the items instead, you can order them again from the shop.",
      ];
    case "return_item":
      return [
        `The return for ${id} is open, but nothing happens until the parcel reaches us.`,
        "If you'd rather keep the item, simply don't send it back: no refund is made without it.",
      ];
    case "change_address":
      return [
        `The new address is saved for ${id}. While it hasn't shipped, I can change it again.`,
        "Just send me the address you want it to go to.",
      ];
    case "modify_items":
      return [
        `The change to ${id} is made. While it hasn't shipped, I can change the quantities again.`,
        "Just tell me which item and how many you'd like.",
      ];
    default:
      return [
        `That change to ${id} has already been made, and I can't take it back from here.`,
        "If it needs undoing, just ask for a colleague and I'll pass the conversation on.",
      ];
  }
}
