/**
 * Which items of an order a return is for: "can I return just the milk frother from
 * ORD-1002? the espresso machine is fine" sends back the frother, not the whole order.
 * Items named in the message and in the order, less those the customer keeps ("the
 * espresso machine is fine", "I'll keep the mixer"); when that leaves some but not all of
 * the order's lines, the return is for those lines. Pure.
 */
import type { ItemReference, OrderView } from "../../shared/protocol.ts";
import { linesNamed, namesItemWord } from "../../domain/item_words.ts";
import { unitsMeant } from "../../domain/units_meant.ts";

/** One line of an order. */
export type OrderLine = OrderView["items"][number];

/** Words that keep an item: "X is fine", "keep X", "X can stay". */
export function kept(text: string, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const after = new RegExp(
    `\\b${n}s?\\b[^.,;!?]{0,12}\\b(?:(?:is|are|was|were|can stay|stays)\\s+(?:totally |perfectly |just )?(?:fine|ok|okay|good|great|perfect|alright|staying)|(?:works|is working|still works|runs)\\s+(?:perfectly|fine|great|well|ok|okay|flawlessly))\\b`,
    "i",
  );
  const before = new RegExp(
    // "Love the espresso machine but the frother makes a weird noise": praised, so kept.
    `\\b(?:keep(?:ing)?|keep hold of|not (?:returning|sending back)|not the|love|loving|loved|really like|happy with|pleased with)\\s+(?:the |my )?${n}`,
    "i",
  );
  return after.test(text) || before.test(text);
}

/**
 * "My espresso order", "my order of an espresso machine": the item's words name the order,
 * not a line to send back.
 */
function namesOrder(text: string, ref: ItemReference): boolean {
  const t = ref.text.replace(/^(?:an?|the|my)\s+/i, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `${t}\\s+order\\b|\\border\\s+(?:of|for)\\s+(?:an?\\s+|the\\s+|my\\s+)?${t}`,
    "i",
  )
    .test(text);
}

/** "Under my machine", "for the mixer", "doesn't fit my machine": goods said as a place. */
function besideOnly(text: string, ref: ItemReference): boolean {
  const t = ref.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `\\b(?:under|on top of|onto|on|for|next to|beside|into|fits?|match(?:es)?)\\s+${t}\\b`,
    "i",
  ).test(text);
}

/** Whether a reference names a line of the order: by sku, or by its words. */
function names(ref: ItemReference, line: OrderLine): boolean {
  if (ref.sku && ref.sku.toUpperCase() === line.sku.toUpperCase()) return true;
  const lineName = line.name.toLowerCase();
  const refName = ref.name.toLowerCase();
  if (lineName.includes(refName) || refName.includes(lineName)) return true;
  const words = refName.split(/\s+/).filter((w) => w.length > 2);
  if (words.length > 0 && words.every((w) => lineName.includes(w.replace(/s$/, "")))) return true;
  // "the milk frohter": a telling word of the line's name, misspelt by one edit.
  return namesItemWord(refName, line.name);
}

/**
 * The lines a return is for when the message names some but not all of the order's items;
 * null for the whole order (nothing named, everything named, or one line only).
 */
export function returnedLines(
  text: string,
  refs: readonly ItemReference[],
  order: OrderView,
  requests: readonly { text: string }[] = [],
): OrderLine[] | null {
  if (order.items.length < 2 || refs.length === 0) return null;
  // "Return the espresso machine. Also the frother is great, keeping that": the item kept may
  // be said in another part of the message than the return's.
  const said = [text, ...requests.map((r) => r.text)].join("\n");
  // "I bought the espresso machine… Can I return just the frother?": the items the return's
  // own words name, when they name any (the other part only told what was bought).
  const lower = text.toLowerCase();
  const own = refs.filter((r) => lower.includes(r.text.toLowerCase()));
  const mentioned = (own.length > 0 ? own : refs).filter((r) => !namesOrder(text, r));
  const unkept = mentioned.filter((r) => !kept(said, r.name));
  // ("Love the frother but it broke": the goods praised are all it names, so they are meant.)
  const named = unkept.length > 0 ? unkept : mentioned;
  // "Return the frother, it doesn't fit under my machine": the machine is where, not what.
  const sent = named.filter((r) => !besideOnly(text, r));
  const wanted = sent.length > 0 ? sent : named;
  const joined = joinedLines(text, wanted, order);
  // "The machine itself works perfectly" keeps the Espresso Machine whatever else names it.
  const keptLines = mentioned.filter((r) => kept(said, r.name));
  const lines = order.items.filter((line) =>
    (wanted.some((r) => names(r, line)) || joined.includes(line)) &&
    !(unkept.length > 0 && keptLines.some((r) => names(r, line)))
  );
  if (lines.length === 0 || lines.length === order.items.length) return null;
  return lines;
}

/**
 * "The espresso machine and frother": goods joined to an item named, without their own
 * "the" (so not read as a reference of their own) — the lines those words name too.
 */
function joinedLines(text: string, refs: readonly ItemReference[], order: OrderView): OrderLine[] {
  return refs.flatMap((r) => {
    const t = r.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const m = new RegExp(
      `${t}\\s*(?:,|\\band\\b|&|\\+)\\s*(?!(?:the|my|its?|i|they|that|this)\\b)([a-z]+(?: [a-z]+)?)`,
      "i",
    ).exec(text);
    return m ? linesNamed(m[1], order.items) : [];
  });
}

/** The lines of the order the references name (by sku or by their words). */
export function namedLines(refs: readonly ItemReference[], order: OrderView): OrderLine[] {
  return order.items.filter((line) => refs.some((r) => names(r, line)));
}

/** The lines as the store's return request takes them: every unit of each line. */
export function returnParams(lines: readonly OrderLine[]): { sku: string; quantity: number }[] {
  return lines.map((l) => ({ sku: l.sku, quantity: l.quantity }));
}

/** "the Milk Frother", "the Milk Frother and 2× Water Bottle": the lines in a sentence. */
export function linesText(lines: readonly OrderLine[]): string {
  const one = (l: OrderLine) => l.quantity > 1 ? `${l.quantity}× ${l.name}` : `the ${l.name}`;
  const parts = lines.map(one);
  return parts.length <= 1
    ? parts.join("")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * "Return one of the two water bottles": the one line named, with the units meant when
 * fewer than it holds (the store takes a return of some units of a line); else the lines.
 * An order of one line (`whole`) named by its goods — "return one pair of the 2 pairs of
 * shoes" — is that line too, its units read the same way.
 */
export function unitLines(
  text: string,
  lines: OrderLine[] | null,
  whole: readonly OrderLine[] = [],
): OrderLine[] | null {
  if (!lines && whole.length === 1 && linesNamed(text, [...whole]).length === 1) {
    const n = unitsMeant(text, whole[0].quantity);
    return n === null ? null : [{ ...whole[0], quantity: n }];
  }
  if (!lines || lines.length !== 1) return lines;
  const n = unitsMeant(text, lines[0].quantity);
  return n === null ? lines : [{ ...lines[0], quantity: n }];
}
