/**
 * Groups of the intent taxonomy (`INTENTS` in shared/protocol.ts) that the shop's rules
 * treat alike, so that the decision router, the intent actor and the response agree.
 */
import type { Intent } from "../shared/protocol.ts";

/** Intents about one particular order: a guest must say who they are first. */
export const ORDER_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "refund_status",
  "delivery_problem",
  "invoice_request",
]);

/** Words that ask for the goods to be sent again rather than the money back. */
const REPLACEMENT_WORDS =
  /\b(replacements?|replace (?:just |only )?(it|them|both|all|the \w+|my \w+|this|that)|re-?ship|re-?send|send (me )?(a |another )?((whole|brand|completely|entirely) )?(new|fresh|second|working) (one|unit|parcel|piece)|send (it|them|(the|my) (?!(label|return|invoice|receipt|link|code|password|e-?mail|message|confirmation|tracking|details|form|refund)s?\b)\w+( \w+)?) (again|over again|once more)|another (one|unit) sent|(send|get|have|want|like|prefer|rather have|need) (me )?(a |the )?((whole|brand|completely|entirely) )?(new|fresh|working|replacement|right|correct) (one|unit|item|product|thing)( instead| please)?|(a )?new one (instead|please)|(swap|exchange) (it|them|this) for (a )?(new|working) (one|unit)|(send|get) (me )?another (one|unit)|(send|get) (me )?another(?=\s*([,.!?;]|$|please|pls|instead|asap|then)))\b/i;

/**
 * "Send a new keyboard", "can you ship me a working mixer", "a fresh mixer sent out": the
 * goods again, named by their own noun — not a new label, invoice, link or code.
 */
const NEW_GOODS =
  /\b(?:send|ship|post|mail)\s+(?:me\s+|us\s+)?(?:a\s+|another\s+)?(?:new|fresh|working|replacement)\s+(?!(?:label|return|invoice|receipt|link|code|password|email|e-mail|address|card|one|unit|parcel|piece|order|account|tracking|number|message|copy)s?\b)[a-z]{3,}\b|\b(?:a|another)\s+(?:new|fresh|working|replacement)\s+(?!(?:label|invoice|receipt|link|code|password|card|order|account|tracking|number|message|copy)s?\b)[a-z]{3,}(?:\s+[a-z]{3,})?\s+(?:sent|shipped|posted)\b/i;

