/**
 * A shopper pushing back after the store said no: "but please", "come on, it's only one day
 * late", "I've been a customer for years", "can't you make an exception", "I insist", "this is
 * ridiculous", "fine, then what CAN you do?". Read alone, these had been a complaint, an
 * off-topic message or a question about the assistant; after a refusal they are the same
 * request pressed again. What kind of push it is decides the answer: a plea or a reason is
 * answered kindly with what can be done, an insistence brings a person in. Pure.
 */
import type { Intent, OrderView, TrackingView } from "../shared/protocol.ts";
import { canChange, canRefund, canReturn, type Eligibility } from "./eligibility.ts";

/** The store's no to a change: its rule and what it offers instead. */
export type Refusal = Extract<Eligibility, { ok: false }>;

/** How a shopper pushes back on a no. */
export type Pushback = "insist" | "plea" | "loyal" | "exception" | "options";

/** Kept at this many words at most: a longer message tells more than a push. */
const MAX_WORDS = 30;

/** "I insist", "I mean it", "this is ridiculous", "just do it", "seriously??". */
const INSIST = new RegExp(
  [
    "\\bi (?:really )?(?:insist|demand)\\b",
    "\\bi mean it\\b",
    "\\b(?:this|that|it)(?:'s| is) (?:(?:so|just|absolutely|completely|totally|fucking|bloody) )?(?:ridiculous|absurd|unacceptable|outrageous|insane|crazy|a joke|a disgrace|pathetic|nonsense|bs|bullshit)\\b",
    "\\b(?:ridiculous|unacceptable|outrageous)\\s*[!.?]*\\s*$",
    "^\\s*(?:seriously|really|are you (?:serious|kidding(?: me)?))\\s*[?!]+",
    "\\bjust (?:do|cancel|refund|change|fix|process) (?:it|the order|my order)\\b",
    "\\bdo it anyway\\b",
    "\\b(?:that'?s|thats|it'?s|its) not good enough\\b",
    "\\bi (?:don'?t|dont) care (?:about|what) (?:your|the) (?:rules?|polic(?:y|ies))\\b",
    "\\b(?:you|u) (?:have|need|got) to (?:do|cancel|refund|change|fix) (?:it|this|something)\\b",
    // A threat after a no presses it as hard: a bad review, a chargeback, a report, a lawyer.
    "\\b(?:i'?ll|i will|i'?m (?:going to|gonna)|gonna)\\s+(?:leave|write|post|give (?:you|u))\\s+(?:a\\s+|you\\s+)?(?:bad|1[- ]?star|one[- ]star|negative|terrible|awful)\\s+reviews?\\b",
    "\\bchargeback\\b|\\b(?:report|sue) (?:you|u)\\b|\\bmy (?:lawyer|bank)\\b",
  ].join("|"),
  "i",
);

/** "But please", "pretty please", "come on", "I really need it", "it's only one day late". */
const PLEA = new RegExp(
  [
    "^\\s*(?:(?:but|oh|aw+|ah+|come on|c'?mon|ugh)[\\s,.!]+)*(?:(?:pretty\\s+)?(?:p+l+e+a*s+e+|pl[sz]+|plz+|pls+)[\\s,.!?]*)+(?:(?:just|help|do it|do this|for me)[\\s,.!?]*)*$",
    "\\bpretty please\\b",
    "\\bcome on\\b|\\bc'?mon\\b",
    "\\bi(?:'m| am) begging\\b",
    "\\bi (?:really|desperately|truly) (?:need|want) (?:it|this|that)\\b",
    "\\bsurely (?:you|u) can\\b",
    "\\bcan'?t (?:you|u) (?:just |please )?(?:do something|help(?: me)?|try)\\b",
    "\\b(?:isn'?t|is) there (?:really )?(?:no |any |some )?(?:way|thing|anything|something)(?: (?:you|u) can do)?\\b",
    "\\b(?:only|just) (?:one|a|1|two|2|a couple of) (?:days?|hours?)(?: (?:late|over|past|ago|after))?\\b",
    // "But please, I moved!": the plea leads, a reason may follow.
    "^\\s*(?:oh\\s+)?but\\s+(?:p+l+e+a*s+e+|pl[sz]+|plz+|come on|c'?mon)\\b",
  ].join("|"),
  "i",
);

