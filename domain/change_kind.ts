/**
 * Changes of one kind under different actions: speeding up an order not yet shipped
 * (`expedite_order`) and a parcel on its way (`expedite_delivery`) are both "speed it up",
 * so "speed up 1001 and 1003" proposes both under one yes. Pure.
 */
import type { ActionType } from "../shared/protocol.ts";

/** The kind of change an action makes: its own type, or the kind it shares with others. */
export function changeKind(type: ActionType): string {
  return type === "expedite_order" || type === "expedite_delivery" ? "expedite" : type;
}

/** Whether two actions make the same kind of change (one yes may carry both out). */
export function sameKind(a: ActionType, b: ActionType): boolean {
  return changeKind(a) === changeKind(b);
}
