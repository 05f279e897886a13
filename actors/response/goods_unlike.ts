/**
 * Delivered goods told unlike what was expected — "the frother is way too small", "the
 * espresso machine looks nothing like the picture": the goods came and work, so it is
 * neither a parcel to look for nor a replacement; what puts it right is a free return of
 * those goods, the refund once they're back. One proposal, for the lines named. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { type GoodsUnlike, goodsUnlike, unlikeReason } from "../../domain/goods_unlike.ts";
import { canReturn, returnDeadline } from "../../domain/eligibility.ts";
import { formatDate, formatMoney } from "../../domain/format.ts";
import { linesMeant } from "./lines_meant.ts";
import { linesNamed } from "../../domain/item_words.ts";
import { asksForWhole } from "../../domain/return_scope.ts";
import { linesText, returnParams } from "./return_items.ts";
import { alternativeFor } from "./alternatives.ts";
import { confirmPrompt } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** One line of an order. */
type Line = OrderView["items"][number];

/** Where one thought of a message ends: "but", "though", a full stop, a line. */
const CLAUSE = /\b(?:but|however|though|although|except)\b|[.;!?\n]+/i;

/**
 * The goods told unlike what was expected: those named in the part that tells it ("the
 * machine is fine but the frother feels cheap": the frother); of several, the one said
 * first ("the frother doesn't fit under the machine's wand": the frother); all when asked.
 */
function unlikeLines(v: TurnView, order: OrderView): Line[] {
  if (asksForWhole(v.text)) return [...order.items];
  const told = v.text.split(CLAUSE).filter((p) => goodsUnlike(p) !== null).join(" . ");
  const inTold = told ? linesNamed(told, order.items) : [];
  const named = inTold.length > 0 ? inTold : linesMeant(v, order);
  if (named.length <= 1) return named;
  const lower = v.text.toLowerCase();
  const at = (l: Line) =>
    Math.min(
      ...l.name.toLowerCase().split(/\s+/).filter((w) => w.length >= 4).map((w) => {
        const i = lower.indexOf(w);
        return i < 0 ? Infinity : i;
      }),
    );
  const first = [...named].sort((a, b) => at(a) - at(b))[0];
  return at(first) === Infinity ? named : [first];
}

/** The free return of the goods named (or the whole order), or the rule when it is too late. */
export function unlikeReturn(
  v: TurnView,
  tone: Tone,
  o: { order: OrderView; kind: GoodsUnlike; open: string },
): Draft {
  const { order, kind, open } = o;
  const meant = unlikeLines(v, order);
  const lines = meant.length > 0 && meant.length < order.items.length ? meant : null;
  const what = lines
    ? linesText(lines)
    : order.items.length === 1
    ? `the ${order.items[0].name}`
    : `order ${order.id}`;
  const from = lines || order.items.length === 1 ? ` from order ${order.id}` : "";
  const told = kind === "fit"
    ? `I'm sorry ${what} ${lines && lines.length > 1 ? "don't" : "doesn't"} fit the way you needed.`
    : `I'm sorry ${what} ${
      lines && lines.length > 1 ? "aren't" : "isn't"
    } what you expected from our listing.`;
  const e = canReturn(order, v.now);
  if (!e.ok) {
    const alt = alternativeFor(v, order, e);
    return draft("goods_unlike_refused", tone, [open, told, e.rule, ...alt.sentences], alt.actions);
  }
  const value = (lines ?? order.items).reduce((n, l) => n + l.price * l.quantity, 0);
  const until = returnDeadline(order);
  return draft("goods_unlike_return", tone, [
    open,
    told,
    `I can start a free return of ${what}${from}: you'll get a prepaid label by ` +
    `email, and once it's back with us we refund ${
      formatMoney(Math.round(value * 100) / 100, order.currency)
    } to your original payment method` +
    (until ? ` (the return window runs until ${formatDate(until, v.now)}).` : "."),
    confirmPrompt(v),
  ], [
    propose("return_item", order.id, {
      reason: unlikeReason(kind),
      ...(lines ? { items: returnParams(lines) } : {}),
    }),
  ]);
}
