/**
 * Sentence handling for the guardrail's fixes: a reply is split into sentences so that
 * one bad sentence can be removed or replaced while the rest — and its paragraphs — are
 * kept.
 */

/** Marks the last sentence of a paragraph in `splitSentences`' output. */
const BREAK = "\n\n";

/**
 * Splits a reply into sentences (keeping their punctuation). The last sentence of each
 * paragraph but the last ends with a blank line, which `joinSentences` keeps.
 */
export function splitSentences(text: string): string[] {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  paragraphs.forEach((p, n) => {
    const sentences = p.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(“])|\n+/).map((s) => s.trim())
      .filter(Boolean);
    if (n < paragraphs.length - 1 && sentences.length > 0) {
      sentences[sentences.length - 1] += BREAK;
    }
    out.push(...sentences);
  });
  return out;
}

/** Joins sentences back into a reply, keeping the paragraph breaks they carry. */
export function joinSentences(sentences: readonly string[]): string {
  let out = "";
  for (const s of sentences) {
    if (s.trim().length === 0) continue;
    out += out === "" || out.endsWith(BREAK) ? s : ` ${s}`;
  }
  return out.trimEnd();
}

const FILLER =
  /^(hi|hello|hey|dear|thanks for (reaching out|your message|getting in touch)|thank you for (getting in touch|your message)|i'?m (really |so )?sorry|i apologi[sz]e|please accept|i understand how|is there anything else|let me know if|anything else|have a lovely day|take care)\b/i;

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
    const why = bad(s.trim());
    if (why) {
      removed.push(s.trim());
      reasons.push(why);
      // The paragraph it closed now ends with the sentence before it.
      if (s.endsWith(BREAK) && kept.length > 0 && !kept[kept.length - 1].endsWith(BREAK)) {
        kept[kept.length - 1] += BREAK;
      }
    } else kept.push(s);
  }
  return { text: joinSentences(kept), removed, reasons };
}
