/**
 * The handoff record of a turn: what a human agent is given when the mesh hands a
 * conversation over (by the escalation router, or by the gateway for a turn the mesh could
 * not finish at all).
 */
import type { Handoff, Message, Priority } from "../shared/protocol.ts";

function summaryOf(msg: Message, reason: string): string {
  const p = msg.payload;
  const parts = [
    p.context?.summary,
    p.intent ? `Asked: ${p.intent.intent.replace(/_/g, " ")}` : null,
    p.sentiment ? `Mood: ${p.sentiment.label} (${p.sentiment.urgency} urgency)` : null,
    `Reason: ${reason}`,
    `Message: "${p.customer_message.text.slice(0, 280)}"`,
  ];
  return parts.filter(Boolean).join(". ");
}

/** Builds the handoff record of a turn (id derived from the message: replays are equal). */
export function handoffFor(msg: Message, reason: string, priority: Priority): Handoff {
  const p = msg.payload;
  return {
    id: `ho-${msg.id}`,
    conversation_id: msg.conversation_id,
    message_id: msg.id,
    session_id: msg.session.session_id,
    customer: msg.customer,
    priority,
    reason,
    summary: summaryOf(msg, reason),
    sentiment: p.sentiment?.label ?? null,
    urgency: p.sentiment?.urgency ?? null,
    intent: p.intent?.intent ?? null,
    draft_reply: p.guardrail?.text ?? p.response?.text ?? null,
    created_at: msg.created_at,
  };
}
