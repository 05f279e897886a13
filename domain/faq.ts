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
  // The response reads the same message against the FAQ several times a turn (the reply,
  // each request, the order of requests): the last few answers are kept.
  const key = `${intent ?? ""}\u0000${text}`;
  const memo = recent.get(book);
  if (memo?.has(key)) return memo.get(key)!;
  const t = normalize(text);
  let best: FaqMatch | null = null;
  let bestLength = 0;
  let bestAt = Infinity;
  // Only the phrases whose first word is a word of the text can be in it.
  const byWord = phrasesOf(book);
  for (const word of new Set(t.split(" "))) {
    for (const { entry, phrase, normal, at } of byWord.get(word) ?? []) {
      if (intent && entry.intents && !entry.intents.includes(intent)) continue;
      // The longest phrase wins; of two as long, the one the FAQ lists first.
      const better = normal.length > bestLength || (normal.length === bestLength && at < bestAt);
      if (better && t.includes(normal)) {
        best = { entry, phrase };
        bestLength = normal.length;
        bestAt = at;
      }
    }
  }
  const kept = memo ?? new Map<string, FaqMatch | null>();
  if (kept.size >= RECENT) kept.delete(kept.keys().next().value!);
  kept.set(key, best);
  if (!memo) recent.set(book, kept);
  return best;
}

/** How many answers of recent messages are kept, per book. */
const RECENT = 32;
const recent = new WeakMap<FaqBook, Map<string, FaqMatch | null>>();

/** A phrase of the FAQ normalised, with its entry and its place in the file. */
interface Phrase {
  entry: FaqEntry;
  phrase: string;
  normal: string;
  at: number;
}

/** Every phrase of a book, normalised once and filed by its first word (a book does not change). */
const normalised = new WeakMap<FaqBook, Map<string, Phrase[]>>();
function phrasesOf(book: FaqBook): Map<string, Phrase[]> {
  let byWord = normalised.get(book);
  if (!byWord) {
    byWord = new Map();
    let at = 0;
    for (const entry of book.entries) {
      for (const phrase of entry.phrases) {
        const normal = normalize(phrase);
        const first = normal.trim().split(" ")[0];
        const list = byWord.get(first) ?? [];
        list.push({ entry, phrase, normal, at: at++ });
        byWord.set(first, list);
      }
    }
    normalised.set(book, byWord);
  }
  return byWord;
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
