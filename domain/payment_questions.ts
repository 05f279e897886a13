/**
 * A question about one way to pay ("how do I pay by bank transfer", "is paypal safe?", "do
 * you take bitcoin?") is answered about that way — whether the store takes it, how it works,
 * whether it is safe — instead of with the list of every way to pay.
 */
import { BANK_TRANSFER_HOLD_DAYS, PAYMENT_METHODS } from "./policy.ts";

/** Ways to pay the store takes, by `PAYMENT_METHODS` id, as customers name them. */
const ACCEPTED: readonly { id: string; name: string; re: RegExp }[] = [
  { id: "bank_transfer", name: "bank transfer", re: /\b(?:bank|wire) ?transfers?\b|\bwire\b/i },
  { id: "paypal", name: "PayPal", re: /\bpay ?pal\b/i },
  { id: "apple_pay", name: "Apple Pay", re: /\bapple ?pay\b/i },
  {
    id: "card",
    name: "card",
    re:
      /\b(?:credit|debit) ?cards?\b|\b(?:visa|master ?card|amex|american express)\b|(?<!gift )\bcards?\b/i,
  },
];

/** Ways to pay customers ask about that the store does not take. */
const NOT_ACCEPTED: readonly { name: string; re: RegExp }[] = [
  { name: "cryptocurrency", re: /\b(?:crypto\w*|bitcoins?|btc|ethereum)\b/i },
  { name: "Google Pay", re: /\b(?:google ?pay|gpay)\b/i },
  {
    name: "instalments or pay-later services",
    re: /\b(?:klarna|afterpay|affirm|instal+ments?|pay ?later|buy now,? pay later|bnpl)\b/i,
  },
  { name: "cash on delivery", re: /\bcash\b|\bcod\b/i },
  { name: "cheques", re: /\bcheques?\b|\b(?:pay|paying|by|with) (?:a )?check\b/i },
  { name: "Venmo", re: /\bvenmo\b/i },
];

/** Words before a way to pay that the customer turns away from. */
const TURNED_FROM = String
  .raw`\b(?:instead of|rather than|other than|not (?:with|by|using|via|through)|(?:switch|change|move)(?:ing)? (?:it )?from)\s+(?:(?:a|an|my|the|using|paying|pay|by|with)\s+){0,2}`;
const turnedFromCache = new Map<RegExp, RegExp>();

/** The pattern of a way to pay named as the one turned from ("instead of card"). */
function turnedFrom(re: RegExp): RegExp {
  let out = turnedFromCache.get(re);
  if (!out) turnedFromCache.set(re, out = new RegExp(`${TURNED_FROM}(?:${re.source})`, "gi"));
  return out;
}

/** What is asked about a way to pay. */
export type PaymentAspect = "how" | "safe" | "speed" | "time" | "accepted";

/** "How long does a bank transfer take?", "when will my transfer clear?": how long paying takes. */
const TIME_ASKED =
  /\bhow long\b|\bhow many (?:business |working )?days\b|\btakes? (?:so )?long\b|\btake ages\b|\b(?:clear|clears|cleared|go through|show up|reach you|arrive)\b/i;

/** One way to pay asked about: taken by the store or not. */
export interface PaymentAsked {
  /** The `PAYMENT_METHODS` id, or null for a way the store does not take. */
  id: string | null;
  /** The way to pay in the reply's words. */
  name: string;
}

/** The ways to pay a message names (accepted ones first, as written), or none. */
export function paymentMethodsNamed(text: string): PaymentAsked[] {
  const out: PaymentAsked[] = [];
  // "PayPal instead of card": the card is the way turned from, not one asked about.
  for (const m of ACCEPTED) {
    if (m.re.test(text.replace(turnedFrom(m.re), " "))) out.push({ id: m.id, name: m.name });
  }
  // "Visa debit card" names the card once; "pay by cheque" is no bank transfer.
  for (const m of NOT_ACCEPTED) if (m.re.test(text)) out.push({ id: null, name: m.name });
  return out;
}

/** Whether the message asks how a way to pay works, whether it is safe, or whether it is taken. */
export function paymentAspect(text: string): PaymentAspect {
  if (/\b(?:safe|secure|security|trust|scam|protected|protection)\b/i.test(text)) return "safe";
  // "How long does a bank transfer usually take?": how long the payment takes to reach us.
  if (TIME_ASKED.test(text) && !/\b(?:ship\w*|deliver\w*|dispatch\w*)\b/i.test(text)) {
    return "time";
  }
  // "If I pay by paypal will it ship faster?": what the way to pay does to the timing.
  if (
    /\b(?:faster|quicker|sooner|speed|ship|shipped|dispatch\w*|arrive|deliver\w*)\b/i.test(text)
  ) {
    return "speed";
  }
  if (/\bhow\b|\bsteps?\b|\bwhere\b|\bdetails\b|\bwork/i.test(text)) return "how";
  return "accepted";
}

