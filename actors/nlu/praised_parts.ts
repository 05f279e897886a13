/**
 * Goods praised in so many words ("the stand mixer I received is wonderful", "my new
 * headphones are amazing", "the mixer works perfectly") read as a delivery problem — the
 * goods named, "received" — and Emma, whose mixer had come damaged, was offered a refund for
 * saying she loved it. A part of the message (or the whole) that only praises what it names
 * is feedback. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { goodsProblem } from "../../domain/problems.ts";

/** "Is wonderful", "are amazing", "works perfectly", "was worth every penny". */
const PRAISED =
  /\b(?:(?:is|are|was|were|'s|looks?|feels?|sounds?)\s+(?:so\s+|really\s+|absolutely\s+|just\s+|truly\s+|simply\s+|very\s+)?(?:wonderful|great|amazing|awesome|excellent|perfect|fantastic|brilliant|lovely|gorgeous|beautiful|superb|stunning|incredible|fab|fabulous|a dream|spot on|painless|seamless|effortless|smooth|so easy|a breeze|flawless|hassle[- ]free)|works?\s+(?:perfectly|great|beautifully|like a charm|a treat)|worth every (?:penny|cent)|(?:was|were|is|arrived|came)\s+(?:so\s+|really\s+|super\s+|very\s+)?(?:quick|fast|speedy|early|on time)(?:\s+too)?|highly recommend(?:ed)?|(?:ur|you'?re|you are|u r) (?:a |an )?(?:absolute |total )?(?:lifesaver|life saver|star|legend|hero|gem)|(?:it|that|the [a-z]+(?: [a-z]+)?) worked(?: perfectly| great| fine| like a charm)?)\b/i;

/** Trouble or a request beside the praise: then it is no praise alone. */
const NOT_ONLY_PRAISE =
  /\b(?:not|n't|never|no longer|but|except|however|though|broken|broke|damaged|cracked|missing|wrong|late|lost|refund|return|replace|cancel|where|when|why|how|problem|issue|stopped|doesn'?t|didn'?t)\b|\?/i;

/** Readings goods praised are misread as. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "return_item",
  "refund_status",
  "shipping_options",
  "order_status",
  "delivery_problem",
  "complaint",
  "product_question",
  "other",
]);

/** The confidence of praise read by its words. */
const PRAISE_CONFIDENCE = 0.7;

/** Whether the words only praise what they name. */
export function onlyPraises(text: string): boolean {
  // "The return label worked": a thing of ours praised, not a return asked for.
  const told = plainPraise(text).replace(DONE_THING, "it");
  // "The mixer is beautiful, shame it came in pieces": damage told is no praise alone.
  return PRAISED.test(told) && !NOT_ONLY_PRAISE.test(told) && goodsProblem(told) === null;
}

/** Hedges that add nothing to praise: "not gonna lie", "ngl", "tbh", "I must say". */
const HEDGE =
  /\b(?:not (?:gonna|going to) lie|ngl|tbh|to be honest|honestly|i (?:must|have to|gotta) say|gotta say)\b[\s,.!-]*/gi;

/** Praise said by denying the opposite: "not bad at all", "can't fault it", "no complaints". */
const LITOTES =
  /\b(?:not (?:bad|too bad|half bad)(?: at all)?|can'?t fault (?:it|them|you|the \w+)|couldn'?t be happier|no complaints(?: at all)?)\b/gi;

/** A worry had before the goods came: "I was nervous ordering online but …". */
const PAST_WORRY =
  /\b(?:i was|i'?d been|i had been|was)\s+(?:a (?:bit|little) |so |really |quite |kinda )?(?:nervous|worried|sceptical|skeptical|unsure|hesitant|doubtful|dubious|scared|apprehensive)\b[^.!?]*?\bbut\b/gi;

/** Praise of the people or the packing: "kudos to …", "props to", "hats off", "shoutout to". */
const PRAISE_OF_PEOPLE =
  /\b(?:kudos|props|hats off|shout ?outs?|big (?:thanks|thank you|up)s?) to\b|\b(?:wrapped|packed|packaged) (?:like a (?:christmas )?present|so (?:nicely|well|carefully)|beautifully|perfectly|with (?:such )?care)\b/i;

/** The words with hedges, denied opposites and a past worry read as the praise they are. */
function plainPraise(text: string): string {
  const plain = text.replace(/[‘’]/g, "'").replace(HEDGE, "").replace(PAST_WORRY, "")
    .replace(LITOTES, "is great");
  return PRAISE_OF_PEOPLE.test(plain) ? `${plain} it is great` : plain;
}

/** Things of ours a customer may praise once they worked: "the return label", "the refund". */
const DONE_THING =
  /\b(?:the|my|your) (?:return|refund|replacement|exchange) (?:label|process|form|link)\b|\b(?:the|my) (?:refund|replacement)\b(?= (?:worked|came|arrived|was))/gi;

/** The reading with each part that only praises read as feedback (and the whole, when so). */
export function withPraisedParts(r: IntentEnrichment, text: string): IntentEnrichment {
  const parts = r.requests ?? [];
  const turned = parts.map((p) =>
    MISREAD.has(p.intent) && onlyPraises(p.text)
      ? { ...p, intent: "feedback" as const, confidence: PRAISE_CONFIDENCE }
      : p
  );
  const changed = turned.some((p, i) => p !== parts[i]);
  // "WOW!!! The mixer replacement is STUNNING. Thank you!!!" read as feedback, too unsurely
  // to answer: asked "could you tell me a little more about what you need?".
  const unsure = r.intent === "feedback" && r.confidence < PRAISE_CONFIDENCE;
  const whole = (MISREAD.has(r.intent) || unsure) && onlyPraises(text);
  if (!changed && !whole) return r;
  // Two parts that are both feedback now are one.
  const requests = turned.filter((p, i) =>
    p.intent !== "feedback" || turned.findIndex((q) => q.intent === "feedback") === i
  );
  const intent = whole || requests.every((p) => p.intent === "feedback") ? "feedback" : r.intent;
  return {
    ...r,
    intent,
    confidence: intent === r.intent
      ? Math.max(r.confidence, whole ? PRAISE_CONFIDENCE : 0)
      : PRAISE_CONFIDENCE,
    alternatives: intent === r.intent ? r.alternatives : [
      { intent: r.intent, confidence: r.confidence },
      ...r.alternatives,
    ].filter((a) => a.intent !== intent).slice(0, 3),
    requests: requests.length > 0
      ? requests.map((q) =>
        whole && q.intent === "feedback" && q.confidence < PRAISE_CONFIDENCE
          ? { ...q, confidence: PRAISE_CONFIDENCE }
          : q
      )
      : [{ intent, confidence: PRAISE_CONFIDENCE, text, start: 0, end: text.length }],
  };
}
