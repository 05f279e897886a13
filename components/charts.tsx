/**
 * Small SVG charts drawn without a library: horizontal bars, grouped bars, stacked
 * columns and a meter. Each is an accessible image with a text summary, and scales
 * with its container through its viewBox.
 */
import type { ComponentChildren } from "preact";

/** A series of a multi-value chart. */
export interface Series {
  key: string;
  label: string;
  /** A CSS class giving the fill colour (`fill-…` in app.css). */
  tone: string;
}

const W = 560;
const LABEL_W = 150;
const ROW = 30;

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const n = v / p;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 1 : 0);
}

function Frame(
  { title, summary, height, width = W, children }: {
    title: string;
    summary: string;
    height: number;
    width?: number;
    children: ComponentChildren;
  },
) {
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title}. ${summary}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title>{`${title}. ${summary}`}</title>
      {children}
    </svg>
  );
}

/** Legend of a multi-series chart. */
export function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul class="legend">
      {series.map((s) => (
        <li key={s.key}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" rx="3" class={s.tone} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** Horizontal bars, one per item, longest first as given. */
export function BarChart(
  { title, items, unit = "", tone = "fill-brand" }: {
    title: string;
    items: readonly { label: string; value: number }[];
    unit?: string;
    tone?: string;
  },
) {
  const max = niceMax(Math.max(0, ...items.map((i) => i.value)));
  const plot = W - LABEL_W - 60;
  const height = Math.max(1, items.length) * ROW + 8;
  const summary = items.length
    ? items.map((i) => `${i.label} ${fmt(i.value)}${unit}`).join(", ")
    : "No data yet";
  return (
    <Frame title={title} summary={summary} height={height}>
      {items.length === 0 && <text x="0" y="20" class="chart__empty">No data yet</text>}
      {items.map((item, i) => {
        const y = i * ROW + 4;
        const w = Math.max(2, (item.value / max) * plot);
        return (
          <g key={item.label}>
            <text x={LABEL_W - 10} y={y + 17} text-anchor="end" class="chart__label">
              {item.label}
            </text>
            <rect x={LABEL_W} y={y + 3} width={w} height={ROW - 10} rx="4" class={tone}>
              <title>{`${item.label}: ${fmt(item.value)}${unit}`}</title>
            </rect>
            <text x={LABEL_W + w + 6} y={y + 17} class="chart__value">{fmt(item.value)}{unit}</text>
          </g>
        );
      })}
    </Frame>
  );
}

/** Horizontal bars in groups: one group per row, one bar per series. */
export function GroupedBarChart(
  { title, rows, series, unit = "" }: {
    title: string;
    rows: readonly { label: string; values: Record<string, number> }[];
    series: readonly Series[];
    unit?: string;
  },
) {
  const max = niceMax(Math.max(0, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0))));
  const plot = W - LABEL_W - 70;
  const bar = 12;
  const rowH = series.length * (bar + 3) + 12;
  const height = Math.max(1, rows.length) * rowH + 4;
  const summary = rows.length
    ? rows.map((r) =>
      `${r.label}: ${
        series.map((s) => `${s.label} ${fmt(r.values[s.key] ?? 0)}${unit}`).join(", ")
      }`
    )
      .join("; ")
    : "No data yet";
  return (
    <>
      <Frame title={title} summary={summary} height={height}>
        {rows.length === 0 && <text x="0" y="20" class="chart__empty">No data yet</text>}
        {rows.map((r, i) => {
          const y = i * rowH + 6;
          return (
            <g key={r.label}>
              <text x={LABEL_W - 10} y={y + rowH / 2 - 2} text-anchor="end" class="chart__label">
                {r.label}
              </text>
              {series.map((s, j) => {
                const v = r.values[s.key] ?? 0;
                const w = Math.max(2, (v / max) * plot);
                const by = y + j * (bar + 3);
                return (
                  <g key={s.key}>
                    <rect x={LABEL_W} y={by} width={w} height={bar} rx="3" class={s.tone}>
                      <title>{`${r.label} ${s.label}: ${fmt(v)}${unit}`}</title>
                    </rect>
                    <text
                      x={LABEL_W + w + 6}
                      y={by + bar - 2}
                      class="chart__value chart__value--sm"
                    >
                      {fmt(v)}
                      {unit}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </Frame>
      <Legend series={series} />
    </>
  );
}

/** Vertical stacked columns, one per bucket (e.g. sentiment per hour). */
export function StackedColumnChart(
  { title, columns, series, width = 1000 }: {
    title: string;
    columns: readonly { label: string; values: Record<string, number> }[];
    series: readonly Series[];
    /** Width of the drawing in user units (its text size follows). */
    width?: number;
  },
) {
  const height = 240;
  const top = 10;
  const bottom = 28;
  const left = 36;
  const plotH = height - top - bottom;
  const totals = columns.map((c) => series.reduce((n, s) => n + (c.values[s.key] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const slot = columns.length ? (width - left - 8) / columns.length : 0;
  const colW = Math.min(48, slot * 0.7);
  const every = Math.max(1, Math.ceil(columns.length / 8));
  const summary = columns.length
    ? columns.map((c) =>
      `${c.label}: ${series.map((s) => `${fmt(c.values[s.key] ?? 0)} ${s.label}`).join(", ")}`
    )
      .join("; ")
    : "No data yet";
  return (
    <>
      <Frame title={title} summary={summary} height={height} width={width}>
        {[0, 0.5, 1].map((f) => {
          const y = top + plotH - f * plotH;
          return (
            <g key={f}>
              <line x1={left} x2={width} y1={y} y2={y} class="chart__grid" />
              <text x={left - 6} y={y + 4} text-anchor="end" class="chart__axis">
                {fmt(max * f)}
              </text>
            </g>
          );
        })}
        {columns.length === 0 && (
          <text x={left + 8} y={top + 20} class="chart__empty">No data yet</text>
        )}
        {columns.map((c, i) => {
          const x = left + i * slot + (slot - colW) / 2;
          let y = top + plotH;
          return (
            <g key={c.label}>
              {series.map((s) => {
                const v = c.values[s.key] ?? 0;
                const h = (v / max) * plotH;
                y -= h;
                return v > 0
                  ? (
                    <rect key={s.key} x={x} y={y} width={colW} height={h} class={s.tone}>
                      <title>{`${c.label} ${s.label}: ${fmt(v)}`}</title>
                    </rect>
                  )
                  : null;
              })}
              {i % every === 0 && (
                <text x={x + colW / 2} y={height - 8} text-anchor="middle" class="chart__axis">
                  {c.label}
                </text>
              )}
            </g>
          );
        })}
      </Frame>
      <Legend series={series} />
    </>
  );
}

/** A share as a big number over a bar (e.g. turns resolved without a human). */
export function Meter({ label, share, detail }: { label: string; share: number; detail?: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, share)) * 100);
  return (
    <div class="meter">
      <span class="meter__value">{pct}%</span>
      <svg
        class="meter__bar"
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        role="img"
        aria-label={`${label}: ${pct}%`}
      >
        <rect width="100" height="8" rx="4" class="fill-track" />
        <rect width={pct} height="8" rx="4" class="fill-ok" />
      </svg>
      {detail && <span class="meter__detail">{detail}</span>}
    </div>
  );
}
