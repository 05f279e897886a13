/**
 * Answers about a product of the catalogue from what the context fetched from the store this
 * turn: whether it is in stock (a count only as the store gave it, "Notify me" when sold
 * out), its price in the store's currency, its warranty, its rating when asked. Several
 * products that fit are named (up to three) and the customer is asked which. Without a
 * lookup, or when the store could not be asked, the FAQ answers as before.
 */
import { ownItemNote } from "./own_item_note.ts";
import { measureNotSold } from "./measure_asked.ts";
import type { ProductView } from "../../shared/protocol.ts";
import { formatMoney, joinAnd } from "../../domain/format.ts";
import {
  PRODUCT_INTENTS,
  type ProductAspect,
  productAspects,
} from "../../domain/product_questions.ts";
import { closer, opener } from "./tone.ts";
import { faqFor } from "../../domain/faq.ts";
import { type Draft, draft, PARAGRAPH, say, type Tone, type TurnView } from "./view.ts";

/** Questions about a product's specifications, which the store's record does not hold. */
const SPEC =
  /\b(?:safe|sizes?|dimensions?|measure\w*|weigh\w*|colou?rs?|materials?|made of|made from|compatib\w*|fits?|battery|waterproof|capacity|voltage|watts?|wattage|specs?|specifications?|features?|difference|versus|vs|how (?:big|long is it|heavy|wide|tall|loud)|in (?:white|black|red|blue|green|grey|gray|pink|silver|gold|beige|navy|brown|yellow|purple|orange|another colou?r))\b/i;

/** A size or a colour asked about: "in red", "size 14", "what colours", "a bigger one". */
const SIZE_OR_COLOUR =
  /\b(?:sizes?|bigger|larger|smaller|colou?rs?|in (?:white|black|red|blue|green|grey|gray|pink|silver|gold|beige|navy|brown|yellow|purple|orange|another colou?r))\b/i;

/** Which kind of version a message asks about ("sizes", "colours"), or null for none. */
function versionAsked(text: string): "sizes" | "colours" | "details" | null {
  // "Do you have a bigger bottle?": another size of it asked.
  if (/\b(?:sizes?|bigger|larger|smaller|half (?:a )?size)\b/i.test(text)) return "sizes";
  if (SIZE_OR_COLOUR.test(text)) return "colours";
  return SPEC.test(text) ? "details" : null;
}

/** That the record holds no sizes or colours of the product, and where they are shown. */
function versionSentence(p: ProductView, kind: "sizes" | "colours" | "details"): string {
  if (kind === "details") {
    return `I don't have details like that here: the product page of the ${p.name} lists its full specifications, or a colleague can help you choose.`;
  }
  // "Which are available" read as a claim of stock, and a sold-out product's reply was
  // blocked and handed over.
  return `I can't see the ${kind} of the ${p.name} in our records: its product page shows ` +
    `the ${kind} it comes in and which you can order, or a colleague can check for you.`;
}

/** At or below this many units, the reply says how many are left (the store's own count). */
export const LOW_STOCK = 5;

/** The catalogue's answer to the turn, or null when the context looked no product up. */
export function catalogueReply(v: TurnView, tone: Tone): Draft | null {
  const c = v.context?.catalogue;
  // Under another reading the classifier was unsure of ("and how much is it?" read as
  // shipping), the product the context looked up is the better reading.
  if (!c || (!PRODUCT_INTENTS.has(v.intent) && v.decision?.action !== "clarify")) return null;
  // "Whats your return policy on monitors" beside a product looked up for another part: the
  // rule asked, when nothing of a product (price, stock, warranty, rating) is.
  if (v.intent === "policy_question" && productAspects(v.text).length === 0) return null;
  // "Is there a discount code for first orders?" beside a product named elsewhere: the FAQ's
  // answer, when the words name none of the products looked up.
  // "Also is it in stock?" beside "is the keyboard insured?": "it" is the one product found.
  const pointed = c.products.length === 1 && /\b(?:it|they|them)\b/i.test(v.text);
  const faq = faqFor(v.text)?.entry.id;
  if (faq && !pointed && !c.products.some((p) => namedIn(v.text, p.name))) return null;
  // "How do I clean the milk frother?": its care, not its price and stock.
  if (faq === "product_care" && productAspects(v.text).length === 0) return null;
  if (c.lookup === "found" && c.products.length > 0) return oneProduct(v, tone, c.products[0]);
  if (c.lookup === "several" && c.products.length > 1) return whichProduct(v, tone, c.products);
  return null;
}

/** Whether a word of the product's name (four letters or more) is in the text. */
function namedIn(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  return name.toLowerCase().split(/[^a-z0-9]+/).some((w) =>
    w.length > 3 && lower.includes(w.replace(/s$/, ""))
  );
}

