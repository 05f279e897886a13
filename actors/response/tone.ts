/**
 * The tone of a reply, from the customer's mood, the intent and their tier, and the
 * sentences that set it: an opener that greets on the first turn only and apologises only
 * for what went wrong on our side (or the carrier's), the confirm prompt.
 */
import { asksNotShipped, preparingOnSchedule } from "../../domain/preparing_on_time.ts";
import { softPrompt } from "./weighed.ts";
import type { Intent } from "../../shared/protocol.ts";
import { goodsProblem } from "../../domain/problems.ts";
import type { Tone, TurnView } from "./view.ts";
import { say } from "./view.ts";
import { LOST_PARCEL_DAYS } from "../../domain/policy.ts";
import { customerApologises } from "../../domain/own_apology.ts";
import { refundOnTimeOrder } from "../../domain/refund_on_time.ts";
import { thanksLead } from "../../domain/thanks_lead.ts";

/** Tone from sentiment, intent and tier: formal for an unhappy VIP, warm otherwise. */
export function chooseTone(v: TurnView): Tone {
  const s = v.sentiment;
  const complaint = v.intent === "complaint" || (s?.is_complaint ?? false);
  const negative = complaint || s?.label === "negative";
  if (negative && v.tier === "vip") return "formal";
  if (complaint) return "apologetic";
  if (negative) return "empathetic";
  if (s?.label === "positive" || v.intent === "small_talk" || v.intent === "feedback") {
    return "friendly";
  }
  return "neutral";
}

/** Turns about the goods of an order (its reported damage is their trouble too). */
const ABOUT_THE_GOODS: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "complaint",
  "return_item",
  "refund_request",
  "order_status",
  "other",
]);

/** Requests about an order that ask nothing of its delivery (its items, bill, payment). */
const NOT_ABOUT_DELIVERY: ReadonlySet<Intent> = new Set<Intent>([
  "modify_order",
  "change_address",
  "invoice_request",
  "payment_issue",
  "payment_methods",
]);

/** Whose trouble the customer is in: ours, the carrier's, or none at all. */
export type Trouble = "ours" | "carrier" | "none";

/**
 * What went wrong, as far as the turn shows: a parcel the carrier lost, delayed or left
 * unscanned is the carrier's; a damaged or wrong delivery, a complaint about us, or our
 * systems failing are ours; a question (a password reset, opening hours) is nobody's.
 */
export function troubleOf(v: TurnView): Trouble {
  if (v.lookupFailed) return "ours";
  const c = v.context;
  const order = c?.order_lookup === "found" ? c.order : null;
  const t = order && c?.tracking?.number === order.tracking_number ? c.tracking : null;
  // "Can I get 2 keyboards instead of 1?" about a delayed parcel asks nothing of the
  // delivery: no apology for a parcel that does not turn up.
  // "Got my keyboard today but its the wrong colour" while the parcel shows late: the goods
  // in hand are ours to put right, not a parcel that doesn't turn up.
  if (order?.status === "shipped" && goodsProblem(v.text) !== null) return "ours";
  if (order && order.status === "shipped" && !NOT_ABOUT_DELIVERY.has(v.intent)) {
    const eta = t?.eta ?? order.eta;
    const late = eta !== null && eta !== undefined && new Date(eta) < v.now;
    if (
      t?.status === "lost" || t?.status === "exception" || late ||
      (t?.days_since_last_scan ?? 0) >= LOST_PARCEL_DAYS
    ) return "carrier";
  }
  // A damage reported before is trouble for a turn about the goods, not for its invoice.
  const aboutGoods = order?.reported_issue != null && ABOUT_THE_GOODS.has(v.intent);
  if (order?.status === "delivered" && (aboutGoods || goodsProblem(v.text) !== null)) {
    return "ours";
  }
  // "I ordered it yesterday and it still hasn't shipped??": on schedule, nothing went wrong.
  if (order && preparingOnSchedule(order, v.now) && asksNotShipped(v.text)) return "none";
  // "Still no refund, this is a joke" about a refund still within its days: nothing went wrong.
  if (
    v.intent === "refund_status" && c && refundOnTimeOrder(order, c.order_lookup, c.orders, v.now)
  ) {
    return "none";
  }
  if (v.intent === "complaint" || (v.sentiment?.is_complaint && v.intent !== "account_access")) {
    return "ours";
  }
  return "none";
}

function named(v: TurnView, withName: string, without: string): string {
  return v.name ? withName.replaceAll("{name}", v.name) : without;
}

/** A greeting for the first turn of a conversation only: later turns get straight to it. */
function greeting(v: TurnView, tone: Tone): string | null {
  if (!v.firstTurn) return null;
  if (tone === "formal") return named(v, "Dear {name}", "Hello");
  return say(v, "greet", [
    named(v, "Hi {name}", "Hi there"),
    named(v, "Hello {name}", "Hello"),
    named(v, "Hi {name}, thanks for getting in touch", "Hi, thanks for getting in touch"),
  ]);
}

