/**
 * "What about 1003 then?" right after a change was refused for another order ("ORD-1001
 * already shipped, so its address can't be changed"): the same change, asked for the order
 * now named. It is proposed (or its details asked) for its own yes, never carried out on
 * these words. After the change was carried out, the same words ask how the other order
 * stands instead. Pure.
 */
import type {
  ActionType,
  Dialogue,
  DoneChange,
  Intent,
  IntentEnrichment,
  PendingAction,
} from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** The change each request asks for, for the requests a follow-up may carry on. */
const CHANGE_OF: Partial<Record<Intent, ActionType>> = {
  cancel_order: "cancel_order",
  change_address: "change_address",
  modify_order: "modify_items",
  return_item: "return_item",
  refund_request: "refund",
};

/**
 * Whether a follow-up naming another order carries the change of the turn before (`topic`)
 * on: a change, and not the one the conversation already carried out (`done`).
 */
export function carriesChange(topic: Intent | null, done: DoneChange | null | undefined): boolean {
  const change = topic ? CHANGE_OF[topic] : undefined;
  return change !== undefined && done?.type !== change;
}

/**
 * "Ok then change it on the monitor order", "do that for 2002 instead": the change just talked
 * of, asked by a pronoun for another order the words name (the classifier hears "change" and
 * reads a change of items).
 */
const DO_IT_ON =
  /^(?:(?:ok(?:ay)?|then|so|well|fine|alright|hmm+|ugh)\b[\s,.!]*)*(?:(?:can|could) (?:you|u) |pls |please |just )?(?:change|do|make|update|send) (?:it|that|this|the same|the same thing) (?:on|for|to|with|of) (?:the |my |order )?(?:[\w-]+ ){0,3}?(?:order|one|#?(?:ord-?)?\d{3,})\b/i;

/** The reading of such a follow-up as the change talked of, or null when it is none. */
export function carriedToOther(
  reading: IntentEnrichment,
  text: string,
  dialogue: Partial<Dialogue> | null | undefined,
  pending: PendingAction | null,
): IntentEnrichment | null {
  const topic = dialogue?.topic ?? null;
  if (pending || !topic || !carriesChange(topic, dialogue?.done) || topic === reading.intent) {
    return null;
  }
  if (!DO_IT_ON.test(text.trim())) return null;
  return { ...relabelled(reading, topic, 0.85), source: "conversation" };
}