function oneProduct(v: TurnView, tone: Tone, p: ProductView): Draft {
  const asked = productAspects(v.text);
  // "Ok how do I do it then" right after its stock and price: how to order it, not those again.
  if (
    v.intent === "place_order" && asked.length === 0 && (v.told?.products ?? []).includes(p.sku)
  ) {
    return draft("product_how_to_order", tone, [
      `Open the ${p.name}'s product page, add it to your cart and choose Checkout: you pick a ` +
      "shipping speed and pay there, and it takes a couple of minutes.",
      "If anything gets in the way, tell me here and I'll help you through it.",
    ]);
  }
  // Nothing in particular asked ("tell me about the mixer"): availability, price, warranty.
  const aspects: ProductAspect[] = asked.length > 0 ? asked : ["stock", "price", "warranty"];
  const facts: string[] = [];
  // "Do you sell the mixer in red?", "what sizes do the shoes come in?": the record holds no
  // sizes or colours, so that is said first, and nothing of it answered "Yes —".
  const version = asked.length === 0 || SIZE_OR_COLOUR.test(v.text) ? versionAsked(v.text) : null;
  const lead = version ? "stock" : aspects[0];
  // "Do you sell a 32 inch monitor?" of the 27-inch one: no such size, said first.
  const notSold = measureNotSold(v.text, p.name);
  if (notSold) facts.push(notSold);
  facts.push(version ? versionSentence(p, version) : leadSentence(v, p, lead));
  if (version) facts.push(followSentence(p, "stock")!, followSentence(p, "price")!);
  // Whether they can have it always goes with the answer, and the price they would pay —
  // unless the turn before told them, and this one asks only about something else.
  const told = v.told?.topic === "product_question" && asked.length > 0 &&
    (v.told.products ?? []).includes(p.sku);
  // A warranty asked as a policy question ("is my mixer still under warranty?") is about the
  // one they have: no stock or price beside it.
  const onlyAsked = told || (v.intent === "policy_question" && asked.length > 0);
  const extras: ProductAspect[] = onlyAsked ? aspects : ["stock", "price", ...aspects];
  for (const a of extras) {
    if (a === lead || facts.length > 3 || version) continue;
    const s = followSentence(p, a);
    if (s && !facts.includes(s)) facts.push(s);
  }
  // "Is it dishwasher safe?": a detail the store's record does not hold is not guessed.
  if (SPEC.test(v.text) && !version) {
    facts.push(
      `I don't have details like that here: the product page of the ${p.name} lists its full specifications, or a colleague can help you choose.`,
    );
  }
  // "The vacuum I ordered": which order it is, and what can be done if theirs is in trouble.
  const own = ownItemNote(v, p);
  if (own) facts.push(own);
  // "Notify me" only where the reply says it is sold out.
  const saysStock = lead === "stock" || extras.includes("stock");
  // "Could you order another one for me?": the chat can't, said first, with no "Yes —".
  const forThem = v.intent === "place_order" && orderedForThem(v.text);
  if (forThem) {
    facts[0] = facts[0].replace(/^Yes — (\w)/, (_, c: string) => c.toUpperCase());
    facts.unshift(
      "I can't place an order for you from this chat, I'm afraid, nor take one by phone.",
    );
  }
  const next = !p.in_stock && saysStock
    ? `Choose "Notify me" on its product page and we'll email you as soon as it's back; we can't reserve one or promise a restock date.`
    : v.intent === "place_order"
    ? "Add it to your cart from its product page, then choose Checkout to pick a shipping speed and pay."
    : closer(v);
  const template = !saysStock
    ? "product_info"
    : p.in_stock
    ? "product_in_stock"
    : "product_sold_out";
  return draft(template, tone, [
    productOpener(v, tone),
    ...facts,
    PARAGRAPH,
    next,
  ]);
}

/** Whether the message asks us to place the order for them, or to take it by phone. */
function orderedForThem(text: string): boolean {
  return faqFor(text, "place_order")?.entry.id === "order_by_phone" || FOR_THEM.test(text);
}

/** "Can you order another espresso machine for me?", "could u get me one". */
const FOR_THEM =
  /\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|just\s+)?(?:order|buy|get|reorder|re-order)\b[^.?!]{0,40}\bfor me\b|\b(?:can|could)\s+(?:you|u)\s+(?:please\s+)?(?:order|get)\s+me\b/i;

function leadSentence(v: TurnView, p: ProductView, a: ProductAspect): string {
  const name = `the ${p.name}`;
  const g = grammarOf(p);
  switch (a) {
    case "stock":
      return p.in_stock
        ? say(v, "stock", [
          `Yes — ${name} ${g.is} ${inStock(p)}.`,
          `${cap(name)} ${g.is} ${inStock(p)}.`,
        ])
        : `${cap(name)} ${g.is} sold out at the moment.`;
    case "price":
      return `${cap(name)} ${g.costs} ${price(p)}.`;
    case "warranty":
      return `${cap(name)} ${warranty(p, g)}.`;
    case "rating":
      return `Customers rate ${name} ${rating(p)}.`;
  }
}

