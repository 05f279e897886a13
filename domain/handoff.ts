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

const RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

/** The higher of two priorities. */
export function higherPriority(a: Priority, b: Priority): Priority {
  return RANK[a] >= RANK[b] ? a : b;
}

/** One step up, for an upset customer who is still waiting. */
export function raisedPriority(p: Priority): Priority {
  return p === "low" ? "normal" : p === "normal" ? "high" : "urgent";
}

/**
 * Builds the handoff record of a turn. A conversation has one handoff at a time: while one
 * is open, the turn joins it — same id (so the agent's queue keeps one card, refreshed with
 * this turn), its priority never lowered, and the reason it was opened for kept: the
 * follow-up is said after it in the summary (and is in the transcript). Otherwise the id
 * derives from the message, so a replay is equal.
 */
export function handoffFor(msg: Message, reason: string, priority: Priority): Handoff {
  const p = msg.payload;
  const open = msg.session.open_handoff;
  if (open) {
    const joined = higherPriority(open.priority, priority);
    const first = open.reason ?? reason;
    const alone = { ...msg, session: { ...msg.session, open_handoff: null } };
    const record = handoffFor(alone, first, joined);
    return {
      ...record,
      id: open.id,
      created_at: open.opened_at,
      summary: first === reason ? record.summary : `${record.summary}. Follow-up: ${reason}`,
    };
  }
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
