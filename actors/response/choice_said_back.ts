/**
 * "refund", "a refund I guess", "uh the replacement" to a change offered with the other remedy
 * beside it: the shopper named the change that waits, without a yes word. It is no consent
 * (a change named is no yes, and "I guess" hedges), so it is asked again — but said back as the
 * choice it is, not "I'm not sure whether that's a yes or a no", which read as if they had
 * dodged the question. Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";

/** The remedy named alone, with at most a hedge or a filler around it. */
const NAMED_ALONE =
  /^\W*(?:(?:um+|uh+|erm+|hmm+|ok(?:ay)?|well|i mean|i guess|i suppose|probably)\W+)*(?:a\s+|the\s+)?(refund|money back|my money back|replacement|new one)(?:\W+(?:i guess|i suppose|i think|probably|maybe|then|is fine|i reckon|tbh))*\W*$/i;

/** What each remedy is called back, and the one it was set beside. */
const REMEDIES: Readonly<Record<string, { name: string; other: string; words: RegExp }>> = {
  refund: {
    name: "The refund",
    other: "a replacement",
    words: /^(?:refund|money back|my money back)$/i,
  },
  replacement: {
    name: "A replacement",
    other: "the refund",
    words: /^(?:replacement|new one)$/i,
  },
};

/**
 * The line said back before the change is asked again, when the reply names the remedy that
 * waits and our offer set the other beside it ("The refund, then, rather than a replacement —
 * just to be sure before I do it:"),
 * or null.
 */
export function choiceSaidBack(
  text: string,
  p: PendingAction,
  offered: string | null | undefined,
): string | null {
  const remedy = REMEDIES[p.action.type];
  const named = NAMED_ALONE.exec(text.trim())?.[1];
  if (!remedy || !named || !remedy.words.test(named)) return null;
  const beside = /\breplacement\b/i.test(offered ?? "") && /\brefund\b/i.test(offered ?? "");
  return beside
    ? `${remedy.name}, then, rather than ${remedy.other} — just to be sure before I do it:`
    : `${remedy.name}, then — just to be sure before I do it:`;
}
