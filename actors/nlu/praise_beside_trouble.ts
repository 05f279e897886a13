/**
 * Praise beside trouble with an order: "I've always loved your products. Unfortunately my
 * last order ORD-3001 never arrived. Could you please look into it?", "I'm so happy with the
 * espresso machine!! only thing is the frother stopped working after a week, can you help?".
 * Read as feedback (the praise is said first and surely), the trouble was answered only by a
 * "thank you" — or, for a VIP whose words read negative, by a queue for a person — while the
 * same trouble said alone is answered with what the store can do (a lost parcel's refund or
 * replacement, a faulty item's). The trouble leads; the praise stays a request beside it,
 * so the reply thanks for it too. Pure.
 */
import type { Intent, IntentEnrichment, IntentRequest } from "../../shared/protocol.ts";
import { goodsProblem } from "../../domain/problems.ts";
import { ironicPraise } from "./sarcasm.ts";
import { lukewarmReview, mixedFeedback } from "../../domain/mixed_feedback.ts";
import { splitRequests } from "./requests.ts";

/** Readings the praise makes of the whole, or of the part that tells the trouble. */
const PRAISE_READINGS: ReadonlySet<Intent> = new Set<Intent>(["feedback", "other", "small_talk"]);

/** Where the praise turns to the trouble: "but", "unfortunately", "only thing is", "shame". */
const TURN =
  /(?:^|[\s,.;:!-])(?:but|however|unfortunately|sadly|except|although|though|only (?:thing|problem|issue|downside) (?:is|was)|(?:what a |such a |it'?s a )?shame|pity)\b/i;

/** A parcel that has not come: "never arrived", "still hasn't turned up", "went missing". */
const NOT_ARRIVED =
  /\b(?:never (?:arrived|came|showed up|turned up|got here|was delivered)|(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|still not|still hasn'?t) (?:yet )?(?:arrived|come|came|shown up|turned up|been delivered|got here)|not (?:arrived|delivered|here) yet|(?:is|was|got) lost|went missing)\b/i;

/** Words of praise before the turn: without them, "I transferred money but…" praises nothing. */
const PRAISE =
  /\b(?:love[ds]?|loving|adore|great|amazing|awesome|excellent|brilliant|fantastic|perfect|superb|wonderful|lovely|gorgeous|beautiful|stunning|incredible|impressed|happy with|pleased with|delighted|thrilled|fab(?:ulous)?|best|good)\b/i;

/** The confidence the trouble is read with. */
const TROUBLE_CONFIDENCE = 0.7;

/** Whether the words tell trouble with goods: not arrived, damaged, faulty, wrong. */
export function tellsTrouble(text: string): boolean {
  return goodsProblem(text) !== null || NOT_ARRIVED.test(text.replace(/[‘’]/g, "'"));
}

/**
 * The reading with the trouble leading, when praise was read as what the message is and
 * trouble is told beside it; the reading as it was otherwise (praise alone, irony, trouble
 * already leading).
 */
export function troubleBesidePraise(r: IntentEnrichment, text: string): IntentEnrichment {
  // Also when the whole reads as the trouble but its parts only as praise and chatter.
  const parts = r.requests ?? [];
  const praising = PRAISE_READINGS.has(r.intent) ||
    (parts.length > 0 && parts.every((q) => PRAISE_READINGS.has(q.intent)));
  if (!praising || r.source === "conversation") return r;
  const turn = TURN.exec(text);
  if (!turn || ironicPraise(text)) return r;
  const start = turn.index + (turn[0].length - turn[0].trimStart().length);
  const told = text.slice(start);
  const praise = text.slice(0, start).replace(/[\s,.;:!-]+$/, "");
  if (!tellsTrouble(told) || tellsTrouble(praise) || !PRAISE.test(praise)) return r;
  const trouble: IntentRequest = {
    intent: "delivery_problem",
    confidence: TROUBLE_CONFIDENCE,
    text: told,
    start,
    end: text.length,
  };
  const praised: IntentRequest = {
    intent: "feedback",
    confidence: TROUBLE_CONFIDENCE,
    text: praise,
    start: 0,
    end: praise.length,
  };
  const others = (r.requests ?? []).filter((q) => !PRAISE_READINGS.has(q.intent));
  return {
    ...r,
    intent: "delivery_problem",
    confidence: Math.max(TROUBLE_CONFIDENCE, r.confidence),
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== "delivery_problem").slice(0, 3),
    requests: [trouble, ...others.filter((q) => q.intent !== "delivery_problem"), praised]
      .slice(0, 3),
  };
}

/** "My order is late", "it's running late": trouble now, which the order's news answers. */
const STILL_LATE =
  /\b(?:is|are|'s|still|running|been)\s+(?:\w+\s+)?(?:late|delayed|slow)\b|\b(?:hasn'?t|has not|not)\s+(?:arrived|come|shipped)\b/i;

/** Readings a past let-down beside praise is misread as: trouble to act on. */
const LET_DOWN_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "delivery_problem",
  "complaint",
  "order_status",
  "shipping_options",
  "other",
]);

/**
 * "Love the shoes but delivery took forever", "the espresso machine is great but it took
 * ages to arrive. anyway where are my headphones?": praise and a let-down already past
 * (`mixedFeedback`), in the whole or in a part, is feedback to thank and own — not a late
 * parcel to chase ("UPS shows it delivered… check with neighbours") or a supervisor's review.
 * What else the message asks stays asked.
 */
export function mixedAsFeedback(r: IntentEnrichment, text: string): IntentEnrichment {
  if (r.source === "conversation") return r;
  const past = (t: string) => (mixedFeedback(t) || lukewarmReview(t)) && !STILL_LATE.test(t);
  const parts = r.requests ?? [];
  const turned = parts.map((q) =>
    LET_DOWN_MISREAD.has(q.intent) && past(q.text)
      ? { ...q, intent: "feedback" as const, confidence: TROUBLE_CONFIDENCE }
      : q
  );
  const unsure = r.intent === "feedback" && r.confidence < TROUBLE_CONFIDENCE;
  const whole = (LET_DOWN_MISREAD.has(r.intent) || unsure) && past(text);
  // "Great keyboard, shame the delivery was a nightmare. also how do i pay?": the part read
  // too weakly to be a request is still said, and answered.
  const unread = whole
    ? []
    : splitRequests(text).filter((p) =>
      past(p.text) && !turned.some((q) => q.start < p.end && p.start < q.end)
    ).map((p) => ({ ...p, intent: "feedback" as const, confidence: TROUBLE_CONFIDENCE }));
  turned.push(...unread.slice(0, Math.max(0, 3 - turned.length)));
  if (!whole && turned.length === parts.length && turned.every((q, i) => q === parts[i])) return r;
  // The first request that still asks something leads; else the whole is the feedback.
  const asking = turned.filter((q) => q.intent !== "feedback");
  const lead = whole || asking.length === 0 ? null : asking[0];
  const intent: Intent = lead ? lead.intent : "feedback";
  const requests = lead ? [lead, ...turned.filter((q) => q !== lead)] : turned;
  return {
    ...r,
    intent,
    confidence: lead ? lead.confidence : TROUBLE_CONFIDENCE,
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== intent).slice(0, 3),
    requests: requests.length > 0 && !whole
      ? requests
      : [{ intent, confidence: TROUBLE_CONFIDENCE, text, start: 0, end: text.length }],
  };
}

/** "Please where are my headphones 😩": a where-question behind a plea or a "but". */
const WHERE_ASKED =
  /^(?:(?:but|so|and|please|pls|plz|just|now)\b[\s,]*)*(?:where(?:'s| is| are|s)?|any (?:news|update)s? on)\b/i;

/**
 * "I love you guys but please where are my headphones 😩": the part that asks where the goods
 * are was read as praise too (the plea and the face beside it), and only the praise was
 * answered. A part read as feedback that asks where something is, is where it is.
 */
export function whereBesidePraise(r: IntentEnrichment): IntentEnrichment {
  const parts = r.requests ?? [];
  if (r.source === "conversation" || parts.length < 2) return r;
  const asked = parts.findIndex((q) => q.intent === "feedback" && WHERE_ASKED.test(q.text));
  if (asked < 0) return r;
  const where: IntentRequest = {
    ...parts[asked],
    intent: "order_status",
    confidence: TROUBLE_CONFIDENCE,
  };
  const rest = parts.filter((_, i) => i !== asked);
  return {
    ...r,
    intent: "order_status",
    confidence: TROUBLE_CONFIDENCE,
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== "order_status").slice(0, 3),
    requests: [where, ...rest],
  };
}
