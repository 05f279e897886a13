/**
 * The agent console's analytics, computed in SQL over the audit trail: turns by intent
 * and outcome, the share resolved without a human, handoffs, sentiment over time and
 * latency per actor (average, median, p95 by nearest rank) over the steps of those turns.
 */
import type { Sql } from "./sql.ts";
import {
  type Analytics,
  type AnalyticsOptions,
  HandoffStatus,
  type LatencyStats,
} from "./types.ts";

export type { AnalyticsOptions } from "./types.ts";

// ISO text sorts in time order; far bounds stand in for "no limit".
const MIN = "0000";
const MAX = "9999";

/** Computes the analytics view over `[since, until)`. */
export function analytics(sql: Sql, opts: AnalyticsOptions = {}): Analytics {
  const since = opts.since === undefined ? null : new Date(opts.since).toISOString();
  const until = opts.until === undefined ? null : new Date(opts.until).toISOString();
  const range = { since: since ?? MIN, until: until ?? MAX };
  const inRange = "created_at >= $since AND created_at < $until";

  const count = (q: string) => Number(sql.get<{ n: number }>(q, range)?.n ?? 0);
  const turns = count(`SELECT COUNT(*) AS n FROM turns WHERE ${inRange}`);
  const grouped = (col: string) =>
    sql.all<{ key: string; count: number }>(
      `SELECT COALESCE(${col}, 'unknown') AS key, COUNT(*) AS count FROM turns
       WHERE ${inRange} GROUP BY key ORDER BY count DESC, key`,
      range,
    );

  const conversations = count(
    `SELECT COUNT(DISTINCT conversation_id) AS n FROM turns WHERE ${inRange}`,
  );
  const withHuman = count(
    `SELECT COUNT(DISTINCT t.conversation_id) AS n FROM turns t
     WHERE t.created_at >= $since AND t.created_at < $until
       AND EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = t.conversation_id)`,
  );

  const byStatus = Object.fromEntries(HandoffStatus.options.map((s) => [s, 0])) as Record<
    HandoffStatus,
    number
  >;
  for (
    const r of sql.all<{ status: HandoffStatus; n: number }>(
      `SELECT status, COUNT(*) AS n FROM handoffs WHERE ${inRange} GROUP BY status`,
      range,
    )
  ) byStatus[r.status] = r.n;

  const width = opts.bucket === "day" ? 10 : 13;
  const sentiment = sql.all<Analytics["sentiment_over_time"][number]>(
    `SELECT substr(created_at, 1, ${width}) AS bucket, COUNT(*) AS turns,
       SUM(sentiment = 'negative') AS negative, SUM(sentiment = 'neutral') AS neutral,
       SUM(sentiment = 'positive') AS positive, AVG(sentiment_score) AS avg_score
     FROM turns WHERE ${inRange} AND sentiment IS NOT NULL GROUP BY bucket ORDER BY bucket`,
    range,
  );

  const turnLatency = sql.all<LatencyRow>(
    `${ranked("'turn' AS actor, total_ms AS ms, 0 AS failed", "turns", inRange)}
     ${LATENCY_SELECT}`,
    range,
  );
  // The steps of the turns in range (each turn keeps its route's steps as one JSON array).
  const actorLatency = sql.all<LatencyRow>(
    `${
      ranked(
        "s.value ->> 0 AS actor, s.value ->> 2 AS ms, s.value ->> 1 <> 'ok' AS failed",
        "turns t, json_each(t.timings) s",
        inRange.replaceAll("created_at", "t.created_at"),
      )
    }
     ${LATENCY_SELECT}`,
    range,
  );

  return {
    since,
    until,
    turns,
    by_intent: grouped("intent").map((r) => ({ intent: r.key, count: r.count })),
    by_outcome: grouped("outcome").map((r) => ({ outcome: r.key, count: r.count })),
    resolution: {
      conversations,
      without_human: conversations - withHuman,
      share: conversations === 0 ? null : (conversations - withHuman) / conversations,
    },
    handoffs: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), by_status: byStatus },
    sentiment_over_time: sentiment.map((r) => ({ ...r, bucket: bucketLabel(r.bucket) })),
    latency: {
      turn: stats(turnLatency[0]),
      per_actor: actorLatency.map((r) => ({ actor: r.actor, errors: r.errors, ...stats(r) })),
    },
  };
}

interface LatencyRow {
  actor: string;
  count: number;
  errors: number;
  avg_ms: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
}

/** Numbers each actor's timings by size so percentiles are a MIN over a rank. */
function ranked(cols: string, from: string, where: string): string {
  return `WITH src AS (SELECT ${cols} FROM ${from} WHERE ${where} AND ms IS NOT NULL),
    r AS (SELECT actor, ms, failed,
      ROW_NUMBER() OVER (PARTITION BY actor ORDER BY ms) AS rn,
      COUNT(*) OVER (PARTITION BY actor) AS n FROM src)`;
}

const LATENCY_SELECT = `SELECT actor, COUNT(*) AS count, SUM(failed) AS errors,
    AVG(ms) AS avg_ms,
    MIN(CASE WHEN rn * 100 >= n * 50 THEN ms END) AS p50_ms,
    MIN(CASE WHEN rn * 100 >= n * 95 THEN ms END) AS p95_ms
  FROM r GROUP BY actor ORDER BY actor`;

function stats(r: LatencyRow | undefined): LatencyStats {
  if (!r) return { count: 0, avg_ms: null, p50_ms: null, p95_ms: null };
  return { count: r.count, avg_ms: r.avg_ms, p50_ms: r.p50_ms, p95_ms: r.p95_ms };
}

function bucketLabel(prefix: string): string {
  // "2025-01-02T13" → "2025-01-02T13:00:00.000Z"; a day stays "2025-01-02".
  return prefix.length === 13 ? `${prefix}:00:00.000Z` : prefix;
}
