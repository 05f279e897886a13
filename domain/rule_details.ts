/**
 * Parts of the store's rules that shoppers ask about in their own words and that the sections
 * of `policy.ts` only imply: delivery at weekends, the currency charged, whether shipping is
 * per order, what the warranty does not cover and who pays for a repair's shipping, returning
 * a present, and paying with a gift card beside a card. Each is answered first, in a sentence
 * or two, "No —"/"Yes —" only to a yes-or-no question. `about` is the rule the conversation is
 * on (a short follow-up — "what about weekends?" after the shipping answer — names none). Pure.
 */
import {
  CHARGE_CURRENCIES,
  DELIVERY_WEEKDAYS,
  EXPEDITE_FEES,
  FREE_SHIPPING_THRESHOLD,
  GIFT_CARDS_COMBINE,
  POLICY_CURRENCY,
  policyMoney,
  type PolicyTopic,
  RETURN_WINDOW_DAYS,
  SHIPPING_CHARGED_PER,
  SHIPPING_FEES_USD,
  WARRANTY_EXCLUDES,
} from "./policy.ts";
import { asksYesOrNo, openedForQuestion } from "./yes_no_asked.ts";

/** The rule a conversation is on, as a short follow-up carries it. */
export type RuleFamily =
  | "returns"
  | "refunds"
  | "warranty"
  | "shipping"
  | "prices"
  | "payment"
  | "gift_cards"
  | "cancellation";

