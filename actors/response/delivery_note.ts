/**
 * "Can you leave it with my neighbour at 12?": instructions for the delivery go to the
 * carrier, who takes them with the parcel's tracking number — said of the order talked
 * about (the one named, else the last one mentioned, else the only one on its way); before
 * it ships, how it will work once it has. Null when the message gives no such instruction
 * or no order fits. Pure.
 */
import { asksDeliveryNote, asksInstruction, asksNobodyIn } from "../../domain/delivery_note.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** Orders still to be delivered, whose delivery an instruction is for. */
const COMING = new Set(["shipped", "processing", "pending"]);

/** A phone number to be changed: "update my phone number", "change the number on 1003". */
const PHONE_CHANGE =
  /\b(?:change|update|correct|fix|add|new)\b[^.?!]{0,25}\b(?:phone|mobile|cell|contact)(?:\s+number)?\b|\b(?:phone|mobile) number\b[^.?!]{0,25}\b(?:wrong|changed|outdated|old)\b/i;

/** The order named, else the last one mentioned if still coming, else the only one coming. */
function orderMeant(v: TurnView): OrderView | null {
  const ref = resolveOrder(v, (o) => COMING.has(o.status));
  if (ref.kind === "found" && !ref.assumed) return ref.order;
  const last = v.mentioned?.at(-1);
  const mentioned = last ? v.context?.orders.find((o) => o.id === last) : undefined;
  if (mentioned && COMING.has(mentioned.status)) return mentioned;
  return ref.kind === "found" ? ref.order : null;
}

/** The reply to a delivery instruction, or null. */
export function deliveryNoteReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || !asksDeliveryNote(v.text)) return null;
  const order = orderMeant(v);
  if (!order || order.status === "delivered" || order.status === "cancelled") return null;
  const carrier = order.carrier ?? "the carrier";
  const said = order.status === "shipped" && order.tracking_number
    ? `Order ${order.id} is with ${carrier} now, and delivery instructions go to them: on ` +
      `${carrier}'s website, with tracking number ${order.tracking_number}, you can ask for it ` +
      "to be left with a neighbour or in a safe place, or held for pickup."
    : `Order ${order.id} hasn't shipped yet. Once it has, we'll email you its tracking number, ` +
      "and with it you can ask the carrier to leave it with a neighbour or in a safe place.";
  return draft("delivery_note", tone, [
    opener(v, tone),
    // "And if I'm not home?": no instruction given, so none is refused.
    asksNobodyIn(v.text) && !asksInstruction(v.text)
      ? "If nobody's in when it comes, what happens is up to the carrier."
      // "Update the phone number on 1003 so the courier can call me": the number is the ask.
      : PHONE_CHANGE.test(v.text)
      ? "I can't change the phone number on an order from this chat, I'm afraid; you can " +
        "update the number on your account under Account → Profile."
      : "I can't pass instructions to the driver from here, I'm afraid.",
    said,
    closer(v),
  ]);
}
