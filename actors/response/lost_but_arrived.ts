/**
 * "The vacuum arrived and it won't turn on" about a parcel the carrier marked lost: the
 * shopper's own word that it came outweighs the carrier's status — a fault of goods in their
 * hands, not a lost parcel. The reply thanks them for saying it came and owns the fault, then
 * offers the same remedy (refund or replacement). It had been told its parcel was lost. Pure.
 */
import { goodsProblem } from "../../domain/problems.ts";
import type { OrderView } from "../../shared/protocol.ts";

/** Their goods come, in their own words: "arrived", "showed up", "came yesterday", "got it". */
const CAME =
  /\b(?:arrived|arrives|came|showed up|turned up|got here|is here|it'?s here|received|delivered|got (?:it|them|the|my)\b|finally (?:got|have)|unboxed|opened (?:it|the|my))/i;
/** Not come after all: "never arrived", "hasn't come", "didn't get it". */
const NOT_CAME =
  /\b(?:never|not|hasn'?t|haven'?t|didn'?t|did not|has not|still|yet to|wasn'?t|no)\b[^.?!,]{0,15}\b(?:arriv\w*|came|come|showed up|turned up|got|received|delivered|here)\b/i;

/**
 * The sentence telling a fault of goods come, when `text` says the lost parcel's goods arrived
 * and are faulty or broken; null for anything else.
 */
export function arrivedFaulty(text: string, order: OrderView): string | null {
  const problem = goodsProblem(text);
  if (problem !== "faulty" && problem !== "damaged") return null;
  if (!CAME.test(text) || NOT_CAME.test(text)) return null;
  const goods = order.items.length === 1 ? `the ${order.items[0].name}` : `your order ${order.id}`;
  return `Thanks for telling me ${goods} reached you — the carrier had marked order ${order.id}'s ` +
    `parcel as lost, so that's good to know. A ${
      problem === "faulty" ? "fault" : "breakage"
    } like that is ours to put right.`;
}
