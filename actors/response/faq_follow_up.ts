/**
 * A short question right after an answer from the FAQ, asked on about the same thing in a
 * few words: "do they expire?" after gift cards, "wtf it says invalid" after a discount code
 * that fails, "how much are they?". Alone the words name no topic (they read as off-topic or
 * as a password problem); in the light of the answer before they ask about its subject, and
 * the sentences of that answer that speak to them come first. Pure.
 */
import { FAQ, type FaqBook, type FaqEntry, faqParagraphs } from "../../domain/faq.ts";
import type { Tier } from "../../shared/protocol.ts";

/** The longest follow-up read this way: a longer message says what it is about. */
const MAX_WORDS = 8;

/** A word that points back at what was just answered, or a lead-in that carries it on. */
const POINTS_BACK =
  /\b(?:they|them|their|it|its|it'?s|that|those|these|this|one|ones)\b|^\s*(?:and|but|so|what about|how about|ok(?:ay)? (?:and|but|so))\b/i;

/** "What about …", "and …": a lead-in that may bring a new subject along. */
const NEW_TOPIC = /^\s*(?:and|what about|how about|ok(?:ay)? and)\b/i;

/** Price asked in any words: the sentences that state an amount answer it. */
const PRICE = /\b(?:how much|cost|costs|price|prices|pricey|expensive|cheap)\b/i;
const AMOUNT = /\d+(?:\.\d{1,2})?\s?(?:USD|EUR|GBP)\b/;

/** Words too common to tell what the follow-up is about. */
const COMMON = new Set(
  ("the and you can are for any how why who not but its was did get got yes one own " +
    "all has had may now out too off our his her him she see say way " +
    "about also anyway been being can could does doing done dont from have just know like " +
    "make maybe much need should some still tell than that then there these they this those " +
    "want what when where which will with would your yours says said saying keeps keep wtf " +
    "please thanks thank thing things really okay why how who it's its that's whats what's").split(
      " ",
    ),
);

/** Lower-case words of three letters or more that tell the topic, reduced to a rough stem. */
function contentStems(text: string): string[] {
  return (text.toLowerCase().replace(/[’']/g, "'").match(/[a-z']{3,}/g) ?? [])
    .filter((w) => !COMMON.has(w))
    .map(stem);
}

/** "expires", "expired", "expiring" → "expir"; enough to meet the answer's own words. */
function stem(word: string): string {
  const w = word.replace(/'s$/, "");
  return w.length <= 4 ? w : w.replace(/(?:ing|ed|es|e|s)$/, "");
}

/** Sentences of a paragraph (a full stop, question or exclamation mark, then a space). */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.trim().length > 0);
}

/** What the follow-up is answered with: the entry, and its sentences that speak to it. */
export interface FaqFollowUp {
  entry: FaqEntry;
  paragraphs: string[];
}

/** The turn a follow-up is read in: the words, the entry answered before, who asks. */
export interface FaqFollowUpInput {
  text: string;
  /** The FAQ entry the reply before answered from (the dialogue state's), if any. */
  faq: string | null | undefined;
  tier: Tier | null;
  /** Whether the message names an order or a product of its own. */
  namesSomething: boolean;
}

/**
 * The answer to a short follow-up on the FAQ answer before, or null when the message is no
 * such follow-up — too long, names something of its own, points back at nothing, or asks
 * about nothing the answer said (then it is read as it stands).
 */
export function faqFollowUp(input: FaqFollowUpInput, book: FaqBook = FAQ): FaqFollowUp | null {
  const { text, faq } = input;
  if (!faq || input.namesSomething) return null;
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || !POINTS_BACK.test(text)) return null;
  const entry = book.entries.find((e) => e.id === faq);
  // A section of the policy has readings of its own ("and is paypal safe?" after the ways to pay).
  if (!entry || entry.policy) return null;
  const picked = sentencesOn(entry, text, { tier: input.tier });
  return picked ? { entry, paragraphs: picked } : null;
}

/**
 * The sentences of an entry's answer that speak to a question asked on about it ("can you add
 * a gift receipt?" right after the answer on presents), or null when the question asks of
 * something the answer never named, or of nothing it says in particular.
 */
export function sentencesOn(
  entry: FaqEntry,
  text: string,
  opts: { tier: Tier | null; named?: boolean },
): string[] | null {
  const tier = opts.tier;
  const stems = contentStems(text);
  const price = PRICE.test(text);
  // "What about a gift receipt?" after gift wrapping asks of something the answer never named.
  const all = contentStems(faqParagraphs(entry, tier).join(" "));
  const heard = stems.filter((w) => all.some((o) => meets(w, o)));
  const newTopic = NEW_TOPIC.test(text)
    ? heard.length < stems.length
    : heard.length * 2 < stems.length;
  // A message that names the entry's subject itself asks on about it, whatever else it says.
  if (newTopic && !opts.named) return null;
  const picked: string[] = [];
  for (const paragraph of faqParagraphs(entry, tier)) {
    for (const s of sentences(paragraph)) {
      const own = contentStems(s);
      const speaks = heard.some((w) => own.some((o) => meets(w, o))) ||
        (price && AMOUNT.test(s));
      if (speaks && !picked.includes(s)) picked.push(s);
    }
  }
  return picked.length > 0 ? [picked.join(" ")] : null;
}

/** Whether two stems are one word's ("expir" and "expire"). */
function meets(a: string, b: string): boolean {
  // "add" is no "address": a short word meets only itself.
  if (a.length < 4 || b.length < 4) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}
