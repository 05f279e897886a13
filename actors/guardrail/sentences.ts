/**
 * Sentence handling for the guardrail's fixes: a reply is split into sentences so that
 * one bad sentence can be removed or replaced while the rest is kept.
 */

/** Splits a reply into sentences (keeping their punctuation). */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(“])|\n+/).map((s) => s.trim()).filter(Boolean);
}

/** Joins sentences back into a reply. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.filter((s) => s.trim().length > 0).join(" ");
}

const FILLER =
  /^(hi|hello|hey|dear|thanks for (reaching out|your message)|thank you for (getting in touch|your message)|i'?m (really |so )?sorry|i apologi[sz]e|please accept|i understand how|is there anything else|let me know if|anything else|have a lovely day|take care)\b/i;

/** True when a sentence only greets, apologises or closes (says nothing of substance). */
export function isFiller(sentence: string): boolean {
  return FILLER.test(sentence.trim());
}

/** Result of filtering a reply's sentences. */
export interface Filtered {
  text: string;
  removed: string[];
}

/** Removes the sentences `bad` returns a reason for; the reasons say why. */
export function removeSentences(
  text: string,
  bad: (sentence: string) => string | null,
): Filtered & { reasons: string[] } {
  const kept: string[] = [];
  const removed: string[] = [];
  const reasons: string[] = [];
  for (const s of splitSentences(text)) {
    const why = bad(s);
    if (why) {
      removed.push(s);
      reasons.push(why);
    } else kept.push(s);
  }
  return { text: joinSentences(kept), removed, reasons };
}
