/**
 * The analytics tab: turns by intent, share resolved without a human, handoffs,
 * sentiment over time and latency per actor, drawn as inline SVG.
 */
import { useState } from "preact/hooks";
import type { Analytics } from "../shared/api_types.ts";
import { humanize } from "../shared/format.ts";
import { usePoll } from "../shared/use_poll.ts";
import { ApiError } from "../shared/http.ts";
import {
  BarChart,
  GroupedBarChart,
  Meter,
  type Series,
  StackedColumnChart,
} from "../../components/charts.tsx";
import { type AgentAuth, getAnalytics } from "./api.ts";

const PERIODS = [
  { value: "1h", label: "Last hour", ms: 3_600_000 },
  { value: "24h", label: "Last 24 hours", ms: 86_400_000 },
  { value: "7d", label: "Last 7 days", ms: 7 * 86_400_000 },
  { value: "all", label: "All time", ms: 0 },
] as const;

const SENTIMENT: Series[] = [
  { key: "positive", label: "Positive", tone: "fill-ok" },
  { key: "neutral", label: "Neutral", tone: "fill-neutral" },
  { key: "negative", label: "Negative", tone: "fill-bad" },
];

/** The mesh's usual order, so latency reads like the route a message takes. */
const ROUTE = [
  "sentiment",
  "intent",
  "context",
  "decision_router",
  "response",
  "guardrail",
  "execution",
  "escalation_router",
  "aggregator",
];

function routeRank(actor: string): number {
  const i = ROUTE.indexOf(actor);
  return i < 0 ? ROUTE.length : i;
}

const LATENCY: Series[] = [
  { key: "avg", label: "Average", tone: "fill-brand" },
  { key: "p95", label: "95th percentile", tone: "fill-accent" },
];

/**
 * Conversations handed to a person, counted as the resolution counts them, so that the
 * handed-over and the resolved-without-a-human conversations add up to all of them.
 */
export function handedOver(
  a: Pick<Analytics, "handed_over_conversations" | "resolution" | "handoffs">,
): number {
  if (a.handed_over_conversations !== undefined) return a.handed_over_conversations;
  if (a.resolution) return a.resolution.conversations - a.resolution.without_human;
  return a.handoffs;
}

/** Share of conversations resolved without a human (0…1), or null when there were none. */
export function resolvedShare(a: Pick<Analytics, "resolved_without_human">): number | null {
  const v = a.resolved_without_human;
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return Math.min(1, Math.max(0, v));
}

/** Labels of sentiment buckets: times within one day, dates and times across days. */
export function bucketLabels(buckets: readonly string[]): string[] {
  const days = new Set(buckets.map((b) => b.slice(0, 10)));
  return buckets.map((b) => {
    const d = new Date(b);
    if (Number.isNaN(d.getTime())) return b;
    const date = d.toLocaleDateString(undefined, { day: "numeric", month: "short" });
    if (b.length <= 10) return date;
    const time = d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
    return days.size > 1 ? `${date} ${time}` : time;
  });
}

/** The analytics tab. */
export function AnalyticsView(
  { auth, onUnauthorized }: { auth: AgentAuth; onUnauthorized: () => void },
) {
  const [period, setPeriod] = useState<string>("24h");
  const [data, setData] = useState<Analytics | null>(null);
  const [error, setError] = useState<string | null>(null);

  usePoll(
    async () => {
      const ms = PERIODS.find((p) => p.value === period)?.ms ?? 0;
      try {
        setData(await getAnalytics(auth, new Date(ms ? Date.now() - ms : 0)));
        setError(null);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) onUnauthorized();
        else setError(err instanceof Error ? err.message : String(err));
      }
    },
    10_000,
    [period, auth.token],
  );

  const share = data ? resolvedShare(data) : null;
  const labels = bucketLabels(data?.sentiment_over_time.map((b) => b.bucket) ?? []);
  const res = data?.resolution;
  const detail = res
    ? `${res.without_human} of ${res.conversations} conversation${
      res.conversations === 1 ? "" : "s"
    }`
    : undefined;
  return (
    <section class="analytics" aria-labelledby="analytics-title">
      <div class="analytics__head">
        <h2 id="analytics-title">Analytics</h2>
        <label class="inline-field">
          <span class="field-label">Period</span>
          <select value={period} onChange={(e) => setPeriod((e.target as HTMLSelectElement).value)}>
            {PERIODS.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        </label>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {!data && !error && <p class="empty">Loading…</p>}
      {data && (
        <div class="grid">
          <article class="card stat">
            <h3>Turns</h3>
            <span class="stat__big">{data.turns_total}</span>
            <span class="help">customer messages answered</span>
          </article>
          <article class="card stat">
            <h3>Resolved without a human</h3>
            {share === null
              ? <span class="stat__big">—</span>
              : <Meter label="Resolved without a human" share={share} detail={detail} />}
            {share === null && <span class="help">no conversations yet</span>}
          </article>
          <article class="card stat">
            <h3>Handoffs</h3>
            <span class="stat__big">{handedOver(data)}</span>
            <span class="help">
              conversations handed to a person ({data.handoffs}{" "}
              handoff{data.handoffs === 1 ? "" : "s"})
            </span>
          </article>
          <article class="card card--half">
            <h3>Turns by intent</h3>
            <BarChart
              title="Turns by intent"
              items={data.turns_by_intent.slice().sort((a, b) => b.count - a.count)
                .map((i) => ({ label: humanize(i.intent), value: i.count }))}
            />
          </article>
          <article class="card card--half">
            <h3>Latency per actor</h3>
            <GroupedBarChart
              title="Latency per actor in milliseconds"
              unit=" ms"
              series={LATENCY}
              rows={data.latency_per_actor.slice().sort((a, b) =>
                routeRank(a.actor) - routeRank(b.actor) || a.actor.localeCompare(b.actor)
              ).map((a) => ({
                label: humanize(a.actor),
                values: {
                  // An actor with no timed step in range has no figure: shown as 0.
                  avg: Math.round((a.avg_ms ?? 0) * 10) / 10,
                  p95: Math.round((a.p95_ms ?? 0) * 10) / 10,
                },
              }))}
            />
          </article>
          <article class="card card--wide">
            <h3>Sentiment over time</h3>
            <StackedColumnChart
              title="Sentiment over time"
              series={SENTIMENT}
              columns={data.sentiment_over_time.map((b, i) => ({
                label: labels[i],
                values: { positive: b.positive, neutral: b.neutral, negative: b.negative },
              }))}
            />
          </article>
        </div>
      )}
    </section>
  );
}
