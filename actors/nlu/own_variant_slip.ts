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
