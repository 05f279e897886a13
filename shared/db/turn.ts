/**
 * What the history database keeps of a finished turn, read from its envelope: the
 * audit row's columns (with the actor timings), the reply, the actions and a handoff.
 */
import type { Handoff, Message } from "../protocol.ts";
import { pendingAfterTurn } from "../pending_after.ts";
import type { Param } from "./sql.ts";

/** The parts of a turn `recordTurn` writes. */
export interface TurnFacts {
  /** Parameters of the `turns` row (without `now` and `env`). */
  row: Record<string, Param>;
  /** The text the customer got, or null when the turn has none. */
  reply: string | null;
  replyMeta: Record<string, unknown>;
  actions: Record<string, Param>[];
  handoff: Handoff | null;
  /** The open handoff the customer withdrew this turn, and their words. */
  withdrawn: HandoffWithdrawal | null;
}

/** A queued handoff the customer called off: its id and what they said. */
export interface HandoffWithdrawal {
  id: string;
  conversation_id: string;
  note: string;
}

/** Reads the facts of a turn from its envelope. */
export function turnFacts(m: Message): TurnFacts {
  const p = m.payload;
  const reply = p.aggregation?.reply ?? p.escalation?.text ?? p.execution?.text ??
    p.guardrail?.text ?? p.response?.text ?? null;
  const outcome = p.aggregation?.outcome ?? p.escalation?.kind ?? null;
  const handoff = p.escalation?.handoff ?? null;
  const off = p.decision?.withdraws_handoff;
  // A turn that hands over again after all keeps the handoff open.
  const withdrawn = off && off.id !== handoff?.id
    ? { id: off.id, conversation_id: m.conversation_id, note: off.note }
    : null;
  const stepsMs = m.route.history.reduce((sum, h) => sum + h.ms, 0);
  const results = p.execution?.results ?? [];
  return {
    row: {
      id: m.id,
      conv: m.conversation_id,
      session: m.session.session_id,
      customer: m.customer,
      intent: p.intent?.intent,
      intent_confidence: p.intent?.confidence,
      sentiment: p.sentiment?.label,
      sentiment_score: p.sentiment?.score,
      urgency: p.sentiment?.urgency,
      outcome,
      guardrail: p.guardrail?.verdict,
      handoff: handoff ? 1 : 0,
      attempt: m.attempt,
      total_ms: p.aggregation?.total_ms ?? (m.route.history.length ? stepsMs : null),
      reply,
      created: new Date(m.created_at).toISOString(),
      // The route's steps, `[[actor, outcome, ms, attempt, started], ...]`, or null.
      timings: m.route.history.length === 0 ? null : JSON.stringify(
        m.route.history.map((h) => [
          h.actor,
          h.outcome,
          h.ms,
          h.attempt,
          new Date(h.started).toISOString(),
        ]),
      ),
    },
    reply,
    replyMeta: {
      outcome,
      intent: p.intent?.intent ?? null,
      actions: results.map((r) => ({ type: r.type, order_id: r.order_id, status: r.status })),
      pending_confirmation: pendingAfterTurn(m)?.summary ?? null,
      handoff_id: handoff?.id ?? null,
    },
    actions: results.map((r, i) => ({
      id: `${m.id}:${i}`,
      type: r.type,
      order_id: r.order_id,
      status: r.status,
      key: r.idempotency_key,
      detail: r.detail,
      data: JSON.stringify(r.data),
    })),
    handoff,
    withdrawn,
  };
}