/**
 * The feeling a reply opens with: an apology only when something went wrong on our side,
 * "sorry for the trouble" for the carrier's, understanding without an apology for an upset
 * customer whose trouble is nobody's fault, and nothing for a plain question.
 */
function feeling(v: TurnView, tone: Tone): string | null {
  const upset = v.sentiment?.label === "negative" || tone === "apologetic" ||
    tone === "empathetic" || tone === "formal";
  const trouble = troubleOf(v);
  // Said once: a later turn of a calm customer gets on with it instead of apologising again.
  if (trouble !== "none" && !v.firstTurn && v.sentiment?.label !== "negative") return null;
  // A cheerful customer asking after a late parcel ("ur the best!! anyway wheres ORD-2001")
  // is not met with an apology before their thanks; the facts say what the carrier did.
  if (trouble === "carrier" && v.sentiment?.label === "positive") return null;
  switch (trouble) {
    case "ours":
      if (tone === "formal") {
        return say(v, "sorry-formal", [
          "please accept my sincere apologies — this shouldn't have happened.",
          "I sincerely apologise; this is not the service we want to give you.",
        ]);
      }
      return say(v, "sorry-ours", [
        "I'm sorry about this — it shouldn't have happened.",
        "I'm sorry — that's not the experience we want you to have.",
        "I apologise for this; it isn't how things should go.",
      ]);
    case "carrier":
      if (tone === "formal") return "I sincerely apologise for the trouble with this delivery.";
      return say(v, "sorry-carrier", [
        "I'm sorry for the trouble with this delivery.",
        "Sorry for the trouble — a parcel that doesn't turn up is frustrating.",
        "I'm sorry this delivery is causing you trouble.",
      ]);
    case "none":
      if (!upset) return null;
      return say(v, "understand", [
        "I can see this is frustrating, so let's sort it out.",
        "I understand — let's get this sorted.",
        "Let's get this sorted for you.",
      ]);
  }
}

/**
 * The first sentence of a reply: a greeting on the first turn only, then an apology, some
 * understanding or nothing, as the turn calls for. Empty when neither is due.
 */
export function opener(v: TurnView, tone: Tone): string {
  // Thanked first, we do not thank them back for getting in touch.
  const greet = thanksLead(v.text)
    ? greeting(v, tone)?.replace(/, thanks for getting in touch$/, "") ?? null
    : greeting(v, tone);
  const feel = withAmends(v, feeling(v, tone));
  if (greet && feel) {
    const lower = /^I\b/.test(feel) ? feel : feel.charAt(0).toLowerCase() + feel.slice(1);
    return `${greet}, ${lower}`;
  }
  if (greet) return `${greet}${tone === "friendly" ? "!" : "."}`;
  if (feel) return feel.charAt(0).toUpperCase() + feel.slice(1);
  return "";
}

/**
 * "Sorry for being rude earlier, where is my keyboard": their apology before a question is
 * answered first ("no need to apologise"), then the feeling the turn calls for. (An apology
 * said alone has its own reply.)
 */
function withAmends(v: TurnView, feel: string | null): string | null {
  // "Thanks so much for your help yesterday! Quick follow up - …": thanked back in a word.
  // Only thanks for help given: a bare "thanks!" before a question thanks in advance (or
  // takes in an answer while a change waits), with nothing to be welcome for.
  const lead = v.intent !== "small_talk" && v.intent !== "feedback" ? thanksLead(v.text) : null;
  const thanked = lead !== null && !v.pending && /\b(?:for|4)\b/i.test(lead);
  const sorry = v.sentiment?.signals?.includes("own_apology") && !customerApologises(v.text);
  if (!thanked && !sorry) return feel;
  const amends = thanked
    ? say(v, "thanked", ["you're welcome!", "glad I could help!"])
    : say(v, "amends", ["no need to apologise", "no apology needed"]);
  // "No need to apologise — I'm sorry for the trouble…": one breath, not two apologies in a row.
  if (!thanked) return feel ? `${amends} — ${lowerFirst(feel)}` : `${amends}.`;
  return feel ? `${amends} ${feel.charAt(0).toUpperCase()}${feel.slice(1)}` : amends;
}

/** The sentence with its first letter lower-cased, "I" and "I'm" kept. */
function lowerFirst(s: string): string {
  return /^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** The question that asks the customer to confirm a proposed change. */
export function confirmPrompt(v: TurnView): string {
  // Without execution on the route a yes would find nothing pending: invite a request instead.
  if (!v.canAct) return "Just tell me if you'd like me to do that.";
  // "What happens if I cancel?", "thinking of returning it": offered softly, never pushed.
  const soft = softPrompt(v);
  if (soft) return soft;
  return say(v, "confirm", [
    "Shall I go ahead? Reply yes to confirm.",
    "Would you like me to go ahead? Reply yes to confirm, or no to leave it as it is.",
    "Reply yes to confirm and I'll take care of it, or no to leave things as they are.",
  ]);
}

/** A closing offer of more help. */
export function closer(v: TurnView): string {
  return say(v, "close", [
    "Is there anything else I can help with?",
    "Let me know if there's anything else I can do.",
    "Anything else I can help you with?",
  ]);
}
