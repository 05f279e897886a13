/**
 * How the parts of a long message (an email with a greeting, a story, two requests and a
 * signature) weigh as requests, beside the classifier's reading of each part:
 *
 * - A feasibility question about the sentence before ("Is that possible for ORD-1003?",
 *   "could you do that?", "would that be ok?") asks nothing of its own: it is the previous
 *   sentence's request asked politely, never a request of another kind (the classifier
 *   read "is that possible" as a question about payment).
 * - Venting ("This is unacceptable", "I'm fed up") is the mood of a message that asks for
 *   things; beside those requests it takes no place of theirs (the reply's tone carries it).
 *
 * Pure; used by `detectRequests`.
 */
import type { Intent } from "../../shared/protocol.ts";
import { asksForReplacement, refusesRefund } from "../../domain/intents.ts";

/** An order reference at the end of a part ("for ORD-1003", "on order #1003"). */
const FOR_ORDER = String
  .raw`(?:\s+(?:for|on|with|of|re)\s+(?:my\s+|the\s+)?(?:order\s*)?(?:no\.?\s*|number\s*)?(?:#\s*)?(?:ord[\s-]*)?\d{3,})?`;

/** "Is that possible", "would this be ok", "can you do that", "is there any way to do that". */
const ABOUT_THE_REST = new RegExp(
  String.raw`^(?:and\s+|so\s+|but\s+)?(?:` +
    String
      .raw`(?:is|would|will|could)\s+(?:that|this|it)\s+(?:be\s+)?(?:at\s+all\s+)?(?:possible|ok|okay|alright|all right|doable|feasible|fine|an option)` +
    String
      .raw`|(?:can|could|would)\s+you\s+(?:please\s+)?(?:do|manage|arrange|sort)\s+(?:that|this|it)(?:\s+out)?` +
    String
      .raw`|(?:is\s+)?there\s+any\s+(?:way|chance)(?:\s+(?:to\s+do\s+)?(?:that|this|of that))?` +
    String.raw`|(?:can|could)\s+(?:that|this|it)\s+be\s+done` +
    String.raw`)` + FOR_ORDER +
    String.raw`(?:\s*,?\s*(?:please|pls|at all|thanks|thank you))?\s*[?.!]*\s*$`,
  "i",
);

/**
 * True when a part only asks whether the request before it can be done: no request of its
 * own.
 */
export function asksAboutTheRest(part: string): boolean {
  return ABOUT_THE_REST.test(part.trim());
}

/** "I bought the trail shoes for a race", "we ordered it in March": what happened, told. */
const STORY =
  /^(?:[\p{L}' ,:-]{0,30}?\b)?(?:i|we|my (?:wife|husband|partner))\s+(?:(?:had|have|just|recently|already|originally|first)\s+)?(?:bought|ordered|got|purchased|placed|received|picked|paid for|gave|chose)\b[^?]*$/iu;
/**
 * Who writes and why, before the questions: "My name is Mike", "I've bought from you a few
 * times", "I was going to order a second monitor but wanted to ask a couple of things first",
 * "I am writing about my order, reference ORD-2001".
 */
const INTRO =
  /^(?:(?:my name is|this is|i am|i'm)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*[.!]?$|i(?:'ve| have)\s+(?:bought|ordered|shopped)\s+(?:from|with)\s+(?:you|your (?:shop|store))\b[^?]*$|i was (?:going|planning|about) to\b[^?]*$|i(?:'m| am) (?:a |an )?(?:loyal|regular|long-?time|returning|new|happy) customer\b[^?]*$|(?:i )?(?:just )?(?:wanted|want|would like|'d like) to ask (?:you )?(?:a |some )?(?:couple of |few |quick )*(?:things|questions)\b[^?]*$|i have (?:a |two |three |some )?(?:few |couple of )?(?:quick )?questions\b[^?]*$|i(?:'m| am) (?:writing|contacting you|getting in touch|reaching out|emailing) (?:about|regarding|concerning|in regard to|with regard to|re)\b[^?]*$)/iu;
/** Words that make a told part a request after all. */
const ASKING =
  /\b(?:want|need|would like|'d like|please|pls|can you|could you|can i|could i|how|when|where|why|refund|cancel|return|replace|change|help)\b/i;

/**
 * True when a part only tells what happened ("I bought the trail shoes for a race next
 * month"): the story before a request, no request of its own.
 */
export function tellsStory(part: string): boolean {
  const t = part.trim();
  return INTRO.test(t) || (STORY.test(t) && !ASKING.test(t));
}

/** Words that make a told purchase a report of trouble: "I ordered a monitor and it never came". */
const TROUBLE =
  /\b(?:never|not|\w+n'?t|no|broken|damaged|defective|faulty|wrong|missing|late|delayed|lost|stolen|still|yet|but|instead|twice|charged|refund\w*|arriv\w*|came|deliver\w*)\b/i;

/**
 * True when a part only tells that something was bought ("Hello, I ordered a monitor last
 * week"), with no trouble in it: the background of what the message asks, never a request of
 * its own — it read as a delivery problem, and a status question came with a carrier check.
 */
export function onlyTellsPurchase(part: string): boolean {
  const t = part.trim();
  return STORY.test(t) && !ASKING.test(t) && !TROUBLE.test(t);
}

/**
 * "I would appreciate an update", "any news?", "please keep me posted": in a message about an
 * order, where it stands — asked however politely.
 */
const UPDATE_ASKED =
  /^(?:(?:so|but|and)\s+)?(?:i(?:\s+would|'d|\s+will|\s+do)\s+(?:really\s+|greatly\s+)?appreciate\s+(?:an?\s+|any\s+|some\s+)?(?:update|news|status update)|(?:please\s+|pls\s+|kindly\s+)?(?:keep me (?:posted|updated|informed)|let me know (?:what'?s happening|the status|where it is))|(?:any|an)\s+(?:update|news)(?:\s+(?:on|about)\s+(?:it|this|that|my order))?(?:\s+please)?)\b[^?]*\??$/i;

/** True when a part asks where an order stands in so many polite words. */
export function asksForUpdate(part: string): boolean {
  return UPDATE_ASKED.test(part.trim());
}

/** Readings that voice a mood rather than ask for something done or answered. */
const VENTING: ReadonlySet<Intent> = new Set<Intent>(["complaint", "feedback"]);

/**
 * Orders the requests after the message's own: those that ask something done or answered
 * first, most confident first, then venting. So a message's third request is never dropped
 * for "This is unacceptable".
 */
export function byWhatIsAsked<T extends { intent: Intent; confidence: number }>(
  requests: readonly T[],
): T[] {
  const rank = (r: T) => (VENTING.has(r.intent) ? 1 : 0);
  return [...requests].sort((a, b) => rank(a) - rank(b) || b.confidence - a.confidence);
}

/**
 * "I'd like a replacement rather than a refund": a part of a longer message read as the
 * refund it refuses is the replacement it asks for — a delivery problem, whose reply offers
 * the replacement (a yes to the refund proposed refunded the order).
 */
export function replacementNotRefund(
  part: string,
  read: { intent: Intent; confidence: number },
): { intent: Intent; confidence: number } {
  if (read.intent !== "refund_request") return read;
  if (!refusesRefund(part) || !asksForReplacement(part)) return read;
  return { intent: "delivery_problem", confidence: read.confidence };
}
