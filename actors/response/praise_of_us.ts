/**
 * Praise of us rather than of a product ("you guys are amazing", "thx for the quick reply",
 * "best support ever lol", "delivery was so fast"): thanked for the team, with no "leave a
 * review on the product page" — there is no product to review, and said to a second thanks
 * it read as a script. How something of ours went is praise of us too ("well that was
 * painless" after a cancellation, "thanks, that was easy"). Null when a product is praised or the message is no praise of us.
 */
import { type Draft, draft, say, type Tone, type TurnView } from "./view.ts";
import { opener } from "./tone.ts";

/** Words of us: the team, the support, the reply, the delivery. */
const OF_US =
  /\b(?:you(?: guys| all| lot)?|y'?all|ur|your (?:team|staff|support|service|shop|store)|the (?:team|staff|support|service|reply|response|help)|support|service|(?:quick|fast|speedy) (?:reply|response|answer|help)|delivery|shipping|this (?:shop|store|chat)|(?:that|this|it) (?:was|went)(?: (?:so|really|super|very|pretty))? (?:painless|easy|smooth|seamless|effortless|quick|fast|simple|straightforward|hassle[- ]free|a breeze)|the (?:process|return|refund|cancellation|checkout|exchange))\b/i;
/** A product named: the review on its page is the right suggestion. */
const PRODUCT_WORDS =
  /\b(?:mixer|headphones?|vacuum|keyboard|monitor|espresso|frother|shoes?|bottles?|purifier|machine|product|item)\b/i;

/** Thanks for praise of us; null for anything else. */
export function praiseOfUs(v: TurnView, tone: Tone): Draft | null {
  if (v.sentiment?.label === "negative" || v.intent !== "feedback") return null;
  if (!OF_US.test(v.text) || PRODUCT_WORDS.test(v.text)) return null;
  if ((v.requests ?? []).some((r) => r.intent !== "feedback" && r.intent !== "small_talk")) {
    return null;
  }
  return draft("feedback_us", tone, [
    opener(v, tone),
    say(v, "thanks-us", [
      "Thank you so much — that's lovely to hear, and I'll pass it on to the team!",
      "Thank you for the kind words — the team will be glad to hear it!",
    ]),
    "Is there anything else I can help with?",
  ]);
}
