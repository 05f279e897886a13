/**
 * A yes to two changes asked in one message ("refund the vacuum and replace the mixer"): one
 * is proposed and the other put off behind it (`domain/deferred.ts`). "Yes to both",
 * "proceed with both", "do both please" is a yes to the one proposed that takes the one put
 * off too; "just the first one", "do the refund but not the replacement", "only the
 * cancellation" is a yes to the one proposed alone, and the one put off is let go. Pure.
 */
import type { ActionType, DeferredRequest, Intent } from "../shared/protocol.ts";

/** Both, all of them: every change asked. */
const BOTH = /\b(?:both|all (?:of )?(?:them|those|these|it|that)|the two|each of them|all two)\b/i;
/** Words of consent a yes to both is said with ("yes", "proceed", "go ahead", "do"). */
const CONSENT =
  /^(?:(?:yes|yeah|yep|yup|ya|ok|okay|sure|please|pls|plz|kindly|proceed|go ahead|go for|do|confirm(?:ed)?|fine|absolutely|definitely|perfect|great|lovely|thanks|thank you|and|with|to|for|on|the|them|those|these|it|that|of|both|all|two|each|i|would|like|you|can|could|may|please do|sounds good|that's|thats|is|good|right|correct|one|ones)\b[\s,.!:;-]*)+$/i;
/** A doubt, a no or a question: no yes to both. */
const DOUBT =
  /[?]|\b(?:not|no|nope|don'?t|dont|never|but|only|just|instead|either|which|or|wait|hold)\b|n't/i;

/** The most words a yes to both has. */
const MAX_WORDS = 12;

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Whether the reply says yes to every change asked: "yes to both", "proceed with both". */
export function yesToBoth(text: string): boolean {
  const t = text.trim().replace(/[\p{Extended_Pictographic}]/gu, " ");
  if (!t || words(t) > MAX_WORDS || DOUBT.test(t) || !BOTH.test(t)) return false;
  return CONSENT.test(t.replace(/[.!]+$/, ""));
}

/** "Neither", "no to both", "none of them": a no to every change asked. */
const NEITHER =
  /\b(?:neither|none of (?:them|those|these|it)|no to both|not both|forget both|skip both|both no|no both|nothing (?:at all|for now))\b/i;

/** Whether the reply says no to every change asked: "no, neither actually". */
export function noToBoth(text: string): boolean {
  return words(text) <= MAX_WORDS && !/[?]/.test(text) && NEITHER.test(text);
}

/** The words that name each kind of change proposed. */
const PROPOSED: Partial<Record<ActionType, RegExp>> = {
  refund: /\b(?:refund|money back)\b/i,
  replacement: /\b(?:replacement|replace|new one)\b/i,
  cancel_order: /\bcancel(?:lation|ling|ing|led)?\b/i,
  return_item: /\breturn\b/i,
  expedite_order: /\b(?:speed(?:ing)? up|express|expedite|faster|upgrade)\b/i,
  expedite_delivery: /\b(?:speed(?:ing)? up|express|expedite|faster|upgrade)\b/i,
  change_address: /\baddress\b/i,
};

/** The words that name each kind of change put off. */
const PUT_OFF: Partial<Record<Intent, RegExp>> = {
  refund_request: PROPOSED.refund,
  return_item: PROPOSED.return_item,
  cancel_order: PROPOSED.cancel_order,
  shipping_options: PROPOSED.expedite_order,
  change_address: PROPOSED.change_address,
  delivery_problem: PROPOSED.replacement,
};

/** "Just the first", "the first one only": the change proposed first, alone. */
const FIRST_ONLY =
  /\b(?:just|only)\s+(?:do\s+|go with\s+|the\s+)?(?:the\s+)?first\b|\bfirst\s+(?:one\s+)?only\b/i;
/** "Just", "only": the one named and not the other. */
const ONLY = /\b(?:just|only)\b/i;
/** "Not the replacement", "no replacement", "skip the replacement", "forget the replacement". */
const SET_ASIDE =
  /\b(?:not|no|skip|forget|drop|without|leave|hold off on|don'?t (?:do|need|want))\s+(?:the\s+|a\s+|any\s+)?$/i;
/** A question or a second thought: never a pick. */
const QUESTION = /[?]|\b(?:both|instead|rather|either|second|wait)\b/i;
/** The most words such a pick has. */
const MAX_PICK_WORDS = 14;

/**
 * Whether the reply keeps the change proposed and lets the one put off go: "just the first
 * one", "do the refund but not the replacement", "only the cancellation please".
 */
export function keepsOnlyProposed(
  text: string,
  proposed: ActionType,
  putOff: readonly DeferredRequest[],
): boolean {
  const t = text.trim();
  const waiting = putOff.filter((d) => !d.raised);
  if (!t || waiting.length === 0 || words(t) > MAX_PICK_WORDS || QUESTION.test(t)) return false;
  if (FIRST_ONLY.test(t)) {
    return !/\b(?:not|don'?t|dont|no)\b/i.test(t.replace(/\bnot\s+the\s+\w+/gi, ""));
  }
  const own = PROPOSED[proposed];
  if (!own) return false;
  const mine = own.exec(t);
  if (!mine) return false;
  // The change put off named too: only when it is set aside ("but not the replacement").
  for (const d of waiting) {
    const other = PUT_OFF[d.intent];
    if (!other || other.source === own.source) continue;
    const m = other.exec(t);
    if (m && !SET_ASIDE.test(t.slice(0, m.index))) return false;
    if (m) return !negated(t.slice(0, mine.index));
  }
  return ONLY.test(t.slice(0, mine.index)) && !negated(t.slice(0, mine.index));
}

/** Whether a no stands right before the words of the change ("don't do the refund"). */
function negated(before: string): boolean {
  return /\b(?:not|no|don'?t|dont|never|skip|forget|cancel)\s+(?:\w+\s+)?(?:the\s+)?$/i.test(
    before,
  );
}
