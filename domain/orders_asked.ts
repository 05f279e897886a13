/**
 * "Whats in my orders", "show me my orders", "what did I order last month", "order history":
 * the customer asks for their orders — a list with what is in each and where each stands —
 * not about one order, and not for a change. A period named ("last month", "this week")
 * narrows the list to the orders placed in it. Pure.
 */
import { asksSpent } from "./orders_spent.ts";

/** "Which ones are still coming?", "what's still on its way": the orders not delivered yet. */
const COMING_ASKED =
  /\b(?:(?:which(?: ones?| orders?| of (?:my|them|those|these)(?: orders)?)?|what(?: orders?| of my orders))(?:'s| is| are|re)? (?:still )?|what(?:'s| is| are|re) still )(?:coming|on (?:the|its|their) way|in transit|not (?:here|delivered|arrived) yet|(?:yet|left) to (?:come|arrive))\b/i;

/** Whether the message asks which of their orders are still to come. */
export function asksComing(text: string): boolean {
  return COMING_ASKED.test(text);
}

/** Words asking for the list of the customer's orders. */
const LIST_ASKED =
  /\b(?:show|list|see|view|check|give|tell)\b(?: me)?(?: (?:all|every|each))?(?: of)? (?:my|our) (?:orders|purchases)\b|\bwh?at(?:'?s| is| are|s)? (?:in|on) (?:my|our) (?:orders|account)\b|\bwh?at (?:orders|purchases) (?:do|have|did) (?:i|we)\b|\b(?:wh?at|which)(?:'re| are|re) (?:my|our) (?:orders|purchases)\b|\bwh?at (?:did|have|had) (?:i|we) (?:order|ordered|buy|bought|purchase|purchased|get)\b|\b(?:(?:my|our) )?(?:order|purchase) history\b|\b(?:all|list of) (?:my|our) orders\b|^(?:(?:all|just) )?(?:my|our) (?:orders|ordrs|oders)(?:,? (?:please|pls|plz|thanks|thx|ty))?\s*[?!.]*$|\bhow many orders (?:do|have) (?:i|we)\b|\bwh?at (?:my|our) (?:orders|purchases) (?:are|were)\b|\bwhich (?:of (?:my|our) )?(?:orders|ones) (?:are|is) (?:still )?(?:coming|on (?:the|their) way|open|pending|outstanding|in transit)\b/i;

/** Whether the message asks for the list of the customer's orders. */
export function asksForOrderList(text: string): boolean {
  return LIST_ASKED.test(text.trim()) || asksSpent(text) || asksComing(text);
}

/** A period of placing named in the message: from (inclusive) and to (exclusive), and its words. */
export interface PeriodAsked {
  from: Date;
  to: Date;
  words: string;
}

const DAY = 86_400_000;

/** The period "last month", "this month", "last week", "this week", "today" names, or null. */
export function periodAsked(text: string, now: Date): PeriodAsked | null {
  const t = text.toLowerCase();
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (/\b(?:last|lst|las|past|previous|prev) month\b/.test(t)) {
    return {
      from: new Date(Date.UTC(y, m - 1, 1)),
      to: new Date(Date.UTC(y, m, 1)),
      words: "last month",
    };
  }
  if (/\bthis month\b/.test(t)) {
    return {
      from: new Date(Date.UTC(y, m, 1)),
      to: new Date(Date.UTC(y, m + 1, 1)),
      words: "this month",
    };
  }
  const today = Date.UTC(y, m, now.getUTCDate());
  // Weeks start on Monday.
  const monday = today - ((now.getUTCDay() + 6) % 7) * DAY;
  if (/\b(?:last|lst|las|past|previous|prev) week\b/.test(t)) {
    return { from: new Date(monday - 7 * DAY), to: new Date(monday), words: "last week" };
  }
  if (/\bthis week\b/.test(t)) {
    return { from: new Date(monday), to: new Date(monday + 7 * DAY), words: "this week" };
  }
  if (/\btoday\b/.test(t)) {
    return { from: new Date(today), to: new Date(today + DAY), words: "today" };
  }
  return null;
}
