/**
 * What a refused change offers instead: a return after delivery, a cancellation before
 * shipping, the warranty after the return window. Offers are proposals like any other.
 */
import { noReturnFor } from "./after_delivery.ts";
import { linesText, returnedLines, returnParams } from "./return_items.ts";
import { fewerReturned, fewerText } from "./fewer_returned.ts";
import { goodsProblem } from "../../domain/problems.ts";
import type { AskedFor, OrderView, ProposedAction } from "../../shared/protocol.ts";
import { parcelLost } from "../../domain/eligibility.ts";
import { policyAnswer, REFUND_PROCESSING_DAYS, RETURN_WINDOW_DAYS } from "../../domain/policy.ts";
import { canChange, canRefund, canReturn, type Eligibility } from "../../domain/eligibility.ts";
import { formatDate, formatMoney, refundable } from "../../domain/format.ts";
import { confirmPrompt } from "./tone.ts";
import { unshippedPart } from "./unshipped_part.ts";
import { propose, trackingFor, type TurnView } from "./view.ts";
import { returnDeadline } from "../../domain/eligibility.ts";

/** Sentences and proposals that follow a refusal, and the choice they ask for, if any. */
export interface Alternative {
  sentences: string[];
  actions: ProposedAction[];
  asks?: AskedFor;
}

/** Why a customer wants to send something back, from their words. */
export function returnReason(text: string): string {
  const problem = goodsProblem(text);
  if (problem === "damaged") return "Arrived damaged";
  if (problem === "wrong_or_missing") return "Wrong item";
  if (/\b(fit|size|too (big|small|large|tight))\b/i.test(text)) return "Does not fit";
  if (problem === "faulty") return "Defective";
  return "Customer request in chat";
}

/** The offer that goes with a refusal, when the order allows one. */
export function alternativeFor(
  v: TurnView,
  order: OrderView,
  refusal: Extract<Eligibility, { ok: false }>,
): Alternative {
  switch (refusal.alternative) {
    case "return": {
      // "Add another mixer", "change the address" of a delivered order: no return for that.
      const instead = noReturnFor(v, order);
      if (instead) return instead;
      if (canReturn(order, v.now).ok) {
        const until = returnDeadline(order);
        // "Remove the frother from ORD-1002" once delivered: the frother's return, not all of it.
        // "Ordered 3 pairs but only need two": the one pair they don't want.
        const fewer = fewerReturned(v, order);
        const lines = fewer ?? returnedLines(v.text, v.entities.item_refs ?? [], order, v.requests);
        const what = fewer ? fewerText(fewer, order) : lines ? linesText(lines) : null;
        return {
          sentences: [
            `I can start a return ${what ? `of ${what} ` : ""}instead: you'd get a ` +
            "prepaid label, and the refund follows " +
            `once it's back with us${
              until ? ` (you have until ${formatDate(until, v.now)})` : ""
            }.`,
            confirmPrompt(v),
          ],
          actions: [
            propose("return_item", order.id, {
              reason: returnReason(v.text),
              ...(lines ? { items: returnParams(lines) } : {}),
            }),
          ],
        };
      }
      if (order.status === "shipped" && parcelLost(order, trackingFor(v, order))) {
        // A parcel the carrier lost will not be delivered: its own remedy, not a return.
        return {
          sentences: [
            "The carrier has marked its parcel as lost, so I can refund it in full or send a " +
            "replacement free of charge — which would you prefer?",
          ],
          actions: [],
          asks: {
            slot: "choice",
            intent: "delivery_problem",
            order_id: order.id,
            options: ["refund", "replacement"],
          },
        };
      }
      if (order.status === "shipped" && v.intent === "change_address" && order.tracking_number) {
        // "I'm gonna be away": the carrier's own options, not a return of goods not yet there.
        return {
          sentences: [
            `${order.carrier ?? "The carrier"} may still let you redirect it or have it held ` +
            `at a pickup point: look up tracking number ${order.tracking_number} on their ` +
            "website.",
          ],
          actions: [],
        };
      }
      if (order.status === "shipped") {
        return {
          sentences: [
            `Once it's delivered, you can return it within ${RETURN_WINDOW_DAYS} days for a refund.`,
          ],
          actions: [],
        };
      }
      return { sentences: [], actions: [] };
    }
    case "cancel":
      if (canChange(order, "cancelling is", v.now).ok) {
        // "Return one of the two bottles" before it ships: those units off, not all cancelled.
        const part = v.intent === "return_item" ? unshippedPart(v, order) : null;
        if (part) return part;
        return {
          sentences: [`I can cancel order ${order.id} for you instead.`, confirmPrompt(v)],
          actions: [propose("cancel_order", order.id, { reason: "Customer request in chat" })],
        };
      }
      return { sentences: [], actions: [] };
    case "refund": {
      if (!canRefund(order, v.now, trackingFor(v, order)).ok) return { sentences: [], actions: [] };
      const amount = refundable(order);
      return {
        sentences: [
          `I can refund the full ${formatMoney(amount, order.currency)} instead; it reaches ` +
          `your original payment method within ${REFUND_PROCESSING_DAYS} business days.`,
          confirmPrompt(v),
        ],
        actions: [propose("refund", order.id, { amount, reason: "Parcel lost in transit" })],
      };
    }
    case "investigate": {
      if (!order.tracking_number) return { sentences: [], actions: [] };
      return {
        sentences: [
          "I can open an investigation with the carrier now; if they confirm it's lost, we " +
          "send it again or refund it in full.",
          confirmPrompt(v),
        ],
        actions: [
          propose("carrier_investigation", order.id, {
            tracking_number: order.tracking_number,
            reason: "No carrier scan for days",
          }),
        ],
      };
    }
    case "warranty":
      return {
        sentences: [
          "If the item is faulty, it is still covered by its warranty: " +
          lowerFirst(policyAnswer("warranty")),
        ],
        actions: [],
      };
    case "wait": {
      // "I want my money back for the keyboard" while the carrier reports it delayed: what
      // can be done now is to have the carrier chase it, offered beside the wait.
      const chase = chaseOffer(v, order);
      // The refusal of a return says it already ("once it's delivered you can return it").
      if (/\bonce it'?s delivered\b/i.test(refusal.rule)) return chase;
      return {
        sentences: [
          `Once it's delivered, you'll have ${RETURN_WINDOW_DAYS} days to return it or ask for a refund.`,
          ...chase.sentences,
        ],
        actions: chase.actions,
      };
    }
    default:
      return { sentences: [], actions: [] };
  }
}

/**
 * The carrier's chase of a delayed parcel, offered to an angry customer refused a refund while
 * it is still on its way; else nothing.
 */
function chaseOffer(v: TurnView, order: OrderView): Alternative {
  const tracking = trackingFor(v, order);
  // Only to an angry refund demand: a calm "can I get a refund?" is told the rule and the wait
  // (as decided before), not pressed with an offer.
  const s = v.sentiment;
  const angry = s?.label === "negative" && (s.urgency === "high" || s.urgency === "critical");
  if (
    !angry || v.intent !== "refund_request" || order.status !== "shipped" ||
    !order.tracking_number || tracking?.status !== "exception"
  ) {
    return { sentences: [], actions: [] };
  }
  const carrier = tracking.carrier ?? order.carrier ?? "the carrier";
  return {
    sentences: [
      `What I can do now is open an investigation with ${carrier} so they chase the delayed parcel.`,
      confirmPrompt(v),
    ],
    actions: [
      propose("carrier_investigation", order.id, {
        tracking_number: order.tracking_number,
        reason: "Parcel delayed",
      }),
    ],
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
