/**
 * "Ok no worries", "all good", "it's fine", "nah it's ok" while a change waits for a yes:
 * the customer lets it rest. Neither a yes nor a no in so many words, so nothing is done —
 * but asking "is that a yes or a no?" again reads as not listening. Said back: nothing has
 * changed, and a yes still does it (the change stays theirs to take up). Null otherwise.
 */
import { actionPhrase } from "../../domain/outcomes.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { asking, type Draft, draft, type TurnView } from "./view.ts";

/** Letting it rest: "no worries", "all good", "it's fine", "don't worry about it". */
const LETS_IT_REST =
  /^(?:(?:ok(?:ay)?|oh|ah|alright|right|cool|kk?|yeah|yea|ya|nah|hmm+)\b[\s,.!]*)*(?:no worries|no problem|no probs?|np|all good|it'?s (?:all )?(?:fine|ok|okay|alright|good)|that'?s (?:fine|ok|okay|alright)|don'?t worry(?: about it)?|never ?mind|nvm)(?:[\s,.!]+(?:then|thanks?|thx|ty|mate|anyway|either way))*[\s.!]*$/i;

/** Faces and hands: "🙄 fine" is "fine" said with a face. */
const FACES = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu;
/** "Fine", "whatever", "ok" — taken in, said with a face beside them. */
const TAKEN_IN =
  /^(?:ok(?:ay)?|k|fine|whatever|sure|alright|got it|cool)(?:[\s,.!]+(?:fine|whatever|then))*[\s.!]*$/i;

/** Resigned to news they don't like: "ok thats annoying but fine", "ugh, a shame but ok". */
const RESIGNED =
  /^(?:(?:ok(?:ay)?|oh|ah|ugh+|meh|sigh|well|hmm+)\b[\s,.!]*)*(?:that'?s|thats|it'?s|its|that is|it is|bit|a bit|kinda|pretty|so)?\s*(?:(?:a bit|kinda|pretty|really|so|quite)\s+)?(?:annoying|a shame|shame|frustrating|a pain|a bummer|bummer|unfortunate|not great|not ideal|disappointing|rubbish|meh|sad)\s*,?\s*but\s+(?:fine|ok(?:ay)?|whatever|alright|i'?ll (?:wait|live)|oh well|it is what it is|what can you do|no worries)(?:[\s,.!]+(?:then|thanks?|thx|i guess|i suppose))*[\s.!]*$/i;

/** Whether the message only lets things rest ("ok no worries", "🙄 fine"). */
export function letsItRest(text: string): boolean {
  const bare = text.replace(FACES, " ").trim();
  return LETS_IT_REST.test(bare) || RESIGNED.test(bare) ||
    (bare !== text.trim() && TAKEN_IN.test(bare));
}

/** "Ok thats annoying but fine": news taken in, not happily — said so; null otherwise. */
export function resignedLine(text: string): string | null {
  return RESIGNED.test(text.replace(FACES, " ").trim())
    ? "I understand — sorry it isn't better news. I'm here if you need anything."
    : null;
}

/** The reply to "ok no worries" while a change waits; null for anything else. */
export function settledWhilePending(v: TurnView): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now || !letsItRest(v.text)) return null;
  const name = v.name ? `, ${v.name}` : "";
  return draft("pending_let_rest", "friendly", [
    `No problem${name} — I haven't changed anything.`,
    `If you'd like me to ${actionPhrase(p.action.type, p.action.order_id)} after all, just say ` +
    "yes; otherwise everything stays as it is.",
  ]);
}

/**
 * The clarifying question (`clarify`), noted as our question about the order (`order`) when
 * it asks which of their orders it is about — so that "the shoes one" answers it with the
 * request read, instead of being read on its own (it had become a delivery problem).
 */
export function askingWhichOrder(v: TurnView, d: Draft): Draft {
  const orders = v.context?.orders ?? [];
  const asksWhich = ORDER_INTENTS.has(v.intent) && v.context?.order_lookup === "none" &&
    orders.length > 1;
  if (!asksWhich || d.asks) return d;
  const ids = orders.slice(0, 3).map((o) => o.id);
  return asking(d, { slot: "order", intent: v.intent, order_id: null, orders: ids });
}
