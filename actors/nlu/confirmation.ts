/**
 * Reading a reply to a pending change ("Shall I cancel order ORD-2002?"). Only a clear,
 * unhedged yes acts: every word of it understood, no negation anywhere, no question, no
 * hedge, no second request. A clear no declines; a second request is handled as such;
 * anything else is unclear, and the change stays pending while we ask again.
 */
import type { ActionType, ConfirmationReply, Intent } from "../../shared/protocol.ts";
import { normaliseForRules } from "./rules.ts";
import { endsWithTurnBack } from "./turn_back.ts";
import { yesThenChange } from "./yes_then_change.ts";
import { noAfterOpener } from "./no_after_opener.ts";
import { afterTurnedNo, TOLD_TO_ACT } from "./turned_to_yes.ts";
import { asksForReplacement } from "../../domain/intents.ts";
import { asksGoodsInstead } from "../../domain/send_instead.ts";
import {
  AMBIGUOUS_REPLIES,
  BEYOND,
  CHANGE_OF_MIND,
  EMOJI,
  HEDGES,
  LEADING_HESITATION,
  LONE_AMBIGUOUS,
  RELATED_INTENTS,
  SARCASM,
  SOFT_NO,
  TERMS,
  TERMS_INTENTS,
  URGING_BUT,
} from "./confirmation_cues.ts";
import { canonical, has, type Lexicon, NEGATION, scan, unnegatedYes } from "./confirmation_scan.ts";
import { RESTATING } from "./confirmation_words.ts";
import { lexiconsFor, withOrder } from "./confirmation_lexicons.ts";
import { afterShrug, GO_ON } from "./shrug_yes.ts";
import { afterEcho } from "./echo_question.ts";
import { remindsToInclude } from "../../domain/with_the_rest.ts";
import { asksShippingBack } from "../../domain/shipping_back.ts";
import { comparesRemedies } from "../../domain/remedies_compared.ts";
import { asksLater } from "../../domain/later_asked.ts";

/** An intent and how sure the classifier is of it. */
export interface ScoredRequest {
  intent: Intent;
  confidence: number;
}

/** The reading of one reply: its label, why, and the second request if there is one. */
export interface ConfirmationReading {
  label: ConfirmationReply;
  /** Why, in a few words (for logs, tests and the audit trail). */
  reason: string;
  /**
   * The request read in the reply besides the yes or no: `new_request`, or `affirm` when a
   * clear yes comes first and a change of its own after it ("yes, and return ORD-1002").
   */
  request: ScoredRequest | null;
  /** The words of that request, after a yes (`affirm` only). */
  requestText?: string;
}

/** What `readReplyToPending` needs besides the text. */
export interface ConfirmationOptions {
  /** The change waiting for the customer's answer. */
  pending: { type: ActionType; order_id: string | null };
  /** The intent classifier, to tell a second request in the reply. */
  classify: (text: string) => ScoredRequest;
}

/** Below this confidence a part of the reply is not read as a request of its own. */
export const NEW_REQUEST_MIN_CONFIDENCE = 0.5;

/** Intents that are no request of their own. */
const NOT_REQUESTS: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "deny",
  "small_talk",
  "other",
]);

