/**
 * "The mixer came in the wrong colour", "you sent the wrong model": goods that came wrong, told
 * plainly. The sentiment reads negative for the problem alone; a VIP's negative message went
 * to a person, although the store can put it right here (a refund, or the right goods sent
 * free of charge). A report with no feeling beyond the problem — no anger, shouting, hurry —
 * is offered its remedy like anyone's; an upset one still goes to a person. Goods that came
 * damaged or broken stay with a person for a VIP (the 18th round's decision: the damage is
 * said back in the handoff).
 */
import type { Message } from "../../shared/protocol.ts";
import { goodsProblem } from "../../domain/problems.ts";

/** Signals of the problem itself, which no upset adds to. */
const PLAIN: ReadonlySet<string> = new Set(["problem"]);

/**
 * How negative the problem alone reads ("the mixer came in the wrong colour" -0.34, "my mixer
 * arrived broken" -0.42); a word of feeling beside it ("ugh", "ridiculous") goes past.
 */
const PLAIN_SCORE = -0.45;

/** Whether the turn tells plainly of goods that came wrong (not damaged). */
export function calmGoodsReport(msg: Message): boolean {
  const s = msg.payload.sentiment;
  const intent = msg.payload.intent;
  if (!s || intent?.intent !== "delivery_problem") return false;
  // The problem alone counts as a complaint: its score and signals tell the upset apart.
  if (s.score < PLAIN_SCORE || s.urgency === "high" || s.urgency === "critical") return false;
  if ((s.signals ?? []).some((x) => !PLAIN.has(x))) return false;
  return goodsProblem(msg.payload.customer_message.text) === "wrong_or_missing";
}
