/**
 * "WHY IS MY KEYBOARD NOT HERE YET", "how come my order still hasn't arrived", "why hasn't my
 * vacuum come": asking why their goods have not come is asking where they are. The classifier
 * leant on "why … not" (a declined card's question) and asked whether it was a payment
 * problem. Read as a question about their order's status. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** "Why is my … not here yet", "how come my … hasn't arrived", "why's the … still not here". */
const WHY_NOT_HERE = new RegExp(
  String.raw`^\s*(?:(?:so|ok|okay|seriously|honestly|um+|uh+|hey|hi|hello|excuse me)[\s,.!]+)*` +
    String
      .raw`(?:why|how come|wtf|why the hell|how is it)\b(?:'s|\s+is|\s+isn'?t|\s+isnt|\s+has|\s+hasn'?t|\s+hasnt|\s+have|\s+haven'?t|\s+did|\s+didn'?t|\s+does|\s+doesn'?t|\s+are|\s+aren'?t)?` +
    String.raw`\s+(?:my|the|our)\s+((?:[a-z-]+\s+){0,4}?)` +
    String.raw`(?:(?:is|are|has|have)\s+)?(?:still\s+)?` +
    String.raw`(?:(?:is|are|has|have|did|does)(?:n'?t|nt|\s+not)|not|never)?\s*(?:yet\s+)?` +
    String
      .raw`(?:here|arrived|come|came|delivered|shown up|showed up|turned up|got here|been delivered|been shipped|shipped)` +
    String.raw`(?:\s+(?:yet|still|already))?\s*[?!.]*\s*$`,
  "i",
);

/** Words saying it has not come, one of which the question must have. */
const NOT = /\b(?:not|never|isn'?t|isnt|hasn'?t|hasnt|haven'?t|didn'?t|doesn'?t|aren'?t)\b|n'?t\b/i;

/** Things that are not goods: why they have not come is another question. */
const NOT_GOODS =
  /\b(?:refund|money|payment|email|e-mail|code|link|invoice|receipt|label|card|password|reply|answer|agent|person)\b/i;

/** Readings that already ask where their order is. */
const ALREADY: ReadonlySet<Intent> = new Set<Intent>(["order_status", "delivery_problem"]);

/** The reading of "why is my <goods> not here yet" as a question of its order; else null. */
export function whyNotHere(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (ALREADY.has(reading.intent) && reading.confidence >= 0.45) return null;
  const m = WHY_NOT_HERE.exec(text.replace(/[‘’]/g, "'"));
  if (!m || !NOT.test(text) || NOT_GOODS.test(m[1] ?? "")) return null;
  const confidence = 0.6;
  return {
    ...reading,
    intent: "order_status",
    confidence,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent: "order_status", confidence, text, start: 0, end: text.length }],
  };
}
