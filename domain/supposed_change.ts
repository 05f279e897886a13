/**
 * A change to an order the shopper is only weighing: asked about ("what happens if I cancel
 * 1003?", "would I get a full refund if I return the espresso machine?", "should I just cancel
 * it?") or thought aloud ("I'm thinking about returning the frother", "might cancel, not sure
 * yet"). The store answers what would happen for their order and offers the change softly;
 * nothing is pushed and nothing changes without a yes. Read by the decision router (a question
 * of what would happen to an order of theirs is answered from the change, with execution on the
 * route so a later yes finds it) and by the reply (the soft offer). Pure.
 */
import type { Intent } from "../shared/protocol.ts";
import { withoutCondition } from "./condition.ts";

/**
 * How the change is weighed: asked what would happen, asked whether to, thought aloud, or set
 * against the goods sent again ("is it faster to return it or get a replacement?").
 */
export type Weighing = "what_if" | "should" | "thinking" | "compare";

/** The verbs of a change and the intent each names. */
const VERBS: readonly [RegExp, Intent][] = [
  [/^(?:cancel+(?:l?ed|l?ing)?|cancle|call(?:ed)? off)\b/i, "cancel_order"],
  [
    /^(?:return(?:ed|ing)?|sen[dt](?:ing)? (?:[\w-]+ ){0,3}back|ship(?:ped)? (?:it |them )?back)\b/i,
    "return_item",
  ],
  [
    /^(?:(?:ask(?:ed)? for|get|got|request(?:ed)?|take) (?:a |my )?(?:refund|money back)|refund(?:ed)?)\b/i,
    "refund_request",
  ],
  [
    /^(?:change(?:d)?|update(?:d)?) (?:the |my )?(?:delivery |shipping )?address\b/i,
    "change_address",
  ],
];

