/**
 * The store's policy as typed constants: the one source of its numbers for the reply
 * templates, the guardrail, execution and the demo store (which imports them from here). `docs/policy.md` states the same
 * facts for people; `policy_test.ts` checks that the two agree.
 */
import type { Priority, Tier } from "../shared/protocol.ts";

/** Currency the policy's amounts are stated in. */
export const POLICY_CURRENCY = "USD";
/** Days after delivery within which an order can be returned. */
export const RETURN_WINDOW_DAYS = 30;
/** Days the customer has to send a return parcel once its label is issued. */
export const RETURN_SEND_DAYS = 14;
/** Days after delivery within which a delivered order can be refunded (once, up to what was paid). */
export const REFUND_WINDOW_DAYS = 30;
/** Business days a refund takes to reach the customer's account. */
export const REFUND_PROCESSING_DAYS = 5;
/** Order statuses in which an order can still be cancelled, changed or re-addressed. */
export const CHANGEABLE_STATUSES: readonly string[] = ["pending", "processing"];
/** Subtotal from which standard shipping is free. */
export const FREE_SHIPPING_THRESHOLD = 50;

/** One shipping speed: its fee and its delivery time in business days. */
export interface ShippingSpeed {
  fee: number;
  minDays: number;
  maxDays: number;
}
/** Shipping fees in USD by method; standard is free from `FREE_SHIPPING_THRESHOLD`. */
export const SHIPPING_FEES_USD: Readonly<Record<"standard" | "express" | "overnight", number>> = {
  standard: 5.99,
  express: 14.99,
  overnight: 24.99,
};
/** Shipping speeds, fees and delivery times. */
export const SHIPPING_SPEEDS: Readonly<
  Record<"standard" | "express" | "overnight", ShippingSpeed>
> = {
  standard: { fee: SHIPPING_FEES_USD.standard, minDays: 3, maxDays: 5 },
  express: { fee: SHIPPING_FEES_USD.express, minDays: 1, maxDays: 2 },
  overnight: { fee: SHIPPING_FEES_USD.overnight, minDays: 1, maxDays: 1 },
};
/**
 * Shipping outside the United States (the store's home): one speed table for every country
 * it ships to abroad. Import duties and taxes are the recipient's, collected on delivery.
 */
export const INTERNATIONAL_SHIPPING: Readonly<Record<"standard" | "express", ShippingSpeed>> = {
  standard: { fee: 19.99, minDays: 6, maxDays: 10 },
  express: { fee: 39.99, minDays: 2, maxDays: 4 },
};

/** A country the store ships to: its name in replies, the words that name it, its zone. */
export interface ShippingDestination {
  country: string;
  names: readonly string[];
  zone: "domestic" | "international";
}

/** The regions the store ships to, as said in replies. */
export const SHIPPING_REGIONS =
  "the United States, Canada, the United Kingdom and every EU country";

/** Where the store ships: the United States, Canada, the United Kingdom and the EU. */
export const SHIPPING_DESTINATIONS: readonly ShippingDestination[] = [
  {
    country: "the United States",
    names: ["united states", "usa", "the us", "america", "the states", "alaska", "hawaii"],
    zone: "domestic",
  },
  { country: "Canada", names: ["canada"], zone: "international" },
  {
    country: "the United Kingdom",
    names: ["united kingdom", "uk", "great britain", "britain", "england", "scotland", "wales"],
    zone: "international",
  },
  ...[
    ["Austria"],
    ["Belgium"],
    ["Bulgaria"],
    ["Croatia"],
    ["Cyprus"],
    ["the Czech Republic", "czech republic", "czechia"],
    ["Denmark"],
    ["Estonia"],
    ["Finland"],
    ["France"],
    ["Germany", "germany", "deutschland"],
    ["Greece"],
    ["Hungary"],
    ["Ireland"],
    ["Italy"],
    ["Latvia"],
    ["Lithuania"],
    ["Luxembourg"],
    ["Malta"],
    ["the Netherlands", "netherlands", "holland"],
    ["Poland"],
    ["Portugal"],
    ["Romania"],
    ["Slovakia"],
    ["Slovenia"],
    ["Spain"],
    ["Sweden"],
  ].map(([country, ...names]): ShippingDestination => ({
    country,
    names: names.length > 0 ? names : [country.toLowerCase()],
    zone: "international",
  })),
];

