/**
 * A fault told of goods in a shopper's own words: "it just doesn't turn on at all", "the
 * thing is dead, wont even power up", "it won't froth the milk anymore", "keeps cutting
 * out". Read as a negation (or "stopped", "fails to", "no longer") before what such goods do
 * — work, turn or switch on, power up, start, charge, heat, pair, connect, froth, spin, run,
 * light up — with a few words between, or goods said to be dead. Beside the store's own
 * words for faults (`goodsProblem`). Pure.
 */
import { goodsProblem } from "./problems.ts";
import type { Message } from "../shared/protocol.ts";

/** What goods are for: work, turn on, power up, charge, heat, froth… */
const DOES =
  "(?:work|function|turn(?:s|ing)? (?:\\w+ )?on|switch(?:es|ing)? (?:\\w+ )?on|power(?:s|ing)? (?:\\w+ )?(?:on|up)|start|boot|charge|charging|heat|heating|warm up|pair|connect|froth|blend|spin|run|light up|come on|respond|do anything|make (?:any )?(?:coffee|noise|sound))";
/** Negations and their kin before what the goods should do. */
const NOT =
  "(?:doesn'?t|does not|dosent|dont|don'?t|do not|won'?t|wont|will not|can'?t|cannot|can not|couldn'?t|didn'?t|did not|never|no longer|refuses? to|fails? to|failed to|stopped|isn'?t|is not|not)";
/** "Doesn't turn on at all", "won't even power up", "stopped working", "not charging". */
const NEGATED_USE = new RegExp(
  `\\b${NOT}\\s+(?:(?:even|really|properly|at all|just|ever|get|it|them|to|anymore|any more)\\s+){0,4}${DOES}(?:s|ing|ed)?\\b`,
  "i",
);
/** Goods said to be dead, or to keep cutting out. */
const DEAD =
  /\b(?:(?:it'?s|its|is|it is|thing is|totally|completely|just|stone|already) dead|dead on arrival|(?:keeps|kept) (?:cutting|turning|switching|shutting) (?:itself )?(?:out|off|down)|no power|nothing happens|broke down)\b/i;
/** Asks something, or asks for a change: not a fault told and nothing more. */
const ASKS =
  /\?|\b(?:refund|money back|return|replace\w*|new one|another one|exchange|cancel|send|instead|can you|could you|would you|will you|if)\b|^\s*(?:how|what|why|when|where)\b/i;
/** Not goods: a card, a code, a link, the site. */
const NOT_GOODS =
  /\b(?:card|code|link|site|website|app|account|password|log ?in|payment|coupon|voucher|promo|discount|tracking)\b/i;

/** True when the words tell that goods do not work, in any of the ways shoppers say it. */
export function toldFault(text: string): boolean {
  if (NOT_GOODS.test(text)) return false;
  return goodsProblem(text) !== null || NEGATED_USE.test(text) || DEAD.test(text);
}

/** More than the one thing: "and the espresso machine leaks too", "the other one as well". */
const MORE = /\b(?:too|also|as well|either|both|other)\b|\band (?:the|my|its|it'?s)\b/i;

/** True when the message tells a fault of goods and asks nothing besides. */
export function onlyTellsFault(text: string): boolean {
  return toldFault(text) && !ASKS.test(text) && !MORE.test(text);
}

/** The changes a fault of the goods is the reason for. */
export const FAULT_REMEDIES: ReadonlySet<string> = new Set([
  "refund",
  "return_item",
  "replacement",
]);

/** True when the message tells a fault of the goods a waiting `pendingType` is the remedy for. */
export function faultForRemedy(text: string, pendingType: string): boolean {
  return FAULT_REMEDIES.has(pendingType) && onlyTellsFault(text);
}

/**
 * True when the turn tells the fault a waiting refund, return or replacement is for: the
 * answer's reason, not an upset customer to hand over.
 */
export function faultAnswersPending(msg: Message): boolean {
  const pending = msg.session.pending_action;
  return !!pending && msg.payload.intent?.confirmation === "unclear" &&
    faultForRemedy(msg.payload.customer_message.text, pending.action.type);
}