/** "What happens if I", "what if I", "if I … will/would/do I", "would I … if I". */
const WHAT_IF =
  /\b(?:what (?:happens|would happen|will happen|happens to (?:it|my money|the money|my order))(?: to \w+(?: \w+)?)? (?:if|when) (?:i|we)|what if (?:i|we)|(?:what'?s|what is) the (?:latest|last day|deadline)(?: (?:that|when))? (?:i|we) can (?:still )?|until when (?:can|could) (?:i|we) (?:still )?|how long do (?:i|we) have to (?:still )?|(?:^|[,.;]\s*|\b(?:and|so|but|now|ok)\s+)(?:if|when) (?:i|we) (?:just |decide to |were to |was to |did |do )?(?=\w)|\b(?:would|will|do|does|can|could) (?:i|we) (?:get|have|be|lose|still)\b[^.?!]{0,60}\bif (?:i|we) (?:just |decide to |were to |did )?)/i;

/** "Should I just cancel?", "is it better to return it?", "would it be smarter to cancel?". */
const SHOULD =
  /\b(?:should (?:i|we) (?:just |maybe |rather |probably |still )?|is it (?:better|best|smarter|wiser|worth it) (?:if i |to )|would it be (?:better|best|smarter|wiser) (?:if i |to )|do you think (?:i should |it'?s (?:better|worth it) to )?)(?=\w)/i;

/** "I'm thinking about returning", "might cancel", "considering", "not sure yet", "tempted to". */
const THINKING =
  /\b(?:(?:i'?m|im|i am|been|am|was|i was) (?:kinda |kind of |sort of |really |seriously |half )?(?:thinking (?:about|of)|considering|contemplating|debating(?: whether to)?|toying with(?: the idea of)?|tempted to|leaning towards?)|thinking (?:about|of|i might|i'?ll|i may)|(?:i|we) (?:might|may|could) (?:just |have to |end up |want to )?(?=\w)|maybe (?:i'?ll|i will|i should|i'?d|i can) (?:just )?(?=\w)|(?:kinda|kind of) (?:want|wanna) to|i was (?:going|planning|about|meaning) to (?:maybe )?|^(?:debating|considering|contemplating|thinking (?:about|of)|toying with(?: the idea of)?)(?: whether to| if i should)? |^(?:might|may|maybe|probably (?:gonna|going to)) (?:just )?(?=\w))/i;

/** Words that say the shopper has not decided, whatever the verb. */
export const UNDECIDED =
  /\b(?:not (?:sure|certain|decided)(?: yet)?|haven'?t (?:decided|made up my mind)|undecided|on the fence|in two minds|second thoughts|still deciding|(?:let me|i'?ll|i need to|i have to|gotta) (?:think|sleep on it|decide)|wait and see|hold off|(?:don'?t|dont|do not) know yet|dunno yet|idk yet|for now|maybe (?:later|not(?: yet)?)|not (?:right )?now|some other time)\b/i;

/** A message that states an outright request: the weighing words are only politeness. */
const OUTRIGHT = /\b(?:please|pls|plz|go ahead|just do it|do it now|right now|asap)\b|!/i;

/** The change a phrase at `i` of `t` names (the first verb after the weighing words). */
function changeAt(t: string, i: number): Intent | null {
  const rest = t.slice(i).trimStart().replace(
    /^(?:just |maybe |rather |actually |still |go ahead and |go and |(?:need|want|have|try|decide) to )+/i,
    "",
  );
  for (const [re, intent] of VERBS) if (re.test(rest)) return intent;
  return null;
}

/** Where a pattern starts and ends in the text, for every place it matches. */
function spans(re: RegExp, t: string): [number, number][] {
  const g = new RegExp(re.source, "gi");
  return [...t.matchAll(g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** The clause of `t` from `start`, to its first comma or sentence end after `from`. */
function clauseOf(t: string, start: number, from: number): string {
  const end = t.slice(from).search(/[,.;!?]|\s(?:and|but) (?:will|would|can|does|do|is|are)\b/);
  return t.slice(start, end < 0 ? t.length : from + end).trim();
}

/** "Asking for later, not now", "just curious", "for future reference": only asked. */
const ONLY_ASKING =
  /\b(?:asking for (?:later|the future|future reference)|for (?:future )?reference|not (?:right )?now|just (?:curious|asking|wondering)|out of curiosity|hypothetically|in theory|theoretically)\b/i;

/** "Is it faster to … or …", "would a refund be quicker than a replacement?". */
const COMPARE =
  /\b(?:(?:is it|would it be|which is|which'?s|what'?s|whats|which would be|which one is)\s+(?:faster|quicker|better|easier|sooner|best|fastest|quickest)\b[^?]*\bor\b|(?:faster|quicker|better|easier|sooner)\s+than\b)/i;
/** The goods sent again, one side of the comparison. */
const SENT_AGAIN = /\b(?:replace(?:ment|d)?|new one|exchange|another one)\b/i;
/** The money back, the other side. */
const MONEY_BACK = /\b(?:return(?:ing)?|refund|money back|send(?:ing)? it back)\b/i;

/** The first change a text names anywhere, or null. */
function changeNamed(t: string): Intent | null {
  for (const m of t.matchAll(/\b\w/g)) {
    const intent = changeAt(t, m.index ?? 0);
    if (intent) return intent;
  }
  return null;
}

/** The change the text weighs and how, or null when it names none (or asks outright). */
export function weighedChange(
  text: string,
): { intent: Intent; how: Weighing; clause: string } | null {
  const t = text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  const asked = /\?/.test(t) ||
    /^(?:what|would|should|is|if|do|does|can|could|how|until|when)\b/i.test(t);
  // "Can I cancel 1003? Asking for later, not now": a question only, whatever its words.
  const only = ONLY_ASKING.test(t) ? changeNamed(t) : null;
  if (only) return { intent: only, how: "what_if", clause: t };
  // "Is it faster to return the mixer or to get a replacement?": the two set side by side.
  if (COMPARE.test(t) && SENT_AGAIN.test(t) && MONEY_BACK.test(t)) {
    const first = changeNamed(t);
    if (first) return { intent: first, how: "compare", clause: t };
  }
  for (
    const [re, how] of [[WHAT_IF, "what_if"], [SHOULD, "should"], [THINKING, "thinking"]] as const
  ) {
    if (how !== "thinking" && !asked) continue;
    for (const [start, end] of spans(re, t)) {
      const intent = changeAt(t, end);
      if (!intent) continue;
      if (how === "thinking" && OUTRIGHT.test(t) && !UNDECIDED.test(t)) return null;
      // "If I cancel the water bottles, will the shoes still ship?": the change is the clause's.
      return { intent, how, clause: clauseOf(t, start, end) };
    }
  }
  return null;
}

/** True when the message leaves the decision open ("not sure yet", "maybe I'll wait and see"). */
export function leavesUndecided(text: string): boolean {
  return UNDECIDED.test(text) && !/\b(?:yes|yeah|yep|go ahead|do it)\b/i.test(text);
}

/** Words that only take an answer in: "ok", "i see", "good to know", "cool thanks". */
const NOTED =
  /^\s*(?:(?:ok(?:ay)?|k+|alright|all right|right|i see|got it|gotcha|good to know|cool|great|nice|thanks?|thank you|thx|ty|cheers|understood|makes sense|fair enough|noted|hm+|ah+|oh+|perfect|awesome)[\s,.!]*)+$/i;

/**
 * True when the message only takes in what it was told ("ok", "good to know, thanks"): after
 * a change offered to someone weighing it, that is no yes to it.
 */
export function onlyNoted(text: string): boolean {
  return NOTED.test(text);
}

/** A request's lead before its verb: "please", "just", "can you", "could you please". */
const REQUEST_LEAD =
  /^(?:(?:ok(?:ay)?|so|then|please|pls|plz|just|can (?:you|u)|could (?:you|u)|would (?:you|u)|kindly)[\s,]+)*/i;

/**
 * "Cancel 1003 only if the refund goes back to my card": a change asked for with a condition
 * set on it, which a reading of the whole message may have taken for the condition's subject
 * (a refund). The change and its clause (without the condition), or null.
 */
export function conditionedChange(text: string): { intent: Intent; clause: string } | null {
  const main = withoutCondition(text.replace(/[’‘]/g, "'"));
  if (main === text.trim() || main.length === 0) return null;
  const asked = main.replace(REQUEST_LEAD, "");
  const intent = changeAt(asked, 0);
  return intent ? { intent, clause: main } : null;
}
