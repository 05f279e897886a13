/**
 * The store's price rule asked in shoppers' words: "are there any discounted products?",
 * "do you price match?", "if it goes on sale after I buy, do you refund the difference?",
 * "I was charged $349 but I thought it was on sale", "is there a restocking fee?", "do I get
 * the full price back?". Each gets the rule's own answer to what was asked, first, in one or
 * two sentences (the rule itself: `policyAnswer("prices")` in `policy.ts`). Pure.
 */
import { policyAnswer, REFUND_PROCESSING_DAYS, RETURN_WINDOW_DAYS } from "./policy.ts";
import { openedForQuestion } from "./yes_no_asked.ts";

/** Which part of the price rule a message asks about. */
export type PriceAsked =
  | "price_match"
  | "price_difference"
  | "charged_more"
  | "restocking_fee"
  | "full_back"
  | "sales_now"
  | "cancel_fee";

/** Another store's price: "price match", "cheaper on amazon", "beat their price". */
const PRICE_MATCH =
  /\bprice[\s-]?match(?:es|ing)?\b|\bmatch (?:the|their|a|that|this|amazon'?s?|other) (?:stores? )?prices?\b|\bcheaper (?:on|at|elsewhere|somewhere|from)\b|\bbeat (?:the|their|that|a) price\b/i;

/** A price that fell after the order: "refund the difference", "price drop", "went on sale". */
const DIFFERENCE =
  /\b(?:paid|charged|bought (?:it|them) for)\s+(?:\$|usd\s?)?\d[^.?!]{0,60}\b(?:now|today|since)\b|\b(?:refund|pay|give|get|credit|return)\b[^.?!]{0,25}\b(?:the|a|that|price) difference\b|\bdifference (?:back|refunded)\b|\bprice (?:adjustments?|protection|drop(?:s|ped)?|went down|reduction)\b|\b(?:goes|went|gone|go|going|is now|was put) on sale (?:after|since|later|now|tomorrow|soon|next|the (?:day|week)|a (?:day|week))|\b(?:is|its|it's|now) (?:cheaper|lower|less) now\b|\bcheaper (?:now|today|this week) than\b/i;

/** Charged more than a price believed: "charged $349 but I thought it was on sale for $299". */
const CHARGED_MORE =
  /\b(?:charged|paid|billed|cost me)\b[^.?!]{0,60}\b(?:on sale|sale price|discount(?:ed)?|supposed to (?:be|cost)|advertised|should (?:have )?(?:be(?:en)?|cost)|listed (?:at|for)|the price (?:said|showed|was)|thought (?:it|they) (?:was|were) (?:on sale|cheaper|only|\$?\d))\b/i;

/** A fee for cancelling: "is there a fee to cancel?", "does it cost anything to cancel". */
const CANCEL_FEE =
  /\b(?:fee|fees|charge|charges|cost|costs|penalty)\b[^.?!]{0,25}\bcancel(?:l?ing|l?ation|led)?\b(?![^.?!]*\b(?:subscription|membership)\b)|\bcancel(?:l?ation)? (?:fee|fees|charge|penalty)\b/i;

/** The shipping fee paid asked back: "is the delivery fee refunded", "shipping fee back". */
const FEE_BACK =
  /\b(?:shipping|delivery|postage)(?: fee| cost| charge)?s?\b[^.?!,]{0,15}\b(?:refunded|reimbursed|returned|back)\b/i;

/** Asked of a change to come ("if I cancel", "would", "will"), not of a refund made already. */
const SUPPOSED = /\b(?:if|would|will)\b/i;

/** A fee for taking goods back: "restocking fee", "do you charge for returns". */
const RESTOCKING = /\brestock(?:ing)?[\s-]fees?\b|\brestocking\b/i;

/** All of the money back asked about: "do I get the full price back", "is it a full refund". */
const FULL_BACK =
  /\b(?:do|will|would|can|could|is|does) (?:i|we|you|it|that)\b[^.?!]{0,30}\b(?:(?:full|whole|entire) (?:price|amount|refund|purchase price)|(?:all|every (?:cent|penny)) of (?:my|the) money|everything i paid)\b/i;

/** What is on sale now or later: "any discounted products", "what's on sale", "black friday". */
const SALES_NOW =
  /\b(?:any(?:thing)?|what|which|some)\b[^.?!]{0,25}\b(?:on sale|discounted|reduced|on offer|marked down|on special)\b|\b(?:any|a|your) (?:sales?|deals|offers|promotions?|specials)\b(?: (?:on|going on|running|right now|at the moment|now|coming))?(?=[\s?!.,]|$)|\bblack friday\b|\bcyber monday\b|\b(?:will|when will|do|does) (?:the |its |it'?s |prices? )?(?:price )?(?:drop|go down|come down)\b|\bsale (?:coming|soon|this)\b|\bnext sale\b/i;

/** About returning goods bought in a sale: the returns rule's, not the price rule's. */
const BOUGHT_ON_SALE =
  /\b(?:return(?:s|ing|able)?|send (?:it |them )?back|refund(?:able)?|final sale|polic(?:y|ies)|rules?)\b|\b(?:bought|got|purchased|ordered) (?:it |them |something |stuff |items? )?(?:on|in a|during the) sale\b|\bsale items?\b/i;

/** Money taken wrongly ("overcharged", "charged twice"): a payment problem, not the price rule. */
const OVERCHARGED =
  /\bover-?charg|\bcharged (?:me )?(?:twice|double|two times)\b|\bdouble[\s-]charg/i;

/** The part of the price rule a message asks about, or null for none. */
export function priceAsked(text: string): PriceAsked | null {
  if (OVERCHARGED.test(text)) return null;
  if (RESTOCKING.test(text)) return "restocking_fee";
  // "Would the delivery fee be refunded if I cancelled?": the fee paid coming back, no fee to cancel.
  if (FEE_BACK.test(text) && SUPPOSED.test(text)) return "full_back";
  if (CANCEL_FEE.test(text)) return "cancel_fee";
  if (PRICE_MATCH.test(text)) return "price_match";
  if (CHARGED_MORE.test(text)) return "charged_more";
  // "Will the price drop on black friday?": sales to come, nothing asked back.
  const sales = SALES_NOW.test(text) && !BOUGHT_ON_SALE.test(text);
  if (sales && !/\b(?:back|difference|adjust\w*)\b/i.test(text)) return "sales_now";
  if (DIFFERENCE.test(text)) return "price_difference";
  if (FULL_BACK.test(text)) return "full_back";
  return sales ? "sales_now" : null;
}

/** The returns policy asked for beside the price: "whats ur return policy? and is there a…". */
const RETURN_POLICY = /\breturns? polic(?:y|ies)\b|\bpolic(?:y|ies) (?:on|for) returns?\b/i;

/**
 * The answer to a price question, as one or two short paragraphs (and the returns policy
 * when it is asked for beside it); null when none is asked.
 */
export function priceRuleAnswer(text: string): { id: PriceAsked; paragraphs: string[] } | null {
  const answer = priceRuleOnly(text);
  if (!answer || !RETURN_POLICY.test(text)) return answer;
  return { ...answer, paragraphs: [...answer.paragraphs, policyAnswer("returns")] };
}

/** The price rule's own answer to the question, or null when none is asked. */
function priceRuleOnly(text: string): { id: PriceAsked; paragraphs: string[] } | null {
  const id = priceAsked(text);
  if (!id) return null;
  const returnIt = `you can return it within ${RETURN_WINDOW_DAYS} days of delivery for a ` +
    "full refund (the return label is free) and order it again at the new price.";
  switch (id) {
    case "price_match":
      return {
        id,
        paragraphs: [
          openedForQuestion(
            text,
            "we don't match other stores' prices: you pay the price on our product page at " +
              "checkout.",
            "No",
          ),
        ],
      };
    case "price_difference":
      return {
        id,
        paragraphs: [
          openedForQuestion(
            text,
            "we don't refund a difference in price after an order is placed: an order keeps " +
              "the price shown at checkout, also when a sale starts later.",
            "No",
          ),
          `If you'd rather not keep it at that price, ${returnIt}`,
        ],
      };
    case "charged_more":
      return {
        id,
        paragraphs: [
          "An order is charged the price shown at checkout when it is placed, and keeps it: we " +
          "don't change it afterwards, also when a sale starts later.",
          "If your checkout showed a lower price than the one you were charged, tell me and a " +
          "colleague will check it.",
        ],
      };
    case "restocking_fee":
      return {
        id,
        paragraphs: [
          openedForQuestion(
            text,
            "there's no restocking fee: the return label is free, and the refund is the full " +
              "amount you paid for the item.",
            "No",
          ),
        ],
      };
    case "full_back":
      return {
        id,
        paragraphs: [
          openedForQuestion(
            text,
            "a refund is the full amount you paid, the shipping fee included; there's no " +
              "restocking fee, and it reaches your original payment method within " +
              `${REFUND_PROCESSING_DAYS} business days of being issued.`,
          ),
        ],
      };
    case "cancel_fee":
      return {
        id,
        paragraphs: [
          openedForQuestion(
            text,
            "cancelling is free: an order can be cancelled until it ships (while it is pending " +
              "or processing), and any payment is refunded in full.",
            "No",
          ),
        ],
      };
    case "sales_now":
      return {
        id,
        paragraphs: [
          "There's no sale on right now: every product is sold at the price on its page. I " +
          "can't say ahead of time when prices will drop — when we run an offer, it's " +
          "announced in our newsletter (Account → Notifications).",
        ],
      };
  }
}
