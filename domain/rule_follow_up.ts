/**
 * A short follow-up right after an answer about one of the store's rules, read in its light:
 * "not even for amazon?" after "we don't match other stores' prices", "what about if it was a
 * gift?" or "even after 30 days?" after the returns policy, "does it cover drops?" after the
 * warranty, "what about weekends?", "is that per order?" or "in euros?" after the shipping
 * answer. Alone such words name no rule (they read as off-topic, small talk, or the whole
 * policy again); with the rule the conversation is on they ask one detail of it. The rule is
 * kept in the dialogue state (`rule`, from the template of the reply that answered it). Pure.
 */
import type { Tier } from "../shared/protocol.ts";
import { answerPolicyQuestion, type PolicyReply, questionParts } from "./policy_questions.ts";
import { ruleDetail, type RuleFamily } from "./rule_details.ts";
import { FAQ, type FaqBook, faqParagraphs } from "./faq.ts";

/** Templates of answers about a rule, and the rule each is about. */
const FAMILY_OF: readonly [RegExp, RuleFamily][] = [
  [/^policy_(?:policy_)?(?:cancellation|order_changes|cancel_\w+)$/, "cancellation"],
  [
    /^policy_(?:policy_)?(?:price_\w+|sales_now|restocking_fee|full_back|charged_more|prices|cancel_fee)$/,
    "prices",
  ],
  [
    /^policy_(?:policy_)?(?:returns|return_\w+|opened_items|sale_items|exchanges|receipt|gift_returns)$/,
    "returns",
  ],
  [/^policy_(?:policy_)?(?:refunds|refund_\w+|shipping_refund)$/, "refunds"],
  [
    /^policy_(?:policy_)?(?:warranty\w*|extended_warranty|transit_damage)$|^product_warranty/,
    "warranty",
  ],
  [
    /^(?:shipping_\w+|shipping_options|policy_(?:policy_)?(?:shipping\w*|duties|weekend_delivery|expedite|currency))$/,
    "shipping",
  ],
  [
    /^(?:policy_(?:policy_)?(?:payment|split_payment)|faq_payment_methods|payment_methods\w*)$/,
    "payment",
  ],
  [/^faq_gift_card\w*$/, "gift_cards"],
];

/** A product's details given when its warranty was asked: the warranty is the rule on. */
const WARRANTY_ASKED = /\b(?:warrant\w*|guarantee\w*)\b/i;

/**
 * The rule a reply answered about, from its template (and, for a product's details, the
 * question: "what's the warranty on the mixer?"); null for any other reply.
 */
export function ruleAnswered(template: string, asked: string): RuleFamily | null {
  if (/^product_/.test(template) && WARRANTY_ASKED.test(asked)) return "warranty";
  return ruleOfTemplate(template);
}

/** The rule a reply's template answered about, or null for any other reply. */
export function ruleOfTemplate(template: string): RuleFamily | null {
  // A reply of several parts ("a+b"): its last part about a rule.
  for (const part of template.split(/[+:]/).reverse()) {
    const hit = FAMILY_OF.find(([re]) => re.test(part));
    if (hit) return hit[1];
  }
  return null;
}

/** Words that name each rule, read before a follow-up's own words. */
const WORDS: Record<RuleFamily, string> = {
  returns: "returns",
  refunds: "refunds",
  warranty: "warranty",
  shipping: "shipping",
  prices: "prices",
  payment: "pay",
  gift_cards: "gift card",
  cancellation: "cancel",
};

/** The whole answer of each rule: a follow-up answered with it again asked something else. */
const WHOLE: Record<RuleFamily, readonly string[]> = {
  returns: ["policy_returns"],
  refunds: ["policy_refunds"],
  warranty: ["policy_warranty"],
  shipping: ["policy_shipping", "policy_expedite"],
  prices: ["policy_prices"],
  payment: ["policy_payment", "faq_payment_methods"],
  gift_cards: ["faq_gift_cards"],
  cancellation: ["policy_cancellation"],
};

/** The longest follow-up read this way: a longer message says what it is about. */
const MAX_WORDS = 12;

