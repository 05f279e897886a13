/**
 * "Cancel just the water bottles from my order": part of an order that hasn't shipped, not
 * all of it. Cancelling the whole order would take the shoes too, so what is proposed is the
 * change of its items that removes those lines; the rest of the order stays ("sure but not the
 * shoes": the lines other than those named go). Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { linesNamed } from "../../domain/item_words.ts";
import { allButKept } from "../../domain/all_but.ts";
import { unitsMeant } from "../../domain/units_meant.ts";
import { linesText } from "./return_items.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { asking, type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/**
 * Words that make the items named a part of the order: "just", "only", "from my order", "the
 * bottles on 1003".
 */
const PART =
  /\b(?:just|only)\b|\b(?:from|in|out of|off) (?:my |the |this |that )?(?:\w+ )?order\b|\b(?:from|on|in|off) (?:order )?(?:#|ord-?)?\d{4}\b|\bkeep(?:ing)? the\b/i;

/**
 * The lines kept: "keep the shoes", "I only want the shoes", "…, just the shoes" — never
 * "…, just remove the stoves", where what follows "just" is what goes.
 */
const KEPT =
  /\b(?:keep(?:ing)?|(?:i )?(?:only|just) (?:want|need)|(?:[,;]|\bbut) (?:just|only))\s+(?!(?:remove|cancel|take|drop|delete|lose|ditch|get rid)\b)(?:the |my )?([^,.;!?]+)/i;

/** A yes narrowed by "but only" / "but just": the goods after it are the part meant. */
const YES_BUT_ONLY =
  /^\s*(?:yes|yeah|yep|yup|ok(?:ay)?|sure|fine)\b[\s,.!]*(?:but\s+)?(?:only|just)\s+(?:the|my)\b/i;

/** "The shoes one", "that espresso one": an order called by its goods and "one". */
const ORDER_BY_GOODS = /\b(?:the|my|that|this)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+one\b/i;

/**
 * The proposal to remove the lines a cancellation names, or null when it names none, all of
 * them, or says nothing that makes them a part ("cancel the order with the shoes" is all).
 */
export function partialCancel(v: TurnView, tone: Tone, order: OrderView): Draft | null {
  // "Cancel the bottles" names a line, not the order: with no word of an order, a part.
  const noOrder = !/\border\b|\bord-?\d|\b\d{4}\b/i.test(v.text);
  // "Cancel the shoes one" after the orders were listed: the order with the shoes, whole.
  const one = ORDER_BY_GOODS.exec(v.text);
  if (one && linesNamed(one[1], order.items).length > 0 && !PART.test(v.text)) return null;
  if (order.items.length < 2 || !(PART.test(v.text) || noOrder)) return null;
  const lines = linesNamed(v.text, order.items);
  if (lines.length === 0) return PART.test(v.text) ? goodsNotOrdered(v, tone, order) : null;
  // "Just the bottles, keep the shoes": the lines kept are not the ones cancelled.
  // "I don't want the bottles anymore, just the shoes": so are those wanted alone.
  // "Yes but only the shoes" to the whole order's cancellation: the shoes are what goes.
  const kept = YES_BUT_ONLY.test(v.text) ? "" : KEPT.exec(v.text)?.[1] ?? "";
  // "Sure but not the shoes": all the others go.
  const allBut = allButKept(v.text);
  const spared = allBut ? linesNamed(allBut, order.items) : [];
  const gone = spared.length > 0
    ? order.items.filter((l) => !spared.includes(l))
    : kept
    ? keptOut(lines, kept, order)
    : lines;
  if (gone.length === 0 || gone.length === order.items.length) return null;
  // "Cancel one of the two bottles": that many units off the line, the others stay.
  const units = gone.length === 1 ? unitsMeant(v.text, gone[0].quantity) : null;
  if (units !== null) return unitsOff(v, tone, order, gone[0], units);
  return draft("cancel_part_proposed", tone, [
    opener(v, tone),
    `Order ${order.id} hasn't shipped yet, so I can remove ${linesText(gone)} from it; the ` +
    "rest of the order stays as it is.",
    "The new total and any difference in payment are settled automatically.",
    confirmPrompt(v),
  ], [
    propose("modify_items", order.id, {
      items: gone.map((l) => ({ sku: l.sku, quantity: 0, name: l.name })),
    }),
  ]);
}

/**
 * The lines that go when some are kept: those named and not kept ("just the bottles, keep the
 * shoes"), else — every line named is kept ("yes cancel it but keep the shoes") — all the
 * order's other lines.
 */
function keptOut(lines: OrderView["items"], kept: string, order: OrderView): OrderView["items"] {
  const isKept = (l: OrderView["items"][number]) => linesNamed(kept, [l]).length > 0;
  const named = lines.filter((l) => !isKept(l));
  return named.length > 0 ? named : order.items.filter((l) => !isKept(l));
}

/** The proposal to take `units` of a line off an unshipped order, the rest of it kept. */
function unitsOff(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  line: OrderView["items"][number],
  units: number,
): Draft {
  const left = line.quantity - units;
  return draft("cancel_part_proposed", tone, [
    opener(v, tone),
    `Order ${order.id} hasn't shipped yet, so I can change the ${line.name} from ` +
    `${line.quantity} to ${left}; the rest of the order stays as it is.`,
    "The new total and any difference in payment are settled automatically.",
    confirmPrompt(v),
  ], [
    propose("modify_items", order.id, {
      items: [{ sku: line.sku, quantity: left, name: line.name }],
    }),
  ]);
}

/**
 * "Cancel just the stoves" when no order of theirs has a stove: what the order does hold,
 * and the choice — a line off, or the whole order — asked, nothing proposed. It had proposed
 * cancelling the whole order, and a yes cancelled it. Null when the goods named are theirs
 * somewhere, or none are named.
 */
function goodsNotOrdered(v: TurnView, tone: Tone, order: OrderView): Draft | null {
  const named = [
    ...v.entities.products.map((p) => ({ sku: p.sku, name: p.name })),
    ...(v.entities.item_refs ?? []).flatMap((r) => r.sku ? [{ sku: r.sku, name: r.name }] : []),
  ];
  if (named.length === 0) return null;
  const theirs = (v.context?.orders ?? [order]).flatMap((o) => o.items.map((l) => l.sku));
  if (named.some((g) => theirs.includes(g.sku))) return null;
  const goods = v.entities.products[0]?.name ?? named[0].name;
  // "The bottles then" names the line to take off; "the whole thing then" the order.
  return asking(
    draft("cancel_part_not_ordered", tone, [
      opener(v, tone),
      `I can't find the ${goods} in any of your orders. Order ${order.id} has ` +
      `${linesText(order.items)}, and it hasn't shipped yet.`,
      `I can take one of those off, or cancel the whole order — just tell me which. Nothing ` +
      "has been changed.",
    ]),
    { slot: "items", intent: "cancel_order", order_id: order.id, text: v.text.slice(0, 400) },
  );
}
