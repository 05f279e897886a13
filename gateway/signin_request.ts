/**
 * The request a guest came with, remembered across signing in. A guest who asks to cancel
 * an order and is asked who they are ("can u cancel ORD-1003", then an email, then the
 * code) should not have to ask again once the code is typed: the gateway keeps the words of
 * the request beside the code it sent and, once signed in, hands them to the mesh as the
 * customer's turn, so the change is proposed (and done only after a yes) on the right order.
 * Also: a guest asking for a new code ("send it again", "didn't get the code").
 */
import { ORDER_INTENTS } from "../domain/intents.ts";
import type { Intent } from "../shared/protocol.ts";

/** Most characters of a request kept (longer ones are cut to this). */
export const REQUEST_MAX_CHARS = 1000;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const ORDER_ID = /\bORD[-\s]?\d{3,}\b/i;
/** Words that only introduce the email or fill the message: no request of their own. */
const FILLER = new Set(
  ("ok okay k sure fine yes yeah yep alright right here hi hey hello my the email e-mail " +
    "mail address is its it's i'm im it was used use using with under on at for account " +
    "thanks thank you thx pls please sorry oops oh wait typo actually and so then that this " +
    "try again one no not whoops meant").split(" "),
);

/**
 * What of a message giving an email asks for something ("my order is ORD-1003, email
 * x@y.com, i want to cancel it"): the message without the email when an order is named or
 * a few words beyond filler are left; otherwise null ("ok my email is x@y.com").
 */
export function requestBesideEmail(text: string): string | null {
  const rest = text.replace(EMAIL, " ").replace(/\s+/g, " ").trim();
  if (ORDER_ID.test(rest)) return rest.slice(0, REQUEST_MAX_CHARS);
  const words = rest.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  const content = words.filter((w) => !FILLER.has(w));
  return content.length >= 3 ? rest.slice(0, REQUEST_MAX_CHARS) : null;
}