/** A wish or a request of their own: "i want to return it", "please cancel". */
const OWN_REQUEST =
  /\b(?:i (?:want|wanna|need|would like|'?d like)(?! to know)|please|pls|plz|(?:can|could|would) you (?!tell|explain))\b/i;

/** A gift card's balance shown as nothing although it was never spent. */
const EMPTY_CARD =
  /\b(?:balance|says|shows|showing|it'?s|is|has|got|at)\b[^.?!]{0,20}\b(?:0|0\.00|zero|empty|nothing)\b|\bno (?:balance|money|funds)\b/i;

/** A question of a few words about the rule itself: "how long", "for how long?", "when?". */
const SHORT_QUESTION =
  /^(?:(?:and|so|ok(?:ay)?|but)\b[\s,]*)*(?:(?:for )?how (?:long|much|many|soon|does|do|is)|until when|when|what does it|what's it|whats it)\b/i;

/** A fee or a cost asked about. */
const FEE = /\b(?:fee|fees|charge|charged|cost|costs|penalty|free)\b/i;

/**
 * The answer to a follow-up, and whether it was read in the light of the rule (`carried`) or
 * asked a detail of its own in so many words.
 */
export interface RuleAnswer extends PolicyReply {
  carried: boolean;
}

/** What a follow-up is read in: the rule before, who asks, whether it names something. */
export interface RuleFollowUpInput {
  text: string;
  rule: RuleFamily | null | undefined;
  tier?: Tier | null;
  /** Whether the message names an order, a product or an item of its own. */
  namesSomething: boolean;
  /** The place the conversation is on for shipping ("canada"), for "from there". */
  place?: string | null;
  book?: FaqBook;
}

/**
 * The answer to a short follow-up on the rule answered just before, or null when the message
 * is no such follow-up (too long, a request of its own, naming an order or a product) or its
 * words, read with the rule, ask nothing more precise than the rule itself.
 */
export function ruleFollowUp(input: RuleFollowUpInput): RuleAnswer | null {
  const { text, rule } = input;
  if (!rule || input.namesSomething) return null;
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || OWN_REQUEST.test(text)) return null;
  // Two questions in one message ask their own: each is answered as it stands.
  if (questionParts(text).length > 1) return null;
  const book = input.book ?? FAQ;
  if (rule === "gift_cards" && EMPTY_CARD.test(text)) {
    const entry = book.entries.find((e) => e.id === "gift_card_empty");
    if (entry) {
      return {
        id: `faq_${entry.id}`,
        topic: null,
        paragraphs: faqParagraphs(entry, input.tier ?? null),
        followUp: entry.follow_up ?? null,
        carried: true,
      };
    }
  }
  // "Is there a fee?" after the cancellation rule: the fee for cancelling.
  if (rule === "cancellation" && FEE.test(text)) {
    const fee = answerPolicyQuestion(`${text.replace(/[?!.\s]+$/, "")} to cancel?`, { book });
    if (fee) return { ...fee, carried: true };
  }
  const own = ruleDetail(text, rule);
  if (own) return { ...own, followUp: null, carried: true };
  // "How long does it take to get a refund?" after shipping asks its own detail: that one.
  const plain = answerPolicyQuestion(text, { tier: input.tier ?? null, book });
  const faq = plain !== null && /^faq_/.test(plain.id);
  // ("What if she lives in Canada?" after the returns asks about returns from there, not
  // whether we ship there.)
  const placeOnly = plain?.id === "shipping_destination" && rule === "returns" &&
    !SHIPS.test(text);
  if (plain && !faq && !isSection(plain) && !placeOnly) return { ...plain, carried: false };
  // "How long does shipping take?" after the refunds: another rule's section asked in full.
  if (plain && !faq && !placeOnly && !WHOLE[rule].includes(plain.id) && askedInFull(text)) {
    return { ...plain, carried: false };
  }
  const there = input.place && /\bthere\b/i.test(text) ? ` ${input.place}` : "";
  const answer = answerPolicyQuestion(text, {
    tier: input.tier ?? null,
    about: `${WORDS[rule]}${there}`,
    book,
  });
  // "And how much is shipping there?": the place's own follow-ups answer that (`place`).
  if (!answer || answer.id === "shipping_destination") return null;
  const carried = { ...answer, carried: true };
  // "How long?" after the warranty: the rule again answers it, when the words alone ask
  // nothing else — not "ok" or "hmm" (no question), which is no follow-up at all; nor "how
  // much?" after shipping to a place, which that place's cost answers.
  if (WHOLE[rule].includes(answer.id)) {
    const asked = SHORT_QUESTION.test(text.trim()) && words.length <= 5;
    const placed = rule === "shipping" && Boolean(input.place);
    return asked && plain === null && !placed ? carried : null;
  }
  // A whole section is no detail of the rule ("what about refunds?" names its own; "i forgot
  // my password" after gift cards is no question about paying by card): read as it stands.
  // A detail beats an FAQ entry the words meet alone ("what if i paid with paypal?" after
  // how refunds are paid is the refund's way back, not the ways to pay).
  return isSection(answer) ? null : carried;
}

/** Whether an answer is a whole section of the policy rather than a detail of it. */
/** Shipping asked in so many words: "do u ship to the uk" after the returns asks that. */
const SHIPS = /\b(?:ship|ships|shipping|deliver|delivers|delivery|post|mail)\b/i;

/** A question of its own by its words: "how long does shipping take" (not "what about shipping?"). */
function askedInFull(text: string): boolean {
  return ASKED_IN_FULL.test(text.trim()) && text.trim().split(/\s+/).length >= 4;
}
const ASKED_IN_FULL =
  /^(?!(?:what|how) about\b)(?:how|what|whats|what's|when|where|which|do|does|is|are|can)\b/i;

function isSection(answer: PolicyReply): boolean {
  return answer.topic !== null && answer.id === `policy_${answer.topic}` &&
    answer.paragraphs.length === 1;
}
