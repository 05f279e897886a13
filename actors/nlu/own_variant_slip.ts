/**
 * "Ordered wrong size shoes lol. 8.5 instead of 9. fixable?": the shopper picked the wrong size
 * or colour themselves — nothing came wrong. Read as goods that came wrong (a delivery problem
 * beside the change), the reply said "nothing from it can have reached you" of an order not sent
 * and asked how many shoes they wanted. The slip is one request, with the whole message: another
 * size of that line (a change before it ships, a return after), never the order's trouble. Pure.
 */
import type { Intent, IntentRequest } from "../../shared/protocol.ts";

/** The shopper's own slip: "I ordered the wrong size", "picked the wrong colour", "my bad on the size". */
const OWN_SLIP =
  /\b(?:(?:ordered|order(?:ed)? for|bought|purchased|picked|chose|chosen|selected|clicked(?: on)?)\s+(?:the |a |an |my )?wrong\s+(?:size|colou?r|shade|width|fit)|(?:ordered|bought|picked|chose|selected)\s+(?:a |an |the )?(?:size )?\d{1,2}(?:\.5)?\s+(?:instead of|rather than|when i (?:need|want|meant)\w*)|(?:my (?:bad|mistake|fault)|i messed up|messed up)\b[^.?!]{0,25}\b(?:size|colou?r))\b/i;

/** The store's slip: "ordered a 9 but got an 8", "you sent the wrong size". */
const STORE_SLIP =
  /\b(?:(?:but|and|yet)\s+(?:i\s+|we\s+)?(?:got|received|recieved|you sent|u sent|they sent|was sent|came)|(?:you|u|they|you guys)\s+(?:sent|shipped|packed|gave)|sent me|came in (?:the |a )?wrong)\b/i;

/**
 * Another size asked by its number: "can i swap mine for a 9.5", "exchange them for a size 8",
 * "change the shoes to a half size up" (a count is never said with "a").
 */
const SIZE_SWAP =
  /\b(?:swap|switch|exchange|change|trade|go)\b[^.?!]{0,40}?\b(?:(?:for|to|into)\s+an?\s+(?:size\s+)?\d{1,2}(?:\.5)?(?![\d.%"”])(?!\s*-?\s*(?:inch\w*|in|cm)\b)|(?:a\s+)?half\s+(?:a\s+)?size\s+(?:up|down|bigger|smaller))/i;

/** Readings another size asked by its number is mistaken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "product_question",
  "policy_question",
  "delivery_problem",
]);

/** Changes a slip of their own can ask for. */
const REMEDIES: ReadonlySet<Intent> = new Set<Intent>([
  "modify_order",
  "return_item",
  "cancel_order",
  "refund_request",
]);

/** Whether the message tells of a size or colour the shopper ordered wrong themselves. */
export function ownVariantSlip(text: string): boolean {
  return OWN_SLIP.test(text) && !STORE_SLIP.test(text);
}

/**
 * The requests with the slip read as one: the remedy asked (or another size of the line, read
 * as a return, which the reply turns into taking the line off before it ships) with the whole
 * message, and no delivery problem beside it.
 */
export function withOwnVariantSlip(text: string, requests: IntentRequest[]): IntentRequest[] {
  // "Can i swap mine in 1003 for a 9.5 then": another size of the line, read as a return (a
  // change of the line before it ships, in the reply), not a question unsure of itself.
  if (SIZE_SWAP.test(text) && requests.every((r) => MISREAD.has(r.intent))) {
    return [{ intent: "return_item", confidence: 0.7, text, start: 0, end: text.length }];
  }
  if (!ownVariantSlip(text)) return requests;
  if (!requests.some((r) => r.intent === "delivery_problem")) return requests;
  const asked = requests.find((r) => REMEDIES.has(r.intent));
  const rest = requests.filter((r) =>
    r !== asked && r.intent !== "delivery_problem" && !REMEDIES.has(r.intent)
  );
  const one: IntentRequest = {
    intent: asked?.intent ?? "modify_order",
    confidence: Math.max(asked?.confidence ?? 0, 0.7),
    text,
    start: 0,
    end: text.length,
  };
  return [one, ...rest];
}