/** An email address in words, as the sign-in reads it. */
const AN_EMAIL = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`;
/**
 * "Change the email on my account to x@y.com", "my new email is x@y.com": the address the
 * guest wants their account to have, not the one they sign in with ("I changed my email to
 * x@y.com" tells the address the account has now, and still signs in).
 */
const NEW_EMAIL = new RegExp(
  String
    .raw`\b(?:change|update|switch|set|swap|replace|move)\b[^.?!]{0,40}\b(?:e-?mail|email address|e-?mail address)\b[^.?!]{0,40}?\b(?:to|into|with|for)\s*:?\s*${AN_EMAIL}` +
    String
      .raw`|\bnew (?:e-?mail|email address|e-?mail address)(?:\s+(?:is|will be|would be|should be|=))?\s*:?\s*${AN_EMAIL}`,
  "i",
);

/** Whether the email in the message is the new address asked for, not the guest's own. */
export function newEmailAsked(text: string): boolean {
  return NEW_EMAIL.test(text);
}

/** A message of the conversation as the history keeps it (what the walk back reads). */
export interface Said {
  role: string;
  text: string;
  meta?: Record<string, unknown>;
}

/** What the turns since the last sign-in turn say of the guest's request. */
export type Found = { request: string } | "called_off" | null;

/** "never mind", "forget it": the request before is dropped. */
const CALLED_OFF =
  /\b(?:never\s*mind|nvm|forget\s+(?:it|that|about\s+(?:it|that))|doesn'?t\s+matter|no\s+longer\s+need|don'?t\s+need\s+(?:it|that)\s+any\s*more)\b/i;
/** Readings of a turn that may still be about the order it names. */
const NAMING_INTENTS = new Set(["account_access", "complaint", "other"]);
/** Most requests carried across signing in: as many as one message is answered for. */
export const MAX_CARRIED = 3;
/** How many messages back the walk looks. */
const LOOK_BACK = 12;

/**
 * Walks back over the turns the mesh answered since the last code was sent (the history's
 * `code_sent` mark; a code typed wrong is passed over): the latest one about an order (its
 * intent one a guest must sign in for) is the request, with one before it about another
 * order; "never mind" before any such one calls it off.
 */
export function latestRequest(messages: readonly Said[]): Found {
  const recent = messages.slice(-LOOK_BACK);
  // Newest first: the latest request, and one before it about another order.
  const found: { text: string; intent: string }[] = [];
  for (let i = recent.length - 1; i >= 1 && found.length < MAX_CARRIED; i--) {
    const answer = recent[i];
    if (answer.role !== "assistant") continue;
    // Back to the code sent: what came before is in the request kept with it.
    if (answer.meta?.code_sent === true) break;
    if (answer.meta?.outcome === "sign_in") continue;
    const asked = recent[i - 1];
    if (asked.role !== "customer") continue;
    const intent = String(answer.meta?.intent ?? "");
    // "where is ORD-1001? i dont have an account password" read as a sign-in question: the
    // order named is still what they came for.
    const named = ORDER_ID.test(asked.text);
    const about = ORDER_INTENTS.has(intent as Intent) || (named && NAMING_INTENTS.has(intent));
    if (found.length === 0) {
      if (about) found.push({ text: asked.text, intent });
      else if (CALLED_OFF.test(asked.text)) return "called_off";
      continue;
    }
    if (!about || !named) continue;
    if (!ORDER_ID.test(found[0].text) && intent === found[0].intent) {
      // "no. just cancel it" after "cancel ORD-1003 now": the same request, with its order.
      found[0] = { text: asked.text, intent };
    } else if (
      ORDER_ID.test(found[0].text) && !found.some((f) => sameOrders(asked.text, f.text))
    ) {
      found.push({ text: asked.text, intent });
    }
  }
  if (found.length === 0) return null;
  return { request: found.reverse().map((f) => f.text).join("\n").slice(0, REQUEST_MAX_CHARS) };
}

/** The order ids a text names, as "ORD-1003". */
function ordersOf(text: string): string[] {
  return [...text.matchAll(/\bORD[-\s]?(\d{3,})\b/gi)].map((m) => `ORD-${m[1]}`);
}

/** Whether every order the older words name is named by the newer too. */
function sameOrders(older: string, newer: string): boolean {
  const now = new Set(ordersOf(newer));
  return ordersOf(older).every((o) => now.has(o));
}

/**
 * Requests about different orders, some asked before the code and some after ("where is
 * ORD-1001", then "cancel ORD-1003" and "send the invoice for ORD-1002"), are all carried, a
 * line each, oldest first, up to `MAX_CARRIED` (the mesh answers several requests in one
 * message); an older one about an order the newer name gives way to them.
 */
function joined(older: string | null, newer: string | null): string | null {
  if (!older || !newer) return newer ?? older;
  if (!ORDER_ID.test(newer)) return newer;
  const fresh = newer.split("\n");
  const kept = older.split("\n").filter((l) =>
    ORDER_ID.test(l) && !fresh.some((n) => sameOrders(l, n))
  );
  return [...kept, ...fresh].slice(-MAX_CARRIED).join("\n").slice(0, REQUEST_MAX_CHARS);
}

/**
 * The request to remember: what the message giving the email asks, else what the turns
 * since the last code sent say (`found`) beside the request kept from before (an email typed
 * again after a typo, a code asked for again, a second order asked while the code was on
 * its way).
 */
export function rememberedRequest(
  text: string | null,
  found: Found,
  kept: string | null,
): string | null {
  const beside = text === null ? null : requestBesideEmail(text);
  if (beside) return joined(found === "called_off" ? null : found?.request ?? null, beside);
  if (found === "called_off") return null;
  return joined(kept, found?.request ?? null);
}

/** A guest asking for the code again: "send a new code", "didn't get the code", "resend". */
const RESEND = new RegExp(
  [
    String.raw`\b(?:new|another|fresh|different)\s+(?:one-?time\s+|sign-?in\s+|login\s+)?code\b`,
    String.raw`\bre-?send\b`,
    String
      .raw`\bcode\b.{0,40}\b(?:again|never\s+(?:came|arrived|got)|(?:did\s*n[o']?t|didnt|has\s*n[o']?t|hasnt|not)\s+(?:come|arrive|arrived|get|got|receive|received|show)|expired|not\s+working|isn'?t\s+working|doesn'?t\s+work)\b`,
    String
      .raw`\b(?:did\s*n[o']?t|didnt|never|not|haven'?t|havent|have\s+not)\s+(?:get|got|gotten|receive|received|see|seen)\s+(?:a|the|any|your|that)\s+(?:code|email|mail)\b`,
    String.raw`\bsend\s+(?:it|the\s+code|me\s+the\s+code|me\s+a\s+code)\s+again\b`,
  ].join("|"),
  "i",
);

/** Whether a message asks for the sign-in code to be sent again. */
export function asksNewCode(text: string): boolean {
  return RESEND.test(text) && !/@/.test(text);
}