/** Fee of upgrading an undelivered order (or a parcel on its way) to a faster speed. */
export const EXPEDITE_FEES: Readonly<Record<"express" | "overnight", number>> = {
  express: 9.99,
  overnight: 19.99,
};
/** Tiers for whom expediting is free. */
export const FEE_WAIVED_TIERS: readonly Tier[] = ["gold", "vip"];
/** Most goodwill credit one customer may receive in `GOODWILL_WINDOW_DAYS`, by tier. */
export const GOODWILL_CREDIT_LIMITS: Readonly<Record<Tier, number>> = {
  standard: 10,
  silver: 20,
  gold: 50,
  vip: 100,
};
/**
 * The goodwill credit support offers on its own when a customer who had trouble with an
 * order asks for compensation: half the tier's 30-day limit, so a second gesture in the
 * same month stays possible.
 */
export const GOODWILL_OFFERS: Readonly<Record<Tier, number>> = {
  standard: 5,
  silver: 10,
  gold: 25,
  vip: 50,
};
/** The rolling window of the goodwill credit limit, in days. */
export const GOODWILL_WINDOW_DAYS = 30;
/** How far ahead a call back can be scheduled, in days. */
export const CALLBACK_MAX_DAYS = 14;
/** Days a carrier takes to answer an investigation. */
export const INVESTIGATION_DAYS = 5;
/** Days an order waits for a bank transfer before it is cancelled. */
export const BANK_TRANSFER_HOLD_DAYS = 7;
/** Shortest warranty of any product, in months (each product page states its own). */
export const MIN_WARRANTY_MONTHS = 6;
/** Days without a carrier scan after which a parcel is treated as possibly lost. */
export const LOST_PARCEL_DAYS = 5;
/** Business days within which a replacement (for a lost or damaged order) leaves the warehouse. */
export const REPLACEMENT_DISPATCH_DAYS = 1;
/** Days within which the store deletes an account's personal data once asked to. */
export const DATA_DELETION_DAYS = 30;
/** Usual wait, in minutes, before a person picks up a handed-off chat, by priority. */
export const HANDOFF_WAIT_MINUTES: Readonly<Record<Priority, number>> = {
  urgent: 5,
  high: 15,
  normal: 60,
  low: 240,
};
/** Days of the week our carriers deliver on: no weekend delivery (business days only). */
export const DELIVERY_WEEKDAYS = "Monday to Friday";
/**
 * The currency an order is charged in, by where it is delivered: prices are set in USD and
 * converted at the day's rate at checkout (`docs/policy.md`, "Amounts are in USD").
 */
export const CHARGE_CURRENCIES: Readonly<Record<"eu" | "uk" | "elsewhere", string>> = {
  eu: "EUR",
  uk: "GBP",
  elsewhere: "USD",
};
/** Shipping is charged once per order, however many items it holds. */
export const SHIPPING_CHARGED_PER = "order";
/** What the warranty does not cover: damage by accident, misuse and wear. */
export const WARRANTY_EXCLUDES =
  "accidental damage (drops, knocks, spills or water), misuse or normal wear";
/** Gift cards combine with one other way to pay on an order; orders take no second card. */
export const GIFT_CARDS_COMBINE = true;
/** Payment methods the store accepts. */
export const PAYMENT_METHODS: readonly { id: string; label: string }[] = [
  { id: "card", label: "credit and debit cards (Visa, Mastercard, American Express)" },
  { id: "paypal", label: "PayPal" },
  { id: "apple_pay", label: "Apple Pay" },
  { id: "bank_transfer", label: "bank transfer" },
];

/** True when expediting is free for this tier. */
export function expediteFeeWaived(tier: Tier | null | undefined): boolean {
  return tier !== null && tier !== undefined && FEE_WAIVED_TIERS.includes(tier);
}

/** Formats a policy amount the way replies and the policy document do: `14.99 USD`. */
export function policyMoney(n: number): string {
  return `${n.toFixed(2)} ${POLICY_CURRENCY}`;
}

