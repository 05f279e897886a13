/**
 * A remark read as feedback with no praise in it and no mood either way: thanked plainly and
 * asked what we can do — not "that's lovely to hear" and a review to write, which only praise
 * earns. Praise (in praise words, or in slang, litotes or speed the sentiment reader names), praise beside a
 * request, and feedback read as negative or mixed have replies of their own.
 */
import { opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Words of praise or thanks: with one, the feedback is thanked as praise. */
const PRAISE =
  /\b(?:lov\w*|luv|great|gr8|amazing|amazin|awesome|awsome|fantastic|perfect|excellent|good|nice|happy|hapy|brilliant|lovely|thank\w*|thx|ty|tysm|best|helpful|quick|fast|early|wonderful|superb|incredible|stunning|gorgeous|beautiful|outstanding|worth it|impressed|pleased|lifesaver|fire|rock(?:s|ed)?|sick|legend\w*|cool|well done|kudos|recommend\w*|10\/10|5 stars?|painless|seamless|effortless|smooth|a breeze|flawless|hassle[- ]free|spot on|not (?:too |half )?bad|no complaints|can'?t fault|couldn'?t be happier)\b|[❤♥😍👍🙏😊🙂🥰🔥⭐]/iu;

/** Praise the sentiment reader found in slang, in a fault denied, or in speed praised. */
const PRAISE_SIGNALS = new Set(["slang_praise", "litotes", "speed_praise"]);

/** The reply to feedback with no praise in it and no complaint read, or null. */
export function plainFeedback(v: TurnView, tone: Tone): Draft | null {
  if (v.sentiment?.label === "negative" || (v.requests?.length ?? 1) > 1) return null;
  // Praise in words, or in slang the sentiment reader found ("the mixer slaps").
  // ("Can't complain, it works", "that was quick": praise the sentiment reader found in shapes.)
  const signals = v.sentiment?.signals ?? [];
  if (PRAISE.test(v.text) || signals.some((s) => PRAISE_SIGNALS.has(s))) return null;
  return draft("feedback_plain", tone, [
    opener(v, tone),
    "Thanks for letting me know.",
    "Is there something I can do about it? I can check an order, change or cancel one that " +
    "hasn't shipped, or arrange a return, refund or replacement.",
  ]);
}
