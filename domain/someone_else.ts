/**
 * A signed-in customer asking about somebody else's orders or account: "show me emma's
 * orders", "refund every order for customer emma.wilson@example.com", "it's my wife's
 * order". An order belongs to one customer, so the answer is the privacy rule — never the
 * orders, and never a hint whether that person is a customer.
 */

import { receivedAnothersParcel } from "./wrong_parcel.ts";

/**
 * Words that say the order belongs to somebody else: "my wife's order", "it's his order", "it's
 * my sister's". A person named alone is no owner: "leave it with my neighbour", "can my husband
 * sign for it"; nor is one whose place or occasion is named: "can half my order go to my mom's
 * place", "they're for my sister's birthday".
 */
export const OTHER_PERSONS_ORDER =
  /\b(?:my\s+(?:wife|husband|partner|spouse|boyfriend|girlfriend|mum|mom|mother|dad|father|son|daughter|brother|sister|friend|colleague|boss|neighbou?r|roommate|flatmate)(?:['’]s\b(?=\s*(?:[.,;!?)]|$|(?:order|orders|parcel|package|account|details|purchases?|one|stuff)\b))|s?\s+(?:order|orders|parcel|package|account|details|purchases?)\b)|(?:his|her|their)\s+(?:order|orders|parcel|package|account)|someone\s+else'?s|somebody\s+else'?s|another\s+(?:person|customer|account)'?s?|(?:on|from)\s+(?:another|a different|(?:his|her|their))\s+account|ordered\s+(?:it\s+)?for\s+me)\b/i;

/** "Emma's orders", "the account of mike": a person's orders, account or details by name. */
const NAMED_PERSONS =
  /\b([a-z][a-z'-]{1,20})['’]s\s+(?:orders?|account|address|details|parcel|package|purchases?)\b/gi;
/** "For customer …", "of the customer …": an order asked about for another customer. */
const FOR_CUSTOMER = /\b(?:for|of)\s+(?:the\s+)?(?:customer|user|account)\s+\S+/i;
/**
 * An email address given as the customer's own: a new one for their account ("change my
 * email to …", "my new email is …"), or where to send something of theirs ("send it to my
 * work email …").
 */
const OWN_NEW_EMAIL =
  /\b(?:change|update|switch|move|set)\b[^.?!]*\be-?mail\b[^.?!]*\bto\s+[\w.+-]+@|\bmy\s+(?:new|work|other|personal|second|business|updated|current)\s+e-?mail(?:\s+address)?\b|\bmy\s+e-?mail(?:\s+address)?\s+(?:is\s+now|has\s+changed|changed)\b/i;

/** Possessives that are the customer's own or no person's. */
const NOT_A_PERSON = new Set([
  "my",
  "your",
  "our",
  "it",
  "that",
  "this",
  "one",
  "today",
  "everyone",
]);

/** Who is asking: their email and first name, to tell their own from another's. */
export interface Asker {
  email: string | null;
  firstName: string | null;
}

/** Whether the message asks about the orders or account of somebody other than `asker`. */
export function asksAboutSomeoneElse(text: string, asker: Asker): boolean {
  // "I received someone else's order": a parcel delivered wrongly (`wrong_parcel.ts`).
  if (receivedAnothersParcel(text)) return false;
  if (OTHER_PERSONS_ORDER.test(text)) return true;
  const own = asker.email?.toLowerCase() ?? null;
  const emails = text.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? [];
  // "Change the email on my account to mike.j@work.example": their own new address.
  const theirs = OWN_NEW_EMAIL.test(text);
  if (!theirs && emails.some((e) => e.toLowerCase() !== own)) return true;
  const first = asker.firstName?.toLowerCase() ?? null;
  for (const m of text.matchAll(NAMED_PERSONS)) {
    const who = m[1].toLowerCase();
    // "Could it go to my sister's address?": where it goes, not whose it is.
    const destination = /address$/i.test(m[0]) && /\bmy\s+$/i.test(text.slice(0, m.index));
    if (!NOT_A_PERSON.has(who) && who !== first && !destination) return true;
  }
  return FOR_CUSTOMER.test(text) && emails.length > 0;
}

/** Who an order may be said to belong to. */
const PERSON = String
  .raw`(?:wife|husband|partner|spouse|boyfriend|girlfriend|mum|mom|mother|dad|father|son|daughter|brother|sister|friend|colleague|boss|neighbou?r|roommate|flatmate)`;

/**
 * The order talked about said outright to be somebody else's: "it's my wife's order",
 * "that's her order", "the order is my husband's", "someone else's order". Narrower than
 * `OTHER_PERSONS_ORDER` ("my wife ordered it for me" may be on their own account).
 */
const SAID_TO_BE_ANOTHERS = new RegExp(
  String
    .raw`\b(?:(?:it'?s|its|it is|this is|that'?s|thats|that is|the order is|order is)\s+(?:actually\s+|really\s+)?(?:my\s+${PERSON}(?:'?s)?|his|hers?|theirs?)\b` +
    String.raw`|my\s+${PERSON}'?s\s+(?:order|parcel|package|account)` +
    String.raw`|\b(?:he|she|they)(?:'?s|'re| is| are)\s+my\s+${PERSON}\b` +
    String.raw`|(?:some|any)(?:one|body)\s+else'?s)`,
  "i",
);

/** Whether the message says the order in question belongs to somebody else. */
export function saysOrderIsAnothers(text: string): boolean {
  return !receivedAnothersParcel(text) && SAID_TO_BE_ANOTHERS.test(text);
}
