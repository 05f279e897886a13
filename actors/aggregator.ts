/**
 * The aggregator: the last step of every turn. It picks the final reply, sums up which
 * actors ran and how long they took, writes the turn to the audit trail, moves the
 * session on (last order, last intent, turn count, open handoff, dialogue state), and so
 * answers the gateway.
 */
import type { ActorDef } from "../shared/actor.ts";
import type { AggregationEnrichment, Message } from "../shared/protocol.ts";
import type { SessionRecord } from "../shared/store/types.ts";
import { describeError } from "../shared/errors.ts";
import { finalReply } from "../domain/reply.ts";
import { dialogueAfter, orderToldAlone } from "../domain/dialogue.ts";

/** What the aggregator needs. */
export interface AggregatorDeps {
  /**
   * Writes the turn (idempotent by message id) and answers once it is committed, alone or
   * in a group commit (`HistoryDb.recordTurnGrouped`); `created` is false for a redelivery.
   */
  recordTurn(msg: Message): { created: boolean } | Promise<{ created: boolean }>;
  sessions: {
    /** Compare-and-set: a takeover written meanwhile is kept, not undone. */
    updateSession(
      id: string,
      change: (s: SessionRecord) => SessionRecord | null,
    ): Promise<SessionRecord | null>;
  };
}

export { finalReply };

/** Builds the aggregation enrichment; pure but for the clock. */
export function aggregate(msg: Message, now: Date): AggregationEnrichment {
  const actors = msg.route.history.map((h) => ({ actor: h.actor, outcome: h.outcome, ms: h.ms }));
  const total = Math.max(0, now.getTime() - Date.parse(msg.created_at));
  return { ...finalReply(msg), actors, total_ms: total, stored: true };
}

/** The order the conversation is now about, for the next turn's default. */
function currentOrder(msg: Message): string | null {
  const p = msg.payload;
  return p.context?.order?.id ?? p.execution?.pending?.action.order_id ?? orderToldAlone(msg) ??
    msg.session.last_order_id ?? null;
}

/** The aggregator actor. */
export const aggregatorActor: ActorDef<"aggregation", AggregatorDeps> = {
  name: "aggregator",
  key: "aggregation",
  deadlineMs: 5000,
  async process(msg, deps, ctx) {
    const enrichment = aggregate(msg, ctx.now());
    const done: Message = { ...msg, payload: { ...msg.payload, aggregation: enrichment } };
    const sid = msg.session.session_id;
    // A replay (debugging) is recorded for comparison but does not move the session on.
    const replay = msg.payload.customer_message.channel === "replay";
    // The turn's record and the session's move run side by side (two stores, two disk
    // syncs: one after the other they were most of the aggregator's time one turn at a
    // time); the reply waits for both, so a reply the customer sees is in history. The
    // move is idempotent by message id: a redelivery moves the session on once.
    const moved = sid && !replay
      ? moveSessionOn(msg, sid, deps).catch((err) => {
        // The reply is stored: a session store outage must not turn it into a fallback
        // (the customer would read one reply and the history keep another).
        ctx.log.warn("Cannot move the session on", { error: describeError(err) });
      })
      : null;
    try {
      await deps.recordTurn(done);
    } finally {
      await moved;
    }
    return { enrichment };
  },
};

/**
 * The conversation's open handoff after this turn: the one the turn opened or joined (its
 * priority as raised), none when the turn withdrew it, else the one that was open.
 */
export function openHandoffAfter(
  msg: Message,
  current: SessionRecord["open_handoff"],
): SessionRecord["open_handoff"] {
  const h = msg.payload.escalation?.handoff;
  // "Never mind, I sorted it": the handoff the customer withdrew is no longer open.
  const off = msg.payload.decision?.withdraws_handoff;
  if (!h) return off && off.id === current?.id ? null : current;
  const same = current?.id === h.id;
  return {
    id: h.id,
    priority: h.priority,
    opened_at: same ? current.opened_at : h.created_at,
    reason: same ? current.reason ?? h.reason : h.reason,
  };
}

/**
 * Moves the session on (last order, last intent, turn count), leaving its other fields;
 * once per message (a session this turn moved already is left as it is).
 */
async function moveSessionOn(msg: Message, sid: string, deps: AggregatorDeps): Promise<void> {
  await deps.sessions.updateSession(sid, (session) =>
    session.last_message_id === msg.id ? null : {
      ...session,
      last_message_id: msg.id,
      last_order_id: currentOrder(msg),
      last_intent: msg.payload.intent?.intent ?? session.last_intent,
      turn: session.turn + 1,
      open_handoff: openHandoffAfter(msg, session.open_handoff),
      dialogue: dialogueAfter(msg, session.dialogue),
    });
}