/** A detail of a rule: a name for the audit trail, its section, its paragraphs. */
export interface RuleDetail {
  id: string;
  topic: PolicyTopic;
  paragraphs: string[];
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’`´]/g, "'").replace(/'/g, "").replace(/\s+/g, " ")
    .trim();
}

const SHIPPING_WORDS =
  /\b(?:ship|ships|shipping|shipped|deliver|delivers|delivery|deliveries|delivered|arrive|arrives|come|comes|coming|courier|carriers?|postage|dispatch\w*|overnight|express)\b/;
const WEEKEND =
  /\b(?:weekends?|saturdays?|sundays?|sat|sun|fridays?|(?:public|bank|national) holidays?|holidays)\b/;
const BUSINESS_DAYS = /\b(?:business|working|week) ?days?\b|\bweekdays?\b/;
const SHIPPED = /\b(?:shipped|dispatched|sent|on (?:its|the) way|in transit|left)\b/;
const NOT_COVERED =
  /\b(?:not|doesnt|does not|isnt|is not|arent|wont) (?:cover|covered)\b|\bexclu\w*|\bwhat(?:s| is| does it| doesnt it)? (?:not )?cover/;
const PAID = /\b(?:paid|payment|charged|already paid|pay)\b/;
const ON_TOP =
  /\bon top\b|\bin addition\b|\bas well as (?:the )?(?:normal|standard|regular)\b|\bplus (?:the )?(?:normal|standard|regular)\b|\bextra to\b/;
const PER =
  /\b(?:per|each|every|a) (?:order|item|product|parcel|package|thing|piece)s?\b|\bfor each\b|\b(?:once|one fee|one charge)\b|\bper\b/;
const CURRENCY =
  /\b(?:euros?|eur|€|pounds?|gbp|£|sterling|canadian dollars?|cad|currenc(?:y|ies)|us dollars?|usd|in dollars)\b|[€£]/;
const MONEY_WORDS =
  /\b(?:pay|paying|paid|price|prices|priced|charge|charged|charges|cost|costs|checkout|bill|billed|refund\w*|shipping|fee|fees)\b/;
const WARRANTY_WORDS = /\b(?:warrant\w*|guarantee\w*)\b/;
const ACCIDENT =
  /\bif (?:i|we|my \w+|someone|the (?:kids?|dog|cat)) (?:break|breaks|broke|drop|drops|damage|damages|spill|spills)\b|\b(?:accident\w*|drop|drops|dropped|dropping|fell|fall|falls|falling|spill\w*|water|liquid|wet|crack\w*|smash\w*|shatter\w*|i broke|broke it|misuse|wear and tear|knock\w*|physical damage)\b/;
const IN_TRANSIT =
  /\b(?:in transit|in the post|in shipping|during (?:shipping|delivery)|arrived|arrives|came|comes) (?:damaged|broken|smashed|cracked)\b|\bdamaged (?:in|during) (?:transit|shipping|delivery)\b/;
const REPAIR_COST =
  /\b(?:who pays|pay for|cost|costs|free|charge|postage|shipping|send it (?:in|back)|ship it)\b/;
const EXTENDED =
  /\b(?:extended|extra|longer|additional) (?:warranty|guarantee|cover|coverage|protection)\b|\bprotection plan\b|\binsurance\b/;
const RETURN_WORDS = /\b(?:return\w*|send (?:it |them )?back|refund\w*|exchange\w*)\b/;
const GIFT =
  /\b(?:gift|gifts|gifted|present|presents)\b(?! ?cards?\b)|\bbought (?:it |them )?for me\b|\bsomeone (?:else )?bought\b|\b(?:can|could|will|would) (?:she|he|my (?:friend|mum|mom|dad|sister|brother|wife|husband|partner|son|daughter|girlfriend|boyfriend)) (?:still )?(?:return|send (?:it|them) back|exchange)\b|\breturn (?:it|them) (?:herself|himself)\b/;
const GIFT_CARD = /\bgift ?cards?\b/;
const TOGETHER =
  /\b(?:together|combine\w*|split\w*|both|part|half|partly|plus|as well as|and a card|with a card|and (?:a )?(?:credit|debit) card|(?:two|2|several|multiple|more than one) (?:cards|gift cards|ways|payment methods|methods))\b/;
const STORE_NAMES: readonly [RegExp, string][] = [
  [/\bamazon\b/, "Amazon"],
  [/\bwalmart\b/, "Walmart"],
  [/\btarget\b/, "Target"],
  [/\bbest ?buy\b/, "Best Buy"],
  [/\bebay\b/, "eBay"],
  [/\bcostco\b/, "Costco"],
  [/\btemu\b/, "Temu"],
];
const OTHER_STORE =
  /\b(?:another|other|a different) (?:store|shop|site|website|retailer|seller)s?\b|\bcompetitors?\b|\bonline\b|\belsewhere\b|\bin (?:a )?(?:store|shop)s?\b/;

/** Whether the message (or the rule it follows up on) is about `family`'s subject. */
function on(family: RuleFamily, about: RuleFamily | null, hit: boolean): boolean {
  return about === family || hit;
}

/** The detail of a rule the message asks for, or null when it asks none of these. */
export function ruleDetail(text: string, about: RuleFamily | null = null): RuleDetail | null {
  const t = normalise(text);
  const detail = (id: string, topic: PolicyTopic, paragraphs: string[]) => ({
    id,
    topic,
    paragraphs,
  });
  const shipping = on("shipping", about, SHIPPING_WORDS.test(t));
  if (shipping && WEEKEND.test(t)) {
    return detail("weekend_delivery", "shipping", [
      openedForQuestion(
        text,
        `we don't deliver at weekends: our carriers deliver ${DELIVERY_WEEKDAYS}, and delivery ` +
          "times count business days, so weekends and public holidays aren't counted — an " +
          "overnight order placed on a Friday arrives on the Monday.",
        "No",
      ),
    ]);
  }
  if (shipping && BUSINESS_DAYS.test(t)) {
    return detail("business_days", "shipping", [
      openedForQuestion(
        text,
        `delivery times are in business days: ${DELIVERY_WEEKDAYS}, not counting weekends or ` +
          "public holidays, which is also when our carriers deliver.",
      ),
    ]);
  }
  if (about === "cancellation" && PAID.test(t) && !SHIPPED.test(t)) {
    return detail("cancel_paid", "cancellation", [
      openedForQuestion(
        text,
        "an order can be cancelled until it ships, paid or not, and whatever was paid is " +
          "refunded in full to the way you paid.",
      ),
    ]);
  }
  if (about === "cancellation" && SHIPPED.test(t)) {
    return detail("cancel_shipped", "cancellation", [
      `Once an order has shipped it can't be cancelled any more: you can return it within ` +
      `${RETURN_WINDOW_DAYS} days of delivery instead (the return label is free), and the ` +
      "refund follows once it's back with us.",
    ]);
  }
  const money = about === "shipping" || about === "prices" || about === "payment" ||
    about === "gift_cards" || MONEY_WORDS.test(t);
  if (money && CURRENCY.test(t)) return detail("currency", "payment", currencyAnswer(text, t));
  if (about === "shipping" && ON_TOP.test(t)) {
    const s = SHIPPING_FEES_USD;
    return detail("speed_on_top", "shipping", [
      openedForQuestion(
        text,
        `at checkout a faster speed replaces standard shipping: express is ` +
          `${policyMoney(s.express)} instead of ${policyMoney(s.standard)}. An order already ` +
          `placed can be upgraded for a fee on top of what it paid: ` +
          `${policyMoney(EXPEDITE_FEES.express)} to express or ` +
          `${policyMoney(EXPEDITE_FEES.overnight)} to overnight (gold and VIP members pay none).`,
        "No",
      ),
    ]);
  }
  if (on("shipping", about, /\b(?:shipping|postage|delivery (?:fee|cost|charge))\b/.test(t))) {
    if (PER.test(t) && !WEEKEND.test(t)) {
      return detail("shipping_per_order", "shipping", [
        `Shipping is charged once per ${SHIPPING_CHARGED_PER}, however many items are in it, ` +
        `and standard shipping is free once the order's subtotal reaches ` +
        `${policyMoney(FREE_SHIPPING_THRESHOLD)}.`,
      ]);
    }
  }
  const warranty = on("warranty", about, WARRANTY_WORDS.test(t));
  if (warranty && IN_TRANSIT.test(t)) {
    return detail("transit_damage", "delivery_problems", [
      openedForQuestion(
        text,
        "damage in transit is ours to put right, not the warranty's: tell me within " +
          `${RETURN_WINDOW_DAYS} days of delivery and the item is replaced or refunded, free.`,
      ),
    ]);
  }
  if (warranty && EXTENDED.test(t)) {
    return detail("extended_warranty", "warranty", [
      openedForQuestion(
        text,
        "we don't sell an extended warranty or accident cover: each product has its " +
          "manufacturer's warranty against defects, and the product page gives its length.",
        "No",
      ),
    ]);
  }
  if (warranty && (ACCIDENT.test(t) || /\bdamage[ds]?\b/.test(t) || NOT_COVERED.test(t))) {
    return detail("warranty_scope", "warranty", [
      openedForQuestion(
        text,
        "the warranty covers defects — a fault in how the product was made, showing up in " +
          `normal use — not ${WARRANTY_EXCLUDES}. We don't sell accident cover.`,
        "No",
      ),
      "If something arrived damaged, that's different: tell me within " +
      `${RETURN_WINDOW_DAYS} days of delivery and it's replaced or refunded, free.`,
    ]);
  }
  if (warranty && REPAIR_COST.test(t) && !/\bhow long\b/.test(t)) {
    return detail("warranty_shipping", "warranty", [
      openedForQuestion(
        text,
        "a warranty repair costs you nothing: we email a prepaid label to send the product in " +
          "and pay the shipping of the repaired one (or its replacement) back to you.",
        /\bfree\b/.test(t) ? "Yes" : "No",
      ),
    ]);
  }
  if (on("returns", about, RETURN_WORDS.test(t)) && GIFT.test(t)) {
    return detail("gift_returns", "returns", [
      openedForQuestion(
        text,
        `a present can be returned within ${RETURN_WINDOW_DAYS} days of delivery like ` +
          "anything else. The return is started from the order, so by the person who bought " +
          "it, and the refund goes back to the way they paid — we don't give store credit " +
          "or a gift card instead.",
      ),
    ]);
  }
  const paying = on("payment", about, /\b(?:pay|paying|payment|checkout)\b/.test(t)) ||
    about === "gift_cards";
  if (
    paying && GIFT_CARDS_COMBINE && TOGETHER.test(t) &&
    !/\bpay(?:ing)? (?:later|monthly|in instal\w*)\b/.test(t)
  ) {
    const giftCard = GIFT_CARD.test(t) || about === "gift_cards";
    return detail("split_payment", "payment", [
      giftCard
        ? openedForQuestion(
          text,
          "a gift card can be combined with another way to pay: enter its code at checkout, " +
            "and whatever it doesn't cover is paid by card, PayPal or Apple Pay. You can use " +
            "more than one gift card on an order too.",
        )
        : openedForQuestion(
          text,
          "an order is paid with one card, PayPal, Apple Pay or a bank transfer — it can't be " +
            "split between two of them. Only gift cards combine with another way to pay.",
          "No",
        ),
    ]);
  }
  if (about === "prices") {
    const store = STORE_NAMES.find(([re]) => re.test(t))?.[1];
    if (store || OTHER_STORE.test(t) || /\b(?:cheaper|lower|beat)\b/.test(t)) {
      return detail("price_match", "prices", [
        openedForQuestion(
          text,
          `${store ? `not for ${store} either` : "not for any other store"}: we don't match ` +
            "other stores' prices, online or in a shop — you pay the price on our product page " +
            "at checkout.",
          "No",
        ),
      ]);
    }
  }
  return null;
}

