/**
 * "Can someone call me? 555-0134", "call me tomorrow after 3pm on 07700 900123": a call back
 * asked for. The rule path had queued such a customer for a chat instead — the store books
 * call backs (`schedule_callback`), so a signed-in customer is answered with the call back
 * proposed for a yes, or asked for the time or number it still needs; the next message that
 * gives them carries it on. A guest, who cannot have changes made, is still handed over. Pure.
 */
import type { Message } from "../../shared/protocol.ts";
import { aboutBookedCall, asksForCallback, callbackAsked } from "../../domain/callback_asked.ts";

/** Why the turn is about a call back (the decision's reason), or null when it is not. */
export function callbackReason(msg: Message, now: Date): string | null {
  const { context } = msg.payload;
  if (!context || context.guest || msg.session.pending_action) return null;
  const text = msg.payload.customer_message.text;
  // "Actually cancel the call" after one was booked: about that call, never an order's cancel.
  if (msg.session.dialogue?.done?.type === "schedule_callback") {
    const about = aboutBookedCall(text);
    if (about) return `about the call back booked (${about})`;
  }
  if (asksForCallback(text)) return "the customer asked for a call back";
  if (msg.session.dialogue?.asked?.slot !== "callback") return null;
  // "Tomorrow at 10am, 206 555 0142" after we asked when and where to call.
  const said = callbackAsked(text, now);
  const gives = said.phone !== null || said.accountPhone || said.at !== null ||
    said.dayOnly || said.problem !== null;
  return gives ? "the customer gave the call back's time or number" : null;
}
