/**
 * "Can i get that for 2001?", "ok do that for my keyboard order", "I'll take that on ORD-1001"
 * right after the shipping speeds and their prices: the faster speed taken for an order —
 * the upgrade offered for it. It had been a clarifying question ("a refund, or shipping
 * options?") or the order's status. Pure.
 */

/** "Get that for", "do that on", "take the same for", "put it on". */
const THAT_FOR =
  /\b(?:get|have|do|add|put|use|want|take|book|apply|pay for)\s+(?:that|this|it|the same|same|one|that one)\s+(?:for|on|to|with)\b/i;

/** The most words such a follow-up has. */
const MAX_WORDS = 12;

/** Whether the words take the speed just priced for an order named in them. */
export function speedTakenFor(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= MAX_WORDS && THAT_FOR.test(text);
}
