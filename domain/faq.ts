/**
 * The FAQ: answers to questions that need no order (a password reset, opening hours, gift
 * cards, stock, the newsletter, reviews, ways to pay), kept as data in `faq.json` so that
 * operators edit them without code. The file is validated when this module loads, so a
 * broken edit stops the start with the reason instead of reaching a customer.
 */
import { z } from "zod";
import { Intent } from "../shared/protocol.ts";
import { POLICY_TOPICS, policyAnswer, type PolicyTopic } from "./policy.ts";
import type { Tier } from "../shared/protocol.ts";
import { asksForPerson } from "./intents.ts";
import raw from "./faq.json" with { type: "json" };

/** One question the FAQ answers. */
export const FaqEntry = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _"),
  topic: z.string().min(3),
  /** Words in the customer's message that mean this question (any case). */
  phrases: z.array(z.string().trim().min(3)).min(1),
  /** Short paragraphs of the answer. */
  answer: z.array(z.string().trim().min(1)).default([]),
  /** A section of the store policy quoted after the answer (its numbers stay in policy.ts). */
  policy: z.enum(POLICY_TOPICS).optional(),
  /** Intents under which the entry applies; default every information intent. */
  intents: z.array(Intent).optional(),
  /** The closing question or offer. */
  follow_up: z.string().trim().min(1).optional(),
}).refine((e) => e.answer.length > 0 || e.policy !== undefined, {
  message: "an entry needs an answer or a policy section",
});
export type FaqEntry = z.infer<typeof FaqEntry>;

/** The FAQ file. */
export const FaqBook = z.object({
  $comment: z.string().optional(),
  entries: z.array(FaqEntry).min(1),
}).superRefine((b, ctx) => {
  const seen = new Set<string>();
  for (const e of b.entries) {
    if (seen.has(e.id)) ctx.addIssue({ code: "custom", message: `duplicate id ${e.id}` });
    seen.add(e.id);
  }
});
export type FaqBook = z.infer<typeof FaqBook>;

/**
 * Intents that ask for information rather than a change to an order: the FAQ answers them
 * (a misread greeting or "other" included), never a payment problem or a complaint.
 */
export const FAQ_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "account_access",
  "account_update",
  "policy_question",
  "product_question",
  "feedback",
  "payment_methods",
  "place_order",
  "shipping_options",
  "small_talk",
  "other",
]);

/**
 * Whether the FAQ may answer a message read as `intent`: one of `FAQ_INTENTS`, or a wish for
 * our people that asks when or how to reach them ("what are your customer service hours?")
 * rather than for a person in so many words.
 */
export function faqMayAnswer(intent: Intent, text: string): boolean {
  if (FAQ_INTENTS.has(intent)) return true;
  return intent === "human_agent" && WHEN_OR_HOW_TO_REACH.test(text) && !asksForPerson(text);
}

/** When our people are there, or how to reach them: hours, a phone number, contact. */
const WHEN_OR_HOW_TO_REACH =
  /\b(?:hours|open|opening|close[sd]?|closing|phone|number|call|contact|reach|weekends?)\b/i;

/** Validates FAQ data; throws with every problem named. */
export function parseFaq(data: unknown): FaqBook {
  const r = FaqBook.safeParse(data);
  if (!r.success) {
    const why = r.error.issues.map((i) => `${i.path.join(".") || "file"}: ${i.message}`);
    throw new Error(`Cannot load the FAQ (domain/faq.json): ${why.join("; ")}`);
  }
  return r.data;
}

/** The FAQ of this deployment, validated at start. */
export const FAQ: FaqBook = parseFaq(raw);

/** Lower case, straight quotes, no apostrophes ("can't" = "cant"), single spaces. */
function normalize(text: string): string {
  return ` ${
    text.toLowerCase().replace(/[‘’`´]/g, "'").replace(/'/g, "").replace(/[^a-z0-9→-]+/g, " ")
  } `;
}

/** A question the FAQ answers, and how well it matched. */
export interface FaqMatch {
  entry: FaqEntry;
  /** The phrase that matched. */
  phrase: string;
}

/** The entry whose phrase the text contains (the longest phrase wins), or null. */
export function faqFor(
  text: string,
  intent: Intent | null = null,
  book: FaqBook = FAQ,
): FaqMatch | null {
  const t = normalize(text);
  let best: FaqMatch | null = null;
  for (const entry of book.entries) {
    if (intent && entry.intents && !entry.intents.includes(intent)) continue;
    for (const phrase of entry.phrases) {
      const p = normalizedPhrase(phrase);
      if (t.includes(p) && (!best || p.length > normalizedPhrase(best.phrase).length)) {
        best = { entry, phrase };
      }
    }
  }
  return best;
}

const phrases = new Map<string, string>();

/** A phrase normalised, kept: every message is held against every phrase of the FAQ. */
function normalizedPhrase(phrase: string): string {
  let p = phrases.get(phrase);
  if (p === undefined) {
    // Phrases come from the FAQ file, so the cache stays small; it is bounded all the same.
    if (phrases.size >= 10_000) phrases.clear();
    phrases.set(phrase, p = normalize(phrase));
  }
  return p;
}

/** The paragraphs of an entry's answer: its own words, then the policy section it quotes. */
export function faqParagraphs(entry: FaqEntry, tier: Tier | null = null): string[] {
  const out = [...entry.answer];
  if (entry.policy) out.push(policyAnswer(entry.policy as PolicyTopic, { tier }));
  return out;
}

const AMOUNT = /(\d+(?:\.\d{1,2})?)\s?(?:USD|EUR|GBP)\b/g;

/** Every amount the FAQ states, so the guardrail accepts it in a reply. */
export function faqAmounts(book: FaqBook = FAQ): number[] {
  const out = new Set<number>();
  for (const e of book.entries) {
    for (const a of e.answer) for (const m of a.matchAll(AMOUNT)) out.add(Number(m[1]));
  }
  return [...out];
}
