/**
 * The gateway's background work and its view of the history: the inbox of accepted turns,
 * the handoff queue consumer, the recovery sweep of unanswered turns (and the last-resort
 * reply for a turn the mesh gave up on), and the retention job.
 */
import type { Config } from "../shared/config.ts";
import { type Consumer, GIVEN_UP_SUBJECT, type GivenUp } from "../shared/bus/types.ts";
import type { InboxEntry } from "../shared/db/types.ts";
import type { History } from "../shared/db/types.ts";
import { describeError } from "../shared/errors.ts";
import { handoffFor } from "../domain/handoff.ts";
import type { Inbox } from "./turns.ts";
import type { GatewayServices } from "./services.ts";
import { LAST_RESORT_REPLY } from "./replies.ts";

/** Recovery gives a turn up after this many sends into the mesh. */
const MAX_RECOVERIES = 3;

/** The gateway's view of the history database as an inbox of accepted turns. */
export function historyInbox(history: History): Inbox {
  return {
    async accept({ message }) {
      const r = await history.acceptInboundGrouped(message);
      return { duplicate: !r.created, messageId: r.message_id };
    },
    async unanswered(olderThanMs) {
      return (await history.pendingInbox(olderThanMs)).map((e) => e.envelope);
    },
    finished(messageId) {
      return history.getTurn(messageId);
    },
    async accepted(messageId) {
      const entry = await history.inboxEntry(messageId);
      return entry?.state === "accepted" ? entry.envelope : null;
    },
    async replySeq(messageId) {
      return (await history.replyOf(messageId))?.seq ?? null;
    },
  };
}

/** A turn the mesh gave up on: store the last-resort reply and queue it for a human. */
export async function recordFailedTurn(s: GatewayServices, messageId: string): Promise<void> {
  try {
    const entry = await s.history.inboxEntry(messageId);
    if (!entry || entry.state !== "accepted") return;
    await s.history.markFailed(messageId);
    await s.history.appendMessage({
      conversationId: entry.conversation_id,
      role: "assistant",
      text: LAST_RESORT_REPLY,
      messageId,
      dedupeKey: `${messageId}:assistant`,
      meta: { outcome: "failed" },
    });
    await s.history.upsertHandoff(
      handoffFor(entry.envelope, "the mesh could not finish this turn", "high"),
    );
  } catch (err) {
    s.log.error("Cannot record a failed turn", {
      message_id: messageId,
      error: describeError(err),
    });
  }
}

/** Age past which the recovery sweep re-sends a turn still unanswered. */
export function sweepAfterMs(config: Config): number {
  return Math.max(60_000, config.TURN_TIMEOUT_MS * 6);
}

/** The handoff queue consumer, recovery of unanswered turns and the retention job. */
export async function startBackground(s: GatewayServices): Promise<{ stop(): Promise<void> }> {
  const { log, history, turns, config } = s;
  const consumer: Consumer = await s.bus.consumeHandoffs("console", async (h, d) => {
    await history.upsertHandoff(h);
    await d.ack();
  });
  /** Sends a stranded turn into the mesh again, or gives it up after MAX_RECOVERIES. */
  const resend = async (entry: InboxEntry) => {
    const sends = await history.noteRecovery(entry.message_id);
    if (sends > MAX_RECOVERIES) {
      log.warn("Giving up an unanswered turn", { message_id: entry.message_id });
      await recordFailedTurn(s, entry.message_id);
      return;
    }
    // A new mesh attempt: the bus drops a publish whose id it saw within its duplicate
    // window (two minutes), and the first send of this turn may be that recent.
    const attempt = Math.max(entry.envelope.attempt, sends);
    await turns.publish({ ...entry.envelope, attempt, reply_to: turns.replyTo });
  };
  // Each turn re-sent is claimed for the sweep's period: another gateway sweeping the same
  // history leaves it alone meanwhile, so a stranded turn is never sent twice at once.
  const sweep = async (olderThanMs: number) => {
    const claimed = await history.claimPending({
      olderThanMs,
      owner: config.gatewayId,
      leaseMs: sweepAfterMs(config),
    });
    for (const entry of claimed) await resend(entry);
  };
  // A step the mesh gave up on after its last delivery (its Worker killed again and again):
  // the gateway that sent the turn sends it again now rather than at the next sweep.
  const givenUp = s.bus.subscribe(GIVEN_UP_SUBJECT, (data) => {
    let notice: GivenUp;
    try {
      notice = JSON.parse(new TextDecoder().decode(data));
    } catch {
      return;
    }
    if (typeof notice?.message_id !== "string") return;
    history.inboxEntry(notice.message_id)
      .then((entry) => {
        // The gateway that accepted the turn (its reply goes there) sends it again.
        if (entry?.state !== "accepted" || entry.envelope.reply_to !== turns.replyTo) return;
        log.warn("The mesh gave up a step of a turn: sending it again", { ...notice });
        return resend(entry);
      })
      .catch((err) =>
        log.error("Cannot send a given-up turn again", {
          message_id: notice.message_id,
          error: describeError(err),
        })
      );
  });
  // At start, everything still accepted was left by an earlier run, when this gateway is
  // the history's only one (SQLite). A shared history (PostgreSQL) also holds the turns other
  // gateways have in flight: leave those their turn timeout.
  const leftOver = history.kind === "sqlite" ? 0 : config.TURN_TIMEOUT_MS;
  await sweep(leftOver).catch((err) =>
    log.error("Cannot recover turns", { error: describeError(err) })
  );
  const recovery = setInterval(() => {
    sweep(sweepAfterMs(config)).catch((err) =>
      log.error("Cannot recover turns", { error: describeError(err) })
    );
  }, 30_000);
  const purge = async () => {
    if (config.RETENTION_DAYS <= 0) return;
    try {
      const removed = await history.purgeOlderThan(config.RETENTION_DAYS);
      if (removed.turns || removed.conversations) {
        log.info("Retention: removed old history", { ...removed });
      }
    } catch (err) {
      log.error("Cannot apply retention", { error: describeError(err) });
    }
  };
  let purging = purge();
  // One purge at a time: a slow one (a large backlog) is not started again on top of itself.
  const retention = setInterval(() => {
    purging = purging.then(purge);
  }, 3_600_000);
  return {
    async stop() {
      givenUp.unsubscribe();
      clearInterval(recovery);
      clearInterval(retention);
      await purging;
      await consumer.drain();
    },
  };
}
