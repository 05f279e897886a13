/**
 * A problem announced ("Hi, I have an issue", "something's wrong with my stuff") and then only
 * the goods or the order named ("the milk frother", "the shoes", "ORD-1002"): nothing is said
 * yet of what went wrong. The delivered order was taken for one that never came (check with
 * the neighbours, a supervisor proposed), the one not shipped got "I couldn't check the
 * tracking". The reply says where the order stands in one line and asks what went wrong —
 * one short question, nothing proposed. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { formatDate, itemsText } from "../../domain/format.ts";
import { goodsProblem } from "../../domain/problems.ts";
import { linesNamed } from "../../domain/item_words.ts";
import { asking, type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Words that say something of the trouble (or ask a request): the message is no bare name. */
const SAYS_MORE =
  /\b(?:never|not|no|nothing|n't|nt|didn|hasn|haven|wasn|isn|aren|won|cant|missing|lost|where|when|late|delay\w*|stolen|arriv\w*|came|come|deliver\w*|receiv\w*|got|get|broke\w*|broken|damag\w*|wrong|work\w*|noise|leak\w*|crack\w*|refund|return|replace\w*|cancel|change|send|sent|track\w*|faulty|dead|smell\w*|size|colou?r|late|still|yet|status|help|why|how|what)\b/i;

/** Whether the message only names goods or an order ("the kitchen one", "it's the frother"). */
export function onlyNamesGoods(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  if (words.length === 0 || words.length > 9 || /\?/.test(text)) return false;
  // "It doesnt froth anymore": a negation glued on says what is wrong.
  return !SAYS_MORE.test(text) && !/\b\w+n'?t\b/i.test(text) && goodsProblem(text) === null;
}

/** The goods of the order the message names ("the milk frother"), else "it". */
function goodsNamed(v: TurnView, order: OrderView): string {
  const skus = new Set([
    ...v.entities.products.map((p) => p.sku),
    ...(v.entities.item_refs ?? []).flatMap((r) => (r.sku ? [r.sku] : [])),
    ...linesNamed(v.text, order.items).map((l) => l.sku),
  ]);
  const lines = order.items.filter((it) => skus.has(it.sku));
  // "The espresso order" names the order by one of its goods, not that one line.
  const ofOrder = /\border\b/i.test(v.text) && order.items.length > 1;
  if (lines.length === 1 && !ofOrder) return `the ${lines[0].name}`;
  return order.items.length === 1 ? `the ${order.items[0].name}` : "it";
}

/**
 * The reply when a problem was announced before and this turn only names the order or its
 * goods, or null (a problem said, a parcel on its way, nothing announced before).
 */
export function problemUnsaid(v: TurnView): Draft | null {
  const order = v.context?.order;
  if (!order || v.pending || v.guest || v.intent !== "delivery_problem") return null;
  // "The frother" after "which one is it?": the fault asked about carries on.
  if (v.asked?.slot === "items") return null;
  if (!onlyNamesGoods(v.text)) return null;
  // The problem was announced before (the request waits), not said now.
  if (!v.unanswered?.includes("delivery_problem") && v.lastIntent !== "delivery_problem") {
    return null;
  }
  if (order.reported_issue) return null;
  // "The wall clock that just arrived is cracked" → "which order?" → "ORD-11081": the problem
  // was said before, only the order was missing.
  const before = [v.said ?? "", v.asked?.text ?? ""];
  if (before.some((t) => goodsProblem(t) !== null || saysNotReceived(t))) return null;
  const goods = goodsNamed(v, order);
  if (order.status === "delivered") {
    const label = `${order.id} (${itemsText(order)})`;
    const when = order.delivered_at ? ` on ${formatDate(order.delivered_at, v.now)}` : "";
    return draft("problem_unsaid_delivered", "empathetic", [
      `I can see order ${label} was delivered${when}.`,
      `What's gone wrong with ${goods}?`,
    ]);
  }
  return unsentProblemAsked(order);
}

/**
 * A problem with an order not shipped yet, nothing said of what ("I have a problem" with one
 * order being prepared): where it stands and what went wrong asked — not "I couldn't check
 * the tracking", which it has none of. Null for an order that has shipped.
 */
export function unsentProblemAsked(order: OrderView): Draft | null {
  if (order.status !== "pending" && order.status !== "processing") return null;
  if (order.tracking_number) return null;
  return draft("problem_unsaid_unsent", "empathetic", [
    `Order ${order.id} (${itemsText(order)}) hasn't shipped yet — it's still being prepared, so ` +
    "it can still be changed or cancelled.",
    "What's gone wrong with it?",
  ]);
}

/**
 * Words that say a delivered parcel never reached them ("never came", "not here", "missing",
 * "stolen"): only then is a delivered order searched for at the door.
 */
const NOT_RECEIVED =
  /\b(?:never|not|nothing|no (?:sign|parcel|package|box)|missing|stolen|where(?:'s| is)?|can'?t find|cannot find|empty|lost|wrong (?:address|house|door)|someone else)\b|n'?t\b/i;

/** Whether the message says the goods never reached them (a delivered order's search). */
export function saysNotReceived(text: string): boolean {
  return NOT_RECEIVED.test(text);
}

/**
 * "Something's wrong with the stuff i got" of a delivered order: nothing said of what, and
 * nothing said of its not coming — asked, not searched for at the neighbours'.
 */
export function deliveredProblemAsked(v: TurnView, order: OrderView, open: string): Draft {
  const when = order.delivered_at ? ` on ${formatDate(order.delivered_at, v.now)}` : "";
  return draft("problem_unsaid_delivered", "empathetic", [
    open,
    `I can see order ${order.id} (${itemsText(order)}) was delivered${when}.`,
    `What's gone wrong with ${goodsNamed(v, order)}?`,
  ]);
}

/** "One of them", "one of the things", "something in it": one line of several, not said which. */
const ONE_OF =
  /\b(?:one of (?:them|the (?:items|things|two|products|pieces))|one thing|something in (?:it|there|the (?:box|order|parcel)))\b/i;

/**
 * "One of them doesn't work" of an order of several lines, none named: which of them is asked
 * (the answer carries the fault on, as a missing item's does), not the whole order refunded.
 */
export function faultWhich(
  v: TurnView,
  tone: Tone,
  o: { order: OrderView; meant: readonly OrderView["items"][number][]; open: string },
): Draft | null {
  const { order, meant, open } = o;
  if (meant.length > 0 || order.items.length < 2 || !ONE_OF.test(v.text)) return null;
  if (goodsProblem(v.text) === "wrong_or_missing" || v.asked?.slot === "items") return null;
  const names = order.items.map((l) => `the ${l.name}`);
  const choice = names.length === 2 ? names.join(" or ") : null;
  return asking(
    draft("delivery_fault_which", tone, [
      open,
      choice
        ? `Which one is it — ${choice}?`
        : `Which of them is it? Order ${order.id} has ${itemsText(order)}.`,
    ]),
    { slot: "items", intent: "delivery_problem", order_id: order.id, text: v.text },
  );
}
