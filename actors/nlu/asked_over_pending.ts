/**
 * "Refund it" right after "a refund or a replacement — which would you prefer?" about the
 * lost vacuum, while the return of another order still waits for its yes: the answer to the
 * question we asked last, about the order it asked of — not an unclear reply to the return.
 * A yes or a no still answers the change that waits. Pure.
 */
import type { AskedFor, Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { answerToAsked } from "./asked_answer.ts";

/** The change chosen and its order, when the message answers our choice about another order. */
export function choiceOverPending(
  asked: AskedFor | null | undefined,
  pending: PendingAction | null,
  text: string,
  reading: IntentEnrichment,
): { intent: Intent; order_id: string } | null {
  if (!asked || !pending || asked.slot !== "choice" || !asked.order_id) return null;
  if (asked.order_id === pending.action.order_id) return null;
  if (reading.confirmation === "affirm" || reading.confirmation === "deny") return null;
  // An order named that is not the one asked of is about that order, not our question.
  const named = reading.entities.order_ids.filter((id) => id !== pending.action.order_id);
  if (named.length > 0 && !named.includes(asked.order_id)) return null;
  const answer = answerToAsked(asked, text, { entities: reading.entities, reading });
  return answer?.order_id ? { intent: answer.intent, order_id: answer.order_id } : null;
}