/** The currency rule, led by the currency asked about ("in euros?" — yes, in the EU). */
function currencyAnswer(text: string, t: string): string[] {
  const c = CHARGE_CURRENCIES;
  const set = `our prices are set in ${POLICY_CURRENCY} and converted at the day's rate at ` +
    "checkout, and a refund is paid in the currency the order was charged in.";
  const eu = /\b(?:euros?|eur)\b|€/.test(t);
  const uk = /\b(?:pounds?|gbp|sterling)\b|£/.test(t);
  if ((eu || uk) && asksYesOrNo(text)) {
    const [where, money, rest] = eu
      ? ["the EU", `euros (${c.eu})`, `to the UK are charged in pounds (${c.uk})`]
      : ["the UK", `pounds (${c.uk})`, `to the EU are charged in euros (${c.eu})`];
    return [
      `Yes, for an order delivered in ${where}: it's charged in ${money}. Orders ${rest}, ` +
      `all others in US dollars (${c.elsewhere}); ${set}`,
    ];
  }
  const usd = /\b(?:us dollars?|usd|in dollars)\b/.test(t);
  return [
    openedForQuestion(
      text,
      `an order delivered in the EU is charged in euros (${c.eu}), one delivered in the UK in ` +
        `pounds (${c.uk}), and one delivered anywhere else in US dollars (${c.elsewhere}); ${set}`,
      usd ? "Yes" : "No",
    ),
    ...(usd || eu || uk
      ? []
      : ["A card in another currency pays the converted amount, at its bank's rate."]),
  ];
}
