/**
 * Short misspellings of the verbs of a change: "refnd 1002 pls", "retrn it", "cancl 1003".
 * The spelling reader only reads words of six letters or more (a short word is too easily
 * another), so a five-letter typo of "refund" went unread and "refnd 1002 pls" read as a yes.
 * Against the closed set of those verbs, one edit away and the first letter kept, a short
 * typo is no guess; real words near them ("cancer", "rerun") are never read as them. Pure.
 */
import { editDistance } from "../../domain/spelling.ts";
import type { Intent } from "../../shared/protocol.ts";
import type { IntentPrediction } from "./intent_model.ts";

/** The verbs of a change a short typo may stand for. */
const VERBS: readonly string[] = ["refund", "return", "cancel", "replace", "replacement"];

/** Real words one edit from a verb, never read as it. */
const REAL_WORDS: ReadonlySet<string> = new Set([
  "cancer",
  "rerun",
  "retune",
  "reruns",
  "refunds",
  "returns",
  "cancels",
  "replaced",
  "returned",
  "refunded",
  "canceled",
  "cancelled",
]);

/** Readings that ask nothing: a typo'd verb read as one of these is worth a second reading. */
const ASKS_NOTHING: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "deny",
  "small_talk",
  "other",
]);

/** The verb a word misspells (one edit, first letter kept, four letters or more), or null. */
export function misspeltVerb(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 4 || REAL_WORDS.has(w) || VERBS.includes(w) || /[^a-z]/.test(w)) return null;
  const near = VERBS.filter((v) =>
    v[0] === w[0] && Math.abs(v.length - w.length) <= 1 && editDistance(v, w) === 1
  );
  return near.length === 1 ? near[0] : null;
}

/** The text with each misspelt verb of a change written out, or null when there is none. */
export function withVerbsSpelt(text: string): string | null {
  let changed = false;
  const out = text.replace(/[A-Za-z]+/g, (w) => {
    const verb = misspeltVerb(w);
    if (!verb) return w;
    changed = true;
    return verb;
  });
  return changed ? out : null;
}

/**
 * The prediction of a message whose change verb is misspelt: the words read again with the
 * verb spelt out, when the first reading asked nothing and the second asks something.
 */
export function readVerbTypos(
  predicted: IntentPrediction,
  text: string,
  classify: (text: string) => IntentPrediction,
): IntentPrediction {
  if (!ASKS_NOTHING.has(predicted.intent)) return predicted;
  const spelt = withVerbsSpelt(text);
  if (!spelt) return predicted;
  const again = classify(spelt);
  return ASKS_NOTHING.has(again.intent) ? predicted : { ...again, spelt: again.spelt ?? spelt };
}

/** The message with shorthand and typos written out, read wherever the verbs are. */
export { asTyped, typedText } from "./typed_words.ts";