const SHRUGGED_YES = "the change said after a shrug";
const HEDGE_RE = new RegExp(`(?:^| )(?:${HEDGES.join("|")})(?= |$)`);
const QUESTION = /[?¿？]/;
const HESITATION = /\.{2,}|…/;
const CLAUSE_BREAK = /[,.;:!?¿？…]+|\s[-–—]+\s|[–—]/;
const ORDER_ID = /\bORD-?\s?(\d{3,})\b|\border\s*(?:number|no\.?|nr|#)?\s*#?\s?(\d{3,})\b/gi;

/** What the reply's emoji say. */
interface EmojiSigns {
  yes: boolean;
  no: boolean;
  other: boolean;
}

function emojiSigns(text: string): EmojiSigns {
  const signs = { yes: false, no: false, other: false };
  for (const m of text.matchAll(/\p{Extended_Pictographic}/gu)) {
    if (EMOJI.yes.test(m[0])) signs.yes = true;
    else if (EMOJI.no.test(m[0])) signs.no = true;
    else if (!EMOJI.polite.test(m[0])) signs.other = true;
  }
  return signs;
}

/** The orders a reply names, as `ORD-` ids. */
function orderIds(text: string): string[] {
  return [...text.matchAll(ORDER_ID)].map((m) => `ORD-${m[1] ?? m[2]}`);
}

/** Reads a reply to a pending change: affirm, deny, unclear or new_request. */
export function readReplyToPending(text: string, opts: ConfirmationOptions): ConfirmationReading {
  // "Don't forget the shoes": a reminder of what goes too, not a no to the change.
  if (remindsToInclude(text)) return { label: "unclear", reason: "a reminder", request: null };
  // "And the shipping?" to a refund: whether its fee comes back, a question about the change.
  if (asksShippingBack(text, opts.pending.type)) {
    return { label: "unclear", reason: "asks about the change's shipping fee", request: null };
  }
  // "Oh it's already here? then I want to return it": the echo asks nothing; the rest answers.
  // "Can you do it tomorrow instead?": no timer is kept; the change waits, asked again.
  if (asksLater(text)) return { label: "unclear", reason: "asks for it later", request: null };
  const answered = afterEcho(text);
  if (answered) {
    const reading = readReplyToPending(answered, opts);
    if (reading.label === "affirm" || reading.label === "deny") {
      return { ...reading, reason: `${reading.reason}, after a surprised echo` };
    }
  }
  const both = yesThenChange(text, opts, readReply);
  if (both) return both;
  // "ok do it. actually no.": the last thought is the no.
  if (endsWithTurnBack(text)) {
    return { label: "deny", reason: "a no after turning back", request: null };
  }
  // "no yeah do it", "nah actually go ahead": the no turned round, the change told to go on.
  const turned = afterTurnedNo(text);
  if (turned) {
    const reading = readReplyToPending(turned, opts);
    const told = TOLD_TO_ACT.test(turned) ||
      scan(clausesOf(turned), lexiconsFor(opts.pending.type).yes).some((p) => has(p, "verb"));
    if (reading.label === "affirm" && told) return { ...reading, reason: "a no turned to a yes" };
  }
  // "yeah no, leave it", "oh ok, no don't cancel": a no after an opener; alone it stays unclear.
  const opened = noAfterOpener(text, (rest) => readReplyToPending(rest, opts));
  if (opened) return opened;
  const rest = text.replace(LEADING_HESITATION, "");
  if (rest !== text && rest.trim() !== "") {
    // "hmm, actually don't cancel" withdraws; "hmm… ok" is no consent; "hmm ok fine yes"
    // talks itself into a clear yes.
    const reading = readReplyToPending(rest, opts);
    if (reading.label !== "affirm") return reading;
    return settledYes(rest, opts) || reading.reason === SHRUGGED_YES
      ? { ...reading, reason: "a yes said over after a hesitation" }
      : { label: "unclear", reason: "a yes after a hesitation", request: null };
  }
  const shrugged = afterShrug(text);
  if (shrugged) {
    // "sure whatever, cancel it": consent once the change itself is said after the shrug.
    const reading = readReplyToPending(shrugged, opts);
    const verb = GO_ON.test(shrugged) ||
      scan(clausesOf(shrugged), lexiconsFor(opts.pending.type).yes).some((p) => has(p, "verb"));
    if (reading.label !== "affirm") return reading;
    if (verb) return { ...reading, reason: SHRUGGED_YES };
    return { label: "unclear", reason: "a shrug, then a yes", request: null };
  }
  const after = text.replace(CHANGE_OF_MIND, "");
  if (after !== text && after.trim() !== "") {
    // "actually don't cancel": the no after the turn-back counts; "actually yes" reads as a whole.
    const reading = readReply(after, opts);
    if (reading.label === "deny" || reading.label === "new_request") return reading;
    // "actually yes do it" settles on a yes ("wait, yes" stays unclear).
    if (reading.label === "affirm" && !/^\s*wait\b/i.test(text)) return reading;
  }
  return readReply(text, opts);
}

/** The reply's clauses, each its normalised, canonical words. */
function clausesOf(raw: string): string[][] {
  return raw.split(CLAUSE_BREAK)
    .map((c) => normaliseForRules(c).split(" ").filter((w) => w !== "").map(canonical))
    .filter((c) => c.length > 0);
}

/**
 * After a hesitation, a yes said over: two words of consent or more, one of them a clear
 * yes or the change restated, ending on consent ("ok fine yes", "ok go ahead"). A lone
 * "umm yes" or "hmm ok" stays unclear.
 */
function settledYes(text: string, opts: ConfirmationOptions): boolean {
  const pieces = scan(clausesOf(text), lexiconsFor(opts.pending.type).yes);
  const consent = pieces.filter((p) => has(p, "yes") || has(p, "weak") || has(p, "verb"));
  const last = pieces.filter((p) => !has(p, "filler") && !has(p, "closing")).at(-1);
  return consent.length >= 2 && consent.some((p) => has(p, "yes") || has(p, "verb")) &&
    last !== undefined && consent.includes(last);
}

/** Reads a reply without a leading hesitation or turn-back. */
function readReply(text: string, opts: ConfirmationOptions): ConfirmationReading {
  const read = (
    label: ConfirmationReply,
    reason: string,
    request: ScoredRequest | null = null,
  ) => ({ label, reason, request });
  const raw = text.trim();
  const clauses = clausesOf(raw);
  const words = clauses.flat();
  const norm = words.join(" ");
  const emoji = emojiSigns(raw);
  if (words.length === 0 && !emoji.yes && !emoji.no && !emoji.other) {
    return read("unclear", "no words");
  }
  const pending = opts.pending;
  const lex = lexiconsFor(pending.type);
  const question = QUESTION.test(raw);
  const hesitant = HESITATION.test(raw);
  // "I don't think so", "I guess not" are plain noes, not hedges.
  const hedged = HEDGE_RE.test(norm.replace(SOFT_NO, "").replace(URGING_BUT, ""));
  const negated = words.some((w) => NEGATION.test(w)) || emoji.no;
  const pendingOrder = pending.order_id?.toUpperCase() ?? null;
  const otherOrder = orderIds(raw).some((id) => id !== pendingOrder);

  if (words.length === 1 && LONE_AMBIGUOUS.has(words[0]) && !emoji.yes && !emoji.no) {
    return read("unclear", `"${words[0]}" alone is ambiguous`);
  }
  if (SARCASM.some((re) => re.test(norm))) return read("unclear", "sarcasm");
  if (AMBIGUOUS_REPLIES.some((re) => re.test(norm))) {
    return read("unclear", "restates the change but may withdraw it");
  }

  // Yes: every word understood, at least one that says yes, nothing that takes it back.
  const yes = withOrder(scan(clauses, lex.yes), pending.order_id);
  // A lead-in with none of the change's words after it is not understood.
  const unknown = yes.filter((p, i) =>
    p.tags === null || (has(p, "lead_in") && !(yes[i + 1] && has(yes[i + 1], "verb")))
  );
  const strong = yes.some((p) => has(p, "yes")) || emoji.yes;
  const restated = yes.some((p) => has(p, "verb")) && yes.length > 1;
  const weak = yes.some((p) => has(p, "weak"));
  const foreign = yes.some((p) => has(p, "foreign"));
  const saysYes = strong || restated || weak || foreign;
  const blocked = question
    ? "a question"
    : hesitant
    ? "hesitation"
    : hedged
    ? "a hedge"
    : negated
    ? "a negation"
    : emoji.other
    ? "an emoji that is no yes"
    : otherOrder
    ? "another order"
    : unknown.length > 0
    ? `words beside the yes ("${unknown.map((p) => p.text).join(" ")}")`
    : null;
  if (saysYes && !blocked) {
    if (foreign) {
      const alone = yes.every((p) => has(p, "foreign") || has(p, "foreign_polite"));
      return alone
        ? read("affirm", "a yes in another language, alone")
        : read("unclear", "a yes in another language beside other words");
    }
    if (yes.some((p) => has(p, "foreign_polite"))) {
      return read("unclear", "words of another language beside the yes");
    }
    if (!strong && !restated && yes.some((p) => has(p, "closing"))) {
      return read("unclear", "an acknowledgement, not consent");
    }
    return read("affirm", strong ? "a clear yes" : restated ? "restates the change" : "ok");
  }

  // No: a clear no, with nothing in it that says yes.
  const no = withOrder(scan(clauses, lex.no), pending.order_id);
  const saysNo = no.some((p) => has(p, "no")) || emoji.no;
  const yesInside = emoji.yes || unnegatedYes(no, { weakAnywhere: true });
  const clean = !question && !hesitant && !hedged && !emoji.yes && !otherOrder;
  if (saysNo && clean && !yesInside && no.every((p) => p.tags !== null)) {
    return read("deny", "a clear no");
  }

  // "I'd like a new one please" while a refund or a return waits: the other way, not a maybe.
  if (
    SWITCHES_TO_REPLACEMENT.has(pending.type) && !comparesRemedies(raw) &&
    ((asksForReplacement(raw) && !NO_REPLACEMENT.test(raw)) || asksGoodsInstead(raw, pending.type))
  ) {
    return read("new_request", "asks for a replacement instead", {
      intent: "delivery_problem",
      confidence: 0.9,
    });
  }
  const request = secondRequest(clauses, { ...opts, lead: lex.lead });
  if (request) return read("new_request", "a request of its own", request);
  if (otherOrder) return read("new_request", "names another order", null);

  // "no, I still need it for work": a no with its reason is still a no.
  // A weak word inside the reason ("standard shipping is fine") says nothing of the change.
  const first = no[0];
  const leadsWithNo = first !== undefined && has(first, "no");
  const yesInReason = emoji.yes || unnegatedYes(no, { weakAnywhere: false });
  if (leadsWithNo && clean && !yesInReason) return read("deny", "a no with its reason");

  if (saysYes && saysNo) return read("unclear", "both yes and no");
  if (saysYes && blocked) return read("unclear", `a yes with ${blocked}`);
  if (saysNo) return read("unclear", "a no that is not clear");
  return read("unclear", "neither yes nor no");
}

/**
 * A request besides the yes or no: the reply without its leading yes, no and joining
 * words, cut at "and", "also" and "but", read by the classifier. A question about the
 * pending change itself (its fee, its timing) is none.
 */
function secondRequest(
  clauses: readonly string[][],
  o: ConfirmationOptions & { lead: Lexicon },
): ScoredRequest | null {
  const pieces = scan(clauses, o.lead);
  let start = 0;
  while (start < pieces.length && pieces[start].tags !== null && !has(pieces[start], "verb")) {
    start++;
  }
  const rest = pieces.slice(start).map((p) => p.text).join(" ").trim();
  // "instead", "too", "my other order": whatever it asks reaches beyond the pending change.
  const beyond = BEYOND.test(clauses.map((c) => c.join(" ")).join(" "));
  if (rest === "") return null;
  const parts = [rest, ...rest.split(/ (?:and|also|but|then|plus) /)].filter((p, i, all) =>
    p.trim() !== "" && all.indexOf(p) === i
  );
  let best: ScoredRequest | null = null;
  for (const part of parts) {
    const r = o.classify(part);
    if (NOT_REQUESTS.has(r.intent) || r.confidence < NEW_REQUEST_MIN_CONFIDENCE) continue;
    if (!beyond && aboutPending(r.intent, part, o.pending.type)) continue;
    if (!best || r.confidence > best.confidence) best = r;
  }
  return best;
}

/** Pending changes a replacement is the other way to: the money back or sending it back. */
const SWITCHES_TO_REPLACEMENT: ReadonlySet<ActionType> = new Set<ActionType>([
  "refund",
  "return_item",
]);
/** "no replacement", "don't want a new one": the replacement words turned down. */
const NO_REPLACEMENT =
  /\b(?:no|not|dont|don['’]t|do not|without)\s+(?:want\s+|need\s+)?(?:an?\s+)?(?:replacements?|new one|another one)\b/i;

/** A question that points back at what we proposed: "is it free?", "is that the monitor?". */
const POINTS_BACK = /^(?:is|was|will|would|does|did|can|could) (?:it|that|this)\b/;

function aboutPending(intent: Intent, part: string, type: ActionType): boolean {
  if (RELATED_INTENTS[type]?.includes(intent)) return true;
  if (TERMS.test(part) && TERMS_INTENTS.has(intent)) return true;
  if (POINTS_BACK.test(part)) return true;
  // Its own nouns: "do I have to pay for the label?" about a pending return.
  const nouns = (RESTATING[type] ?? []).filter((w) => /^(?:the|my|an|to) /.test(w));
  return nouns.some((n) => ` ${part} `.includes(` ${n} `));
}
