/**
 * Goods told missing from a delivered order of several things. "Only got the espresso
 * machine, where's the frother??": the missing lines are the others, not those that came.
 * "The box came open and half the stuff is missing", no goods named: which of them is asked,
 * rather than the whole order refunded, and the answer ("the frother") is read with the
 * words it answers. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { linesNamed } from "../../domain/item_words.ts";
import { reportedIssueIn } from "../../domain/problems.ts";
import { linesText } from "./return_items.ts";
import { asksForWhole } from "../../domain/return_scope.ts";
import { asking, type Draft, draft, type Tone, type TurnView } from "./view.ts";

type Line = OrderView["items"][number];

/**
 * What came, told with "only" or "just": "only got the espresso machine", "only received the
 * mixer", "no frother in there, just the coffee machine".
 */
const ONLY_GOT =
  /\b(?:only|just)\s+(?:(?:got|received|recieved|came\s+with|had)\s+|(?=(?:the|a|an|my)\s))([^,.;!?]+)/i;
/** "Only the frother is missing": what the words after "only" tell is the trouble, not what came. */
const TROUBLE_AFTER = /\b(?:missing|wrong|broken|damaged|not|n'?t|never|without)\b/i;

/** The lines missing when the message says which came ("only got X"): the others; else null. */
export function missingLines(text: string, order: OrderView): Line[] | null {
  if (reportedIssueIn(text) !== "missing_item") return null;
  const got = text.match(ONLY_GOT)?.[1];
  if (!got || TROUBLE_AFTER.test(got)) return null;
  const came = linesNamed(got, order.items);
  if (came.length === 0) return null;
  const rest = order.items.filter((l) => !came.includes(l));
  return rest.length > 0 ? rest : null;
}

/** The view with an answer to "which items are missing?" read with the words it answers. */
export function withMissingAsked(v: TurnView): TurnView {
  const a = v.asked;
  if (a?.slot !== "items" || a.intent !== "delivery_problem" || !a.text) return v;
  return { ...v, text: `${a.text}\n${v.text}` };
}

/**
 * "Half the stuff is missing" (or "you sent the wrong item") of an order of several lines,
 * none named: which of them is asked (the answer carries the report on); null when the goods are named or it is one line.
 */
export function missingWhich(
  v: TurnView,
  tone: Tone,
  o: { order: OrderView; meant: readonly Line[]; open: string },
): Draft | null {
  const { order, meant, open } = o;
  const issue = reportedIssueIn(v.text);
  if ((issue !== "missing_item" && issue !== "wrong_item") || meant.length > 0) return null;
  if (asksForWhole(v.text)) return null;
  if (order.items.length < 2) return null;
  // "I got a size 8 but ordered a 9 on ORD-1002", "you sent the wrong item": which line came
  // wrong is asked — the whole order's refund had been offered for one item sent wrong.
  if (issue === "wrong_item") {
    return asking(
      draft("delivery_wrong_which", tone, [
        open,
        `Order ${order.id} should have brought you exactly what you ordered: ${
          linesText(order.items)
        }.`,
        "Which of them came wrong? Once I know, I can send you the right one or refund it, " +
        "whichever you prefer.",
      ]),
      { slot: "items", intent: "delivery_problem", order_id: order.id, text: v.text },
    );
  }
  return asking(
    draft("delivery_missing_which", tone, [
      open,
      `Order ${order.id} should have brought you ${linesText(order.items)}, all in one parcel.`,
      "Which of them is missing? Once I know, I can send it to you or refund it, whichever you prefer.",
    ]),
    { slot: "items", intent: "delivery_problem", order_id: order.id, text: v.text },
  );
}