/** How paying a way the store takes works, in a sentence or two. */
export function paymentHow(id: string): string {
  switch (id) {
    case "bank_transfer":
      return "Choose Bank transfer at checkout (for an order already waiting for its payment, " +
        "on the order's page in your account): you then see our bank details and the " +
        "reference to put on the transfer. We hold the order for " +
        `${BANK_TRANSFER_HOLD_DAYS} days and ship it once the payment has arrived; if it ` +
        "hasn't arrived by then, it's cancelled.";
    case "paypal":
      return "Choose PayPal at checkout (or on the order's page, for an order waiting for " +
        "its payment) and you'll be taken to PayPal to approve the payment; " +
        "the order is placed as soon as PayPal confirms it.";
    case "apple_pay":
      return "Choose Apple Pay at checkout on a device set up for it and confirm with Face ID, " +
        "Touch ID or your passcode.";
    default:
      return "Choose Card at checkout and enter the card's details; Visa, Mastercard and " +
        "American Express are accepted, credit or debit.";
  }
}

/**
 * What a way to pay does to when an order ships: a card, PayPal or Apple Pay confirm the
 * payment at once; a bank transfer takes a few business days to arrive. The shipping speed
 * itself is the one chosen at checkout.
 */
export function paymentSpeed(id: string, name: string): string {
  const speed = "How fast it travels then is the shipping speed you choose at checkout.";
  return id === "bank_transfer"
    ? "A bank transfer takes a few business days to reach us, and the order is prepared once " +
      `it has arrived (we hold it for ${BANK_TRANSFER_HOLD_DAYS} days). ${speed}`
    : `Paying by ${name} confirms the payment straight away, so the order goes to be prepared ` +
      "at once — a bank transfer, by contrast, takes a few business days to arrive. " + speed;
}

/**
 * How long a payment by a way the store takes needs to reach us: a bank transfer a few
 * business days (its bank's and ours), while the order is held `BANK_TRANSFER_HOLD_DAYS`
 * days; a card, PayPal or Apple Pay at once.
 */
export function paymentTiming(id: string, name: string): string {
  return id === "bank_transfer"
    ? "A bank transfer usually takes a few business days to reach us — how many depends on " +
      "your bank, and one sent on a weekend or a holiday only starts on the next business " +
      "day. We hold the order for " +
      `${BANK_TRANSFER_HOLD_DAYS} days and prepare it as soon as the payment is in; it's ` +
      "cancelled only if the payment hasn't arrived by then. If the money left your account " +
      "more than a few business days ago and the order still waits for it, a colleague can " +
      "trace the payment with you."
    : `A payment by ${name} is confirmed straight away, so the order goes to be prepared at ` +
      "once. If the money has left your account but the order still says it waits for its " +
      "payment, a colleague can trace it with you.";
}

/** Why paying a way the store takes is safe, in a sentence. */
export function paymentSafety(id: string): string {
  switch (id) {
    case "paypal":
      return "You approve a PayPal payment on PayPal's own page, so we never see your PayPal " +
        "login or the card behind it.";
    case "apple_pay":
      return "Apple Pay sends us a one-time payment token instead of your card number, and " +
        "each payment is confirmed on your device.";
    case "bank_transfer":
      return "You send a bank transfer from your own bank, to the account details shown in " +
        "your order confirmation; we never ask for your bank login.";
    default:
      return "Card details are entered on our payment provider's secure page and are never " +
        "stored by us or seen in this chat.";
  }
}

/**
 * The answer about the ways to pay a message names, one sentence or two each; null when it
 * names none (the list of every way answers then).
 */
export function paymentMethodAnswer(text: string): string[] | null {
  const named = paymentMethodsNamed(text);
  if (named.length === 0) return null;
  const aspect = paymentAspect(text);
  const out: string[] = [];
  for (const m of named) {
    if (m.id === null) {
      out.push(`We don't take ${m.name}, I'm afraid.`);
      continue;
    }
    if (aspect === "safe") out.push(`Yes, paying by ${m.name} is safe. ${paymentSafety(m.id)}`);
    else if (aspect === "speed") out.push(paymentSpeed(m.id, m.name));
    else if (aspect === "time") out.push(paymentTiming(m.id, m.name));
    else if (aspect === "how") out.push(paymentHow(m.id));
    else {
      out.push(
        `Yes, we accept ${m.id === "card" ? "credit and debit cards" : m.name}.` +
          (m.id === "bank_transfer" || m.id === "card" ? ` ${paymentHow(m.id)}` : ""),
      );
    }
  }
  if (named.some((m) => m.id === null)) {
    out.push(`You can pay with ${joinOr(PAYMENT_METHODS.map((m) => m.label))}.`);
  }
  return out;
}

function joinOr(xs: string[]): string {
  return xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`;
}