/** Every money amount the policy states, so the guardrail can accept them in a reply. */
export function policyAmounts(): number[] {
  const out = new Set<number>([FREE_SHIPPING_THRESHOLD]);
  for (const s of Object.values(SHIPPING_SPEEDS)) out.add(s.fee);
  for (const f of Object.values(EXPEDITE_FEES)) out.add(f);
  for (const s of Object.values(INTERNATIONAL_SHIPPING)) out.add(s.fee);
  for (const l of Object.values(GOODWILL_CREDIT_LIMITS)) out.add(l);
  for (const l of Object.values(GOODWILL_OFFERS)) out.add(l);
  return [...out].sort((a, b) => a - b);
}

/** Every day count the policy states. */
export function policyDays(): number[] {
  const days = [
    RETURN_WINDOW_DAYS,
    REFUND_WINDOW_DAYS,
    REFUND_PROCESSING_DAYS,
    GOODWILL_WINDOW_DAYS,
    RETURN_SEND_DAYS,
    CALLBACK_MAX_DAYS,
    INVESTIGATION_DAYS,
    BANK_TRANSFER_HOLD_DAYS,
    LOST_PARCEL_DAYS,
    DATA_DELETION_DAYS,
    REPLACEMENT_DISPATCH_DAYS,
  ];
  for (const s of Object.values(SHIPPING_SPEEDS)) days.push(s.minDays, s.maxDays);
  for (const s of Object.values(INTERNATIONAL_SHIPPING)) days.push(s.minDays, s.maxDays);
  return [...new Set(days)].sort((a, b) => a - b);
}

/** The sections of the policy a reply can quote. */
export const POLICY_TOPICS = [
  "returns",
  "refunds",
  "cancellation",
  "order_changes",
  "shipping",
  "expedite",
  "payment",
  "invoices",
  "warranty",
  "goodwill",
  "privacy",
  "delivery_problems",
  "support",
  "prices",
] as const;
/** One section of the policy. */
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

