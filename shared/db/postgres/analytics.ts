/**
 * The agent console's analytics in PostgreSQL: the same view as SQLite's (same shapes,
 * same buckets, percentiles by nearest rank), computed over the audit trail in one
 * round trip of pipelined queries.
 */
import {
  type Analytics,
  type AnalyticsOptions,
  HandoffStatus,
  type LatencyStats,
} from "../types.ts";
import type { Db } from "./client.ts";

interface LatencyRow {
  actor: string;
  count: number;
  errors: number;
  avg_ms: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
}

/** Numbers each actor's timings by size so percentiles are a MIN over a rank. */
const LATENCY = `
  r AS (SELECT actor, ms, failed,
    ROW_NUMBER() OVER (PARTITION BY actor ORDER BY ms) AS rn,
    COUNT(*) OVER (PARTITION BY actor) AS n FROM src WHERE ms IS NOT NULL)
  SELECT actor, COUNT(*)::int AS count, SUM(failed::int)::int AS errors,
    AVG(ms) AS avg_ms,
    MIN(CASE WHEN rn * 100 >= n * 50 THEN ms END) AS p50_ms,
    MIN(CASE WHEN rn * 100 >= n * 95 THEN ms END) AS p95_ms
  FROM r GROUP BY actor ORDER BY actor COLLATE "C"`;

/** Computes the analytics view over turns created in `[since, until)`. */
export async function analyticsIn(db: Db, opts: AnalyticsOptions = {}): Promise<Analytics> {
  const since = opts.since === undefined ? null : new Date(opts.since).toISOString();
  const until = opts.until === undefined ? null : new Date(opts.until).toISOString();
  const lo = since ?? "-infinity";
  const hi = until ?? "infinity";
  const hourly = opts.bucket !== "day";
  const fmt = hourly ? `YYYY-MM-DD"T"HH24":00:00.000Z"` : "YYYY-MM-DD";
  const unit = hourly ? "hour" : "day";
  // Sent as text: the driver would turn a timestamptz parameter into a Date, and ±infinity
  // (no bound) is not one.
  const range = `created_at >= $1::text::timestamptz AND created_at < $2::text::timestamptz`;
  const q = <T>(text: string) => db.unsafe(text, [lo, hi]) as unknown as Promise<T[]>;

  const [totals, intents, outcomes, statuses, sentiment, turnLatency, actorLatency] = await Promise
    .all([
      q<{ turns: number; conversations: number; with_human: number }>(
        `SELECT COUNT(*)::int AS turns, COUNT(DISTINCT conversation_id)::int AS conversations,
           COUNT(DISTINCT conversation_id) FILTER (WHERE EXISTS (
             SELECT 1 FROM handoffs h WHERE h.conversation_id = t.conversation_id)
           )::int AS with_human
         FROM turns t WHERE ${range}`,
      ),
      q<{ key: string; count: number }>(grouped("intent", range)),
      q<{ key: string; count: number }>(grouped("outcome", range)),
      q<{ status: HandoffStatus; n: number }>(
        `SELECT status, COUNT(*)::int AS n FROM handoffs WHERE ${range} GROUP BY status`,
      ),
      q<Analytics["sentiment_over_time"][number]>(
        `SELECT to_char(date_trunc('${unit}', created_at AT TIME ZONE 'UTC'), '${fmt}') AS bucket,
           COUNT(*)::int AS turns,
           COUNT(*) FILTER (WHERE sentiment = 'negative')::int AS negative,
           COUNT(*) FILTER (WHERE sentiment = 'neutral')::int AS neutral,
           COUNT(*) FILTER (WHERE sentiment = 'positive')::int AS positive,
           AVG(sentiment_score) AS avg_score
         FROM turns WHERE ${range} AND sentiment IS NOT NULL
         GROUP BY 1 ORDER BY 1`,
      ),
      q<LatencyRow>(
        `WITH src AS (SELECT 'turn' AS actor, total_ms AS ms, false AS failed
           FROM turns WHERE ${range}), ${LATENCY}`,
      ),
      // The steps of the turns in range (each turn keeps its route's steps as one array).
      q<LatencyRow>(
        `WITH src AS (SELECT s ->> 0 AS actor, (s ->> 2)::double precision AS ms,
             (s ->> 1) <> 'ok' AS failed
           FROM turns t CROSS JOIN LATERAL jsonb_array_elements(t.timings) s
           WHERE ${range.replaceAll("created_at", "t.created_at")}), ${LATENCY}`,
      ),
    ]);

  const byStatus = Object.fromEntries(HandoffStatus.options.map((s) => [s, 0])) as Record<
    HandoffStatus,
    number
  >;
  for (const r of statuses) byStatus[r.status] = r.n;
  const { turns, conversations, with_human } = totals[0];
  return {
    since,
    until,
    turns,
    by_intent: intents.map((r) => ({ intent: r.key, count: r.count })),
    by_outcome: outcomes.map((r) => ({ outcome: r.key, count: r.count })),
    resolution: {
      conversations,
      without_human: conversations - with_human,
      share: conversations === 0 ? null : (conversations - with_human) / conversations,
    },
    handoffs: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), by_status: byStatus },
    sentiment_over_time: sentiment.map((r) => ({ ...r })),
    latency: {
      turn: stats(turnLatency[0]),
      per_actor: actorLatency.map((r) => ({ actor: r.actor, errors: r.errors, ...stats(r) })),
    },
  };
}

function grouped(col: string, range: string): string {
  return `SELECT COALESCE(${col}, 'unknown') AS key, COUNT(*)::int AS count FROM turns
    WHERE ${range} GROUP BY 1 ORDER BY 2 DESC, COALESCE(${col}, 'unknown') COLLATE "C"`;
}

function stats(r: LatencyRow | undefined): LatencyStats {
  if (!r) return { count: 0, avg_ms: null, p50_ms: null, p95_ms: null };
  return { count: r.count, avg_ms: r.avg_ms, p50_ms: r.p50_ms, p95_ms: r.p95_ms };
}
