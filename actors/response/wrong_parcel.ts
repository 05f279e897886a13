/**
 * "I received someone else's order": what to do with the parcel that is not theirs (the
 * store's rule), and where their own order stands when one is on its way. Null for anything
 * else. Pure.
 */
import { receivedAnothersParcel, WRONG_PARCEL_RULE } from "../../domain/wrong_parcel.ts";
import { statusFacts } from "./order_facts.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "What should I do with it?", "can I keep it?", "where do I send it?" about that parcel. */
const WHAT_TO_DO =
  /\b(?:what (?:should|do|shall|can) i do with|where (?:do|should) i (?:send|take|return)|can i (?:just )?keep|do i (?:have to )?(?:send|return|give) (?:it|them) back|who (?:do|should) i (?:give|send))\b/i;

/** The reply, or null when the message tells no parcel of another's received. */
export function wrongParcelReply(v: TurnView, tone: Tone): Draft | null {
  // Asked right after the rule was told: the rule again, on its own.
  if (WHAT_TO_DO.test(v.text) && (v.replied ?? "").includes("return to sender")) {
    return draft("wrong_parcel_again", "neutral", [WRONG_PARCEL_RULE, closer(v)]);
  }
  if (!receivedAnothersParcel(v.text)) return null;
  const c = v.context;
  const coming = (c?.orders ?? []).filter((o) => o.status === "shipped");
  const own = c?.order_lookup === "found" && c.order
    ? c.order
    : coming.length === 1
    ? coming[0]
    : null;
  const tracking = own && c?.tracking?.number === own.tracking_number ? c.tracking : null;
  const facts = own ? statusFacts(v, own, tracking ?? null) : [];
  return draft("wrong_parcel", tone === "friendly" ? "neutral" : tone, [
    v.firstTurn ? opener(v, "neutral") : null,
    "Thanks for telling us — that parcel shouldn't have come to you.",
    WRONG_PARCEL_RULE,
    PARAGRAPH,
    ...(facts.length > 0
      ? [`As for your own order: ${lowerFirst(facts[0])}`, ...facts.slice(1)]
      : []),
    "If it came as one of your own orders instead, tell me which and I'll look into it.",
    closer(v),
  ]);
}