/** "I don't want a refund", "no refund": the money back refused in so many words. */
const REFUSES_REFUND =
  /\b(?:(?:do ?n[o']?t|do not|never|no longer)\s+(?:want|need|ask(?:ed)? for|looking for)\s+(?:a\s+|my\s+|the\s+|any\s+)?(?:refund|money back|my money)|not (?:a |asking for a )?refund|(?<!still |yet |got |received |had |and |but )no refunds? (?:needed|necessary|required|please|pls|thanks|thank you)\b|(?:^|[.!?]\s*)no refunds?\b(?!\s+(?:policy|yet|after|since))|rather not (?:have|get) (?:a )?refund|(?:rather than|instead of)\s+(?:a\s+|my\s+|the\s+)?(?:refund|money back))/i;

/** "I want the vacuum", "I just need my order": the goods themselves, not money or a person. */
const WANTS_THE_GOODS =
  /\b(?:i|we)\s+(?:just\s+|only\s+|really\s+|still\s+)?(?:want|need|'d like|would like|wanted)\s+(?:the|my|it|them|what i (?:ordered|paid for))\b(?!\s+(?:refund|money|person|human|manager|agent|supervisor))/i;

/** "I want the vacuum", "we still need it": the goods themselves wanted, not money. */
export function wantsTheGoods(text: string): boolean {
  return WANTS_THE_GOODS.test(text) && !/\b(?:refund|money|reimburs)/i.test(text);
}

/**
 * "Can it be repaired or replaced?", "I want it replaced", "can you fix it", "a new one then":
 * sent anew (the store's remedy for a fault is a replacement; the warranty's repair is
 * arranged the same way).
 */
const REPLACED =
  /\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+)?(?:fix|repair)\s+(?:it|them|this|that|the \w+)|(?:get|have)\s+(?:it|them|this|that)\s+(?:fixed|repaired)|(?:a\s+)?new\s+one\s+then|\bfor\s+a\s+(?:new|replacement|working)\s+(?:one|unit)|(?:it|them|this|that|one|both|all)\s+(?:be\s+)?(?:repaired\s+or\s+|fixed\s+or\s+)?replaced|(?:get|have|want|need)\s+(?:it|them|this|that|the \w+)\s+(?:repaired\s+or\s+|fixed\s+or\s+)?replaced)\b/i;

/** True when the customer refuses a refund in so many words. */
export function refusesRefund(text: string): boolean {
  return REFUSES_REFUND.test(text);
}

/** A refusal of a refund with the word after it ("no refund needed"), every one in a text. */
const REFUSAL_SPAN = new RegExp(
  `${REFUSES_REFUND.source}(?:\\s+(?:needed|necessary|thanks))?`,
  "gi",
);

/** The text without its refusal of a refund (and the word "needed" after one). */
export function withoutRefusal(text: string): string {
  return text.replace(REFUSAL_SPAN, " ")
    .replace(/^[\s,.;:!-]+|[\s,;:-]+$/g, "").trim();
}

/**
 * True when the customer asks for a replacement (of a lost or damaged order): in so many
 * words, or by refusing the money and asking for the goods ("I don't want a refund, I want
 * the vacuum").
 */
export function asksForReplacement(text: string): boolean {
  // "The mixer replacement is STUNNING": a replacement that came, told of, asks for none.
  // "A refund instead of waiting for a new one": the goods set aside are not asked for.
  // "No I don't want a replacement, just my money back": the goods turned down.
  const t = withReplacementTypos(text).replace(REPLACEMENT_RECEIVED, " ")
    .replace(SET_ASIDE, " ").replace(TURNED_DOWN, " ");
  return REPLACEMENT_WORDS.test(t) || NEW_GOODS.test(t) || REPLACED.test(t) ||
    (REFUSES_REFUND.test(t) && WANTS_THE_GOODS.test(t));
}

/** "I don't want a replacement", "no new one please": a replacement turned down. */
const TURNED_DOWN =
  /\b(?:no|not|dont|don['’]t|do not|without|never)\s+(?:want\s+|need\s+|wanted\s+|asked for\s+)?(?:a\s+|an\s+|the\s+|any\s+)?(?:replacements?|new one|another one)\b/gi;

/** `TURNED_DOWN` for a test (no global flag, so no state kept between calls). */
const TURNED_DOWN_ONE = new RegExp(TURNED_DOWN.source, "i");

/** Whether the customer turns a replacement down: "I don't want another one". */
export function turnsDownReplacement(text: string): boolean {
  return TURNED_DOWN_ONE.test(text);
}

/** "Instead of (waiting for) a new one", "rather than a replacement": the goods not wanted. */
const SET_ASIDE =
  /\b(?:instead of|rather than)\s+(?:waiting\s+(?:for|on)\s+|getting\s+|having\s+|another\s+week\s+for\s+)?(?:a\s+|the\s+)?(?:new|replacement|another|second)\b[^,.;!?]*/gi;

/**
 * A replacement already there (or asked and done: "the mixer replacement request was sorted
 * so quickly last time"), as the subject of what is told of it.
 */
const REPLACEMENT_RECEIVED =
  /\b(?:the|my|your|this|that)\s+(?:[a-z-]+\s+)?replacements?(?:\s+(?:request|order|claim))?\s+(?:is|was|has|have|got|arrived|came|got here|works|worked|looks|turned up)\b[^.!?,;]*/gi;

/** Misspellings of the words of a replacement ask: "can u send anothr one", "a replacment". */
const REPLACEMENT_TYPOS: Readonly<Record<string, string>> = {
  anothr: "another",
  anotha: "another",
  anoter: "another",
  anohter: "another",
  antoher: "another",
  annother: "another",
  anther: "another",
  replacment: "replacement",
  replacemnt: "replacement",
  repalcement: "replacement",
  replacemant: "replacement",
  replacemet: "replacement",
  repalce: "replace",
  replce: "replace",
  raplace: "replace",
  snd: "send",
  sned: "send",
};

/** The text with the misspelt words of a replacement ask written out. */
function withReplacementTypos(text: string): string {
  return text.replace(/[A-Za-z]+/g, (w) => REPLACEMENT_TYPOS[w.toLowerCase()] ?? w);
}

/** Requests that change an order: each is proposed and waits for a yes. */
export const CHANGE_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
]);

/** Intents under which a request for a replacement is a request to act on an order. */
export const REPLACEMENT_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "refund_request",
  "return_item",
  "delivery_problem",
  "complaint",
  "order_status",
  "other",
  // "Actually, could you just send a new vacuum?" read weakly as feedback: still the ask.
  "feedback",
]);

/**
 * Intents that may be about an order without naming it, so they take the order the
 * conversation was about: the order intents, and a payment problem, a complaint, a request
 * for a person, a yes or a no.
 */
export const ORDER_FOLLOW_UP_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  ...ORDER_INTENTS,
  "payment_issue",
  "complaint",
  "human_agent",
  "affirm",
  "deny",
]);

/** Words that ask for a person ("I want a manager", "let me speak to someone"). */
const PERSON_WORDS =
  /\b(?:(?:speak|talk|chat)\s+(?:to|with)\s+(?:a|an|the|your|some|a real)?\s*(?:person|human|manager|supervisor|agent|someone|somebody|representative|colleague)|(?:want|need|get me|give me|put me through to)\s+(?:a|an|the|your|a real)?\s*(?:person|human|manager|supervisor|representative|human agent|real person))\b/i;

/** True when the customer's words ask for a person, whatever else the message asks. */
export function asksForPerson(text: string): boolean {
  return PERSON_WORDS.test(text);
}
