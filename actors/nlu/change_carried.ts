/**
 * "What about 1003 then?" right after a change was refused for another order ("ORD-1001
 * already shipped, so its address can't be changed"): the same change, asked for the order
 * now named. It is proposed (or its details asked) for its own yes, never carried out on
 * these words. After the change was carried out, the same words ask how the other order
 * stands instead. Pure.
 */
import type { ActionType, DoneChange, Intent } from "../../shared/protocol.ts";

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