/** "I've been a customer for years", "I spend so much here", "I'm a VIP". */
const LOYAL = new RegExp(
  [
    "\\b(?:been|am|i'?m) (?:a )?(?:loyal|long[- ]?time|good|regular|faithful) customer\\b",
    "\\b(?:been )?(?:a )?customer (?:here )?(?:for|since) (?:years|ages|\\d+|a long time|forever)\\b",
    "\\b(?:shopping|ordering|buying|shopped|ordered|bought) (?:here|with (?:you|u)(?: guys)?|from (?:you|u)(?: guys)?)(?: for| since)? (?:years|ages|\\d+ years|a long time|forever)\\b",
    "\\bfor (?:years|ages|\\d+ years)\\b",
    "\\bi'?ve spent (?:so much|a lot|thousands|hundreds)\\b",
    "\\bi'?m (?:a )?(?:vip|gold)(?: member| customer)?\\b",
  ].join("|"),
  "i",
);

/** "Can't you make an exception?", "just this once", "bend the rules". */
const EXCEPTION =
  /\b(?:make|making) an exception\b|\bexception\b|\bjust this once\b|\bthis one time\b|\bbend (?:the )?rules?\b|\bover(?:ride|rule) (?:it|that|the (?:system|rule))\b/i;

/** "Fine, then what CAN you do?", "what are my options then", "ugh seriously? fine what can i do instead". */
const OPTIONS = new RegExp(
  "^(?:(?:ok(?:ay)?|fine|well|so|alright|ugh+|hm+|right|then|seriously|really|wow|come on|omg)\\b[\\s,.!?]*)*(?:" +
    [
      "(?:then |so )?(?:what|wat|wut) (?:else )?(?:can|could) (?:you|u|ya|i|we) (?:do|offer)(?: (?:then|instead|for me|about it|here))*",
      "(?:what|wat) (?:are|r) my (?:options|choices)(?: (?:then|now|here))*",
      "(?:so )?(?:what|now what) (?:now|then)",
      "then what",
      "what do (?:you|u) suggest(?: (?:then|instead))*",
      "what(?:'s| is| are) the (?:alternatives?|options?)(?: (?:then|now))*",
      "what (?:else )?(?:can|should) i do(?: (?:then|now|instead))*",
    ].join("|") +
    ")\\s*[?!.]*\\s*$",
  "i",
);

/** How `text` pushes back on a no, or null when it is no push (or tells more than one). */
export function pushbackOf(text: string): Pushback | null {
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return null;
  if (INSIST.test(t)) return "insist";
  if (OPTIONS.test(t)) return "options";
  if (EXCEPTION.test(t)) return "exception";
  if (LOYAL.test(t)) return "loyal";
  if (PLEA.test(t)) return "plea";
  return null;
}

/** What the decision router records when it brings a person in for a push on a no. */
export const INSISTS_REASON = "the customer insists after the store's no";

/** The store's no to `intent` for `order` at `now`, or null when the change is allowed. */
export function refusalOf(
  intent: Intent,
  order: OrderView,
  now: Date,
  tracking: TrackingView | null,
): Refusal | null {
  const e = intent === "cancel_order"
    ? canChange(order, "cancelling is", now)
    : intent === "change_address"
    ? canChange(order, "changing the address is", now)
    : intent === "modify_order"
    ? canChange(order, "changing its items is", now)
    : intent === "refund_request"
    ? canRefund(order, now, tracking)
    : intent === "return_item"
    ? canReturn(order, now, tracking)
    : null;
  return e && !e.ok ? e : null;
}
