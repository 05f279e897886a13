/**
 * A change let go before its yes, by name: "forget the headphones, my nephew wants them" while
 * the shoes' return waits and the headphones' cancellation was put off behind it — the one put
 * off is dropped, the one waiting asked again; "scrap the headphones cancellation", "drop the
 * cancellation" while that cancellation waits — a no to it (it had been proposed again, and a
 * yes cancelled what they meant to keep). Pure.
 */
import type { DeferredRequest, Intent, PendingAction } from "../shared/protocol.ts";

/** Words that let a change go: "forget", "scrap", "leave", "never mind", "don't", "keep". */
const LET_GO =
  /\b(?:forget|scrap|scratch|skip|drop|ditch|leave|never ?mind|nvm|no need for|don'?t|dont|do not|keep|hold off on)\b/i;
/**
 * A yes, or another change in its place: read elsewhere ("yes but…", "…, refund instead"), and
 * a turn back to yes ("don't cancel... actually yes", which the confirmation reader weighs).
 */
const NOT_ONLY_LET_GO =
  /^\s*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|go ahead)\b|\b(?:instead|rather)\b|\?|\b(?:actually|wait|on second thoughts?)\b[\s,.!]*(?:yes|yeah|yep|do it|go ahead)\b/i;

/** The words that name each kind of change. */
const KIND: Partial<Record<Intent, RegExp>> = {
  cancel_order: /\bcancel(?:lation|ling|ing|led)?\b/i,
  return_item: /\breturn(?:ing)?\b/i,
  refund_request: /\brefund(?:ing)?\b/i,
  change_address: /\baddress(?: change)?\b/i,
  shipping_options: /\b(?:speed(?:ing)? up|speed-up|express|expedit\w*|upgrade)\b/i,
  delivery_problem: /\breplacement\b/i,
};

/** The kind of change each waiting action is. */
const KIND_OF: Readonly<Record<string, Intent>> = {
  cancel_order: "cancel_order",
  refund: "refund_request",
  replacement: "delivery_problem",
  return_item: "return_item",
  return_label: "return_item",
  change_address: "change_address",
  expedite_order: "shipping_options",
  expedite_delivery: "shipping_options",
};

/** Words of a request that name no goods: verbs, fillers, the order itself. */
const NOT_GOODS = new Set(
  ("also cancel cancelling cancellation order orders please could would should that this them " +
    "then those these with from your just want have like thanks thank while there what when " +
    "where which other return returning refund change address speed send make actually instead " +
    "again still really need give take remove replace replacement delivery item items thing " +
    "stuff well okay the and can you too as")
    .split(" "),
);

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4)
    .map((w) => w.length > 4 && w.endsWith("s") ? w.slice(0, -1) : w);
}

/** "Just the refund", "only 1003": a pick of one change (`actors/nlu/deferred_pick.ts`). */
const PICKS = /\b(?:just|only)\b/i;

/**
 * The words from the first that lets something go ("forget the headphones, …"): what it lets
 * go is named after it ("just the refund, keep 1003" keeps 1003, lets go of no refund); null
 * when none does, or the message says yes, picks, or asks something else instead.
 */
function letsGo(text: string): string | null {
  const m = LET_GO.exec(text);
  if (!m || NOT_ONLY_LET_GO.test(text) || PICKS.test(text)) return null;
  return text.slice(m.index);
}

/**
 * The change put off that the words let go of, by its goods (words of its request the
 * waiting change's summary lacks) or its kind (when the waiting one is of another kind);
 * null unless exactly one is.
 */
export function deferredLetGo(
  text: string,
  pending: PendingAction | null,
  deferred: readonly DeferredRequest[],
): DeferredRequest | null {
  const after = pending && deferred.length > 0 ? letsGo(text) : null;
  if (!pending || !after) return null;
  const said = new Set(words(after));
  const waiting = new Set(words(pending.summary));
  const waitingKind = KIND_OF[pending.action.type];
  const named = deferred.filter((d) => {
    const goods = words(d.text).filter((w) => !NOT_GOODS.has(w) && !waiting.has(w));
    if (goods.some((w) => said.has(w))) return true;
    const kind = KIND[d.intent];
    return d.intent !== waitingKind && kind !== undefined && kind.test(after) &&
      !(waitingKind && KIND[waitingKind]?.test(text));
  });
  return named.length === 1 ? named[0] : null;
}

/**
 * Whether the words let go of the waiting change by its own name ("scrap the headphones
 * cancellation", "drop the return") and name no other kind of change.
 */
export function pendingLetGo(text: string, pending: PendingAction | null): boolean {
  const after = pending ? letsGo(text) : null;
  const kind = pending ? KIND_OF[pending.action.type] : undefined;
  if (!after || !kind || !KIND[kind]?.test(after)) return false;
  // "Keep the cancellation", "don't forget the return": the change kept, not let go.
  const kept = /\b(?:keep|don'?t forget|do not forget)\s+(?:the |my |that )?(\w+)/i.exec(text);
  if (kept && KIND[kind]?.test(kept[1])) return false;
  return !Object.entries(KIND).some(([k, re]) => k !== kind && re.test(text));
}
