/**
 * "Change the address on my keyboard order to 5 Elm St, Leeds" refused (it shipped), then
 * "ok then change it on the monitor order": the address was given already, so the refusal
 * keeps the customer's words as an open request (`order`), and the change carried to the
 * order they name next is drafted from them — proposed, not the address asked for again.
 * Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { addressFromPieces } from "../../domain/address_pieces.ts";
import { asking, type Draft, type TurnView } from "./view.ts";

const changeable = (o: OrderView) => o.status === "pending" || o.status === "processing";

/** The refusal `d`, noting the whole address it was given for another of their orders. */
export function keepGivenAddress(v: TurnView, d: Draft, refusedFor: OrderView): Draft {
  if (d.asks || v.guest || addressFromPieces(v.text, []).kind !== "whole") return d;
  const others = (v.context?.orders ?? []).filter((o) => o.id !== refusedFor.id && changeable(o));
  if (others.length === 0) return d;
  return asking(d, {
    slot: "order",
    intent: "change_address",
    order_id: null,
    // Marks the question as the refused change kept for another order, not "which order?".
    options: ["change_address"],
    text: v.text,
    orders: others.map((o) => o.id),
  });
}