function days(min: number, max: number): string {
  return min === max ? `${min} business day${min === 1 ? "" : "s"}` : `${min}–${max} business days`;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1
    ? parts.join("")
    : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** Options for `policyAnswer`. */
export interface PolicyAnswerOptions {
  /** The customer's tier, to say what applies to them (fees waived, credit limit). */
  tier?: Tier | null;
}

/** The policy section on `topic`, as one or two sentences a reply can quote. */
export function policyAnswer(topic: PolicyTopic, opts: PolicyAnswerOptions = {}): string {
  const tier = opts.tier ?? null;
  const s = SHIPPING_SPEEDS;
  switch (topic) {
    case "returns":
      return `You can return any item within ${RETURN_WINDOW_DAYS} days of delivery; we email ` +
        `a prepaid return label, which you send back within ${RETURN_SEND_DAYS} days, and the ` +
        "refund follows once the parcel is back with us.";
    case "refunds":
      return `Delivered orders can be refunded within ${REFUND_WINDOW_DAYS} days of delivery, ` +
        "and an order the carrier reports lost is refunded in full (or replaced); once per " +
        "order and up to the amount paid. A refund reaches your original payment " +
        `method within ${REFUND_PROCESSING_DAYS} business days.`;
    case "cancellation":
      return "An order can be cancelled until it ships (while it is pending or processing), " +
        "and any payment is refunded in full. Once it has shipped, you can return it after " +
        `delivery within ${RETURN_WINDOW_DAYS} days.`;
    case "order_changes":
      return "Items, quantities and the shipping address can be changed until the order ships.";
    case "shipping":
      return `Standard shipping takes ${days(s.standard.minDays, s.standard.maxDays)} and costs ` +
        `${policyMoney(s.standard.fee)} (free from ${policyMoney(FREE_SHIPPING_THRESHOLD)}); ` +
        `express takes ${days(s.express.minDays, s.express.maxDays)} for ` +
        `${policyMoney(s.express.fee)}, and overnight arrives the next business day for ` +
        `${policyMoney(s.overnight.fee)}.`;
    case "expedite":
      return "An order can be upgraded to a faster speed until it is delivered, for " +
        `${policyMoney(EXPEDITE_FEES.express)} (express) or ` +
        `${policyMoney(EXPEDITE_FEES.overnight)} (overnight)` +
        (expediteFeeWaived(tier)
          ? ` — as a ${tier} member, you pay no fee.`
          : "; gold and VIP members pay no fee.");
    case "payment":
      return `We accept ${joinAnd(PAYMENT_METHODS.map((m) => m.label))}. Orders paid by bank ` +
        `transfer are held for ${BANK_TRANSFER_HOLD_DAYS} days and cancelled if the payment ` +
        "has not arrived by then.";
    case "invoices":
      return "Every paid order has an invoice: you can download it from the order's page in " +
        "your account, and it is emailed to you when the order ships.";
    case "warranty":
      return "Every product carries a manufacturer's warranty against defects of at least " +
        `${MIN_WARRANTY_MONTHS} months (the product page gives its exact length); we arrange ` +
        "the repair or a replacement for you.";
    case "goodwill":
      return "When something goes wrong on our side we may offer account credit as a gesture " +
        `of goodwill, up to ${policyMoney(GOODWILL_CREDIT_LIMITS.standard)} (standard), ` +
        `${policyMoney(GOODWILL_CREDIT_LIMITS.silver)} (silver), ` +
        `${policyMoney(GOODWILL_CREDIT_LIMITS.gold)} (gold) or ` +
        `${policyMoney(GOODWILL_CREDIT_LIMITS.vip)} (VIP) per customer every ` +
        `${GOODWILL_WINDOW_DAYS} days.`;
    case "privacy":
      return "We only discuss an order with the account it belongs to, never ask for your " +
        "full card number or password, and delete your personal data within " +
        `${DATA_DELETION_DAYS} days when you close your account.`;
    case "delivery_problems":
      return "If a parcel is late or has had no carrier scan for " +
        `${LOST_PARCEL_DAYS} days, we open an investigation with the carrier, who answers within ` +
        `${INVESTIGATION_DAYS} days; if it is lost we send a replacement or refund it in full. ` +
        "Damaged or wrong items can be returned " +
        `free of charge within ${RETURN_WINDOW_DAYS} days of delivery.`;
    case "prices":
      return "An order is charged the price shown at checkout and keeps it: we don't adjust " +
        "the price of an order already placed (also when a sale starts later) and don't match " +
        "other stores' prices. There's no restocking fee, and a return within " +
        `${RETURN_WINDOW_DAYS} days of delivery is refunded in full.`;
    case "support":
      return "Our team answers chats around the clock; urgent cases are picked up within about " +
        `${HANDOFF_WAIT_MINUTES.urgent} minutes, and we can call you back at a time you choose ` +
        `up to ${CALLBACK_MAX_DAYS} days ahead.`;
  }
}

const TOPIC_WORDS: readonly [PolicyTopic, RegExp][] = [
  ["warranty", /\bwarrant|guarantee|defect|broke after|stopped working/i],
  ["privacy", /\bprivacy|personal data|gdpr|my data|delete my (data|account)/i],
  ["goodwill", /\bgoodwill|compensat|credit|voucher|gesture/i],
  ["invoices", /\binvoice|receipt|vat\b|bill\b/i],
  ["expedite", /\bexpedit|speed (it )?up|faster|upgrade (the )?shipping|rush/i],
  ["shipping", /\bshipping|delivery (time|cost|fee)|how long.*(deliver|ship)|overnight|express/i],
  ["payment", /\bpay(ment)?|paypal|apple pay|bank transfer|card/i],
  ["cancellation", /\bcancel/i],
  ["order_changes", /\bchange (my|the) (order|address|item)|modify|add an item/i],
  ["refunds", /\brefund|money back/i],
  ["returns", /\breturn|send (it )?back|exchange/i],
  [
    "delivery_problems",
    /\blost|damaged|late|never arrived|missing|wrong item|deliver(?:y|ies) (?:problems?|issues?)/i,
  ],
  ["support", /\bopening hours|support hours|human|agent/i],
];

/** The policy section a customer's question is about, or null when none is clear. */
export function policyTopicFor(text: string): PolicyTopic | null {
  for (const [topic, re] of TOPIC_WORDS) if (re.test(text)) return topic;
  return null;
}
