/**
 * "One never showed up and the other came smashed", "I never received my parcel and the
 * other one arrived broken": two orders, each told with its own trouble. Pure.
 */
import type { OrderView } from "../shared/protocol.ts";
import { ordersNamedByGoods } from "./goods_named.ts";
import { goodsProblem } from "./problems.ts";

/** A parcel (or "one") told of, then "the other" in the same sentence. */
export const ONE_AND_OTHER =
  /\b(?:one|(?:my|a|the first)\s+(?:parcel|package|order|delivery|box|shipment))\b[^.?!]{0,80}\b(?:and|but|while)\b[^.?!]{0,20}\bthe other\b/i;

/** Whether `text` tells of one order and then of "the other". */
export function tellsOneAndOther(text: string): boolean {
  return ONE_AND_OTHER.test(text);
}

/**
 * Whether `text` tells the troubles of two of these orders at once: "one … the other", or
 * two orders named by their goods with goods come wrong among them ("my vacuum never came and
 * the mixer was broken"). A remedy asked for is read elsewhere; this only tells the troubles.
 */
export function twoTroublesTold(text: string, orders: readonly OrderView[]): boolean {
  if (orders.length < 2 || goodsProblem(text) === null) return false;
  return ONE_AND_OTHER.test(text) || ordersNamedByGoods(orders, text).length >= 2;
}