function followSentence(p: ProductView, a: ProductAspect): string | null {
  const g = grammarOf(p);
  switch (a) {
    case "stock":
      return `${g.It} ${g.is} ${p.in_stock ? inStock(p) : "sold out at the moment"}.`;
    case "price":
      return `${g.It} ${g.costs} ${price(p)}.`;
    case "warranty":
      return `${g.It} ${warranty(p, g)}.`;
    case "rating":
      return `Customers rate ${g.it} ${rating(p)}.`;
  }
}

/** Words that agree with the product's name: "the Trail Running Shoes are", "it is". */
interface Grammar {
  It: string;
  it: string;
  is: string;
  costs: string;
  comes: string;
  has: string;
}

function grammarOf(p: ProductView): Grammar {
  const plural = /[^s]s$/i.test(p.name.trim());
  return plural
    ? { It: "They", it: "them", is: "are", costs: "cost", comes: "come", has: "have" }
    : { It: "It", it: "it", is: "is", costs: "costs", comes: "comes", has: "has" };
}

/**
 * Several products fit: name up to three, with price and availability, and ask which. What
 * the message asks of them ("how much are they", "and the warranty?") is answered for each,
 * rather than the same list given again.
 */
function whichProduct(v: TurnView, tone: Tone, products: readonly ProductView[]): Draft {
  const shown = products.slice(0, 3);
  const asked = productAspects(v.text);
  const which = say(v, "which-product", [
    "Which one do you mean?",
    "Which of these are you after?",
  ]);
  // "Do you have headphones?" is answered by the list itself, which says what is in stock.
  if (asked.some((a) => a !== "stock")) {
    const facts = shown.map((p) => asked.map((a) => eachSentence(v, p, a)).join(" "));
    return draft("product_which", tone, [productOpener(v, tone), ...facts, PARAGRAPH, which]);
  }
  const named = shown.map((p) =>
    `the ${p.name} (${price(p)}, ${p.in_stock ? "in stock" : "sold out"})`
  );
  return draft("product_which", tone, [
    productOpener(v, tone),
    `A few of our products fit: ${joinAnd(named, "and")}.`,
    // "In white?": a detail the store's record does not hold is not guessed.
    ...(SPEC.test(v.text)
      ? ["Details like that are on each product's page, or a colleague can help you choose."]
      : []),
    PARAGRAPH,
    which,
  ]);
}

/**
 * One aspect of one of several products, named: "The Studio Monitor Headphones cost 159.00 USD."
 * Price and rating read as for one product; stock plainly (no "Yes —"), and the warranty
 * without its long clause, which three products would repeat.
 */
function eachSentence(v: TurnView, p: ProductView, a: ProductAspect): string {
  const name = `The ${p.name}`;
  const g = grammarOf(p);
  switch (a) {
    case "stock":
      return `${name} ${g.is} ${p.in_stock ? inStock(p) : "sold out at the moment"}.`;
    case "warranty":
      return p.warranty_months === 0
        ? `${name} ${g.has} no manufacturer's warranty beyond our returns.`
        : `${name} ${g.comes} with a ${p.warranty_months}-month warranty against defects.`;
    default:
      return leadSentence(v, p, a);
  }
}

/**
 * The opening of a product answer: a greeting on the first turn, never the sympathy an order
 * in trouble gets, nor comfort for words that only sound upset ("noise cancelling").
 */
function productOpener(v: TurnView, tone: Tone): string {
  const c = v.context;
  const calm = v.sentiment?.is_complaint ? v.sentiment : null;
  const plain: TurnView = {
    ...v,
    sentiment: calm,
    context: c ? { ...c, order: null, order_lookup: "none" } : null,
  };
  return opener(plain, calm ? tone : "neutral");
}

function inStock(p: ProductView): string {
  return p.stock <= LOW_STOCK ? `in stock, with only ${p.stock} left` : "in stock";
}

function price(p: ProductView): string {
  return formatMoney(p.price, p.currency);
}

function warranty(p: ProductView, g: Grammar): string {
  if (p.warranty_months === 0) return `${g.has} no manufacturer's warranty beyond our returns`;
  const years = p.warranty_months % 12 === 0 && p.warranty_months >= 24
    ? ` (${p.warranty_months / 12} years)`
    : "";
  return `${g.comes} with a ${p.warranty_months}-month${years} warranty against defects; we arrange the repair or a replacement for you`;
}

function rating(p: ProductView): string {
  return `${p.rating.toFixed(1)} out of 5`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
