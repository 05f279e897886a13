/**
 * "Actually no wait, make it 2 more", "oops I meant 4", "no I said 2", "can you undo that"
 * right after a change of items was carried out: the corrected change is proposed for its own
 * yes — from the count the order has now to the one the customer meant, said plainly —
 * never made at once, never read as a plain no. Pure.
 */
import { doneCorrection } from "../../domain/done_correction.ts";
import { canChange } from "../../domain/eligibility.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** "I said 2", "I asked for 2": the count of the request, not the order's count. */
const SAID = /\bi (?:said|asked for|wanted|wrote)\b/i;
/** Words that make a bare count a count in all: "4 in total". */
const IN_ALL = /\b(?:in (?:all|total)|total|altogether|overall)\b/i;

/** The corrected change of the items just changed, or null when the turn corrects nothing. */
export function doneItemsCorrection(v: TurnView, tone: Tone): Draft | null {
  const done = v.done;
  if (!done || done.type !== "modify_items" || !done.items?.length || v.pending) return null;
  const asked = doneCorrection(v.text);
  if (!asked) return null;
  const c = v.context;
  const order = [c?.order, ...(c?.orders ?? [])].find((o) => o?.id === done.order_id) ?? null;
  if (!order) return null;
  // The line corrected: the one changed, or of several the one the message names.
  const lower = v.text.toLowerCase();
  const named = done.items.filter((l) =>
    l.name.toLowerCase().split(/\s+/).some((w) => w.length > 3 && lower.includes(w))
  );
  const line = done.items.length === 1 ? done.items[0] : named.length === 1 ? named[0] : null;
  if (!line) return null;
  // "Put the shoes back": only when the goods named are the line changed.
  if (asked.kind === "undo" && asked.goods && !namesLine(asked.goods, line.name)) return null;
  const now = order.items.find((x) => x.sku === line.sku)?.quantity ?? line.to;
  const e = canChange(order, "changing its items is", v.now);
  if (!e.ok) {
    return draft("modify_refused", tone, [
      `I'm sorry, I can't change it again: ${e.rule}`,
    ]);
  }
  let target: number;
  let why = "";
  if (asked.kind === "undo") {
    if (line.from === null) return null;
    target = line.from;
    why = ", as it was before";
  } else if (
    asked.kind === "relative" ||
    // "No I said 2" after one was added to 2: the count before, so 2 more is meant.
    (line.from !== null && asked.n === line.from && line.to > line.from &&
      SAID.test(v.text) && !IN_ALL.test(v.text))
  ) {
    const base = line.from ?? now;
    target = Math.max(0, base + asked.n);
    why = line.from !== null
      ? ` — ${Math.abs(asked.n)} ${asked.n < 0 ? "fewer" : "more"} than the ${line.from} it had ` +
        "before"
      : "";
  } else {
    target = asked.n;
  }
  if (target === now) {
    return draft("modify_same", tone, [
      `Order ${order.id} already has ${now}× ${line.name}, so there's nothing to change.`,
      "Would you like a different number?",
    ]);
  }
  const change = target === 0
    ? `remove the ${line.name}`
    : `change the ${line.name} from ${now} to ${target}${why}`;
  return draft("modify_proposed", tone, [
    opener(v, tone),
    `Of course. I can change order ${order.id} again: ${change}.`,
    "The new total and any difference in payment are settled automatically.",
    confirmPrompt(v),
  ], [
    propose("modify_items", order.id, {
      items: [{ sku: line.sku, quantity: target, name: line.name }],
    }),
  ]);
}

/** Whether the words ("shoes", "water bottles") name the line ("Trail Running Shoes"). */
function namesLine(goods: string, name: string): boolean {
  const own = name.toLowerCase().split(/\s+/).map((w) => w.replace(/s$/, ""));
  return goods.split(/\s+/).some((w) => w.length > 2 && own.includes(w.replace(/s$/, "")));
}
