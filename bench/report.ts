/**
 * The benchmark's table: what a person reads after `deno task bench`.
 */
import type { BenchReport, BusFigures } from "./summary.ts";

function pad(cells: (string | number | null)[], widths: number[]): string {
  return cells.map((c, i) => {
    const s = c === null ? "—" : String(c);
    return i === 0 ? s.padEnd(widths[i]) : s.padStart(widths[i]);
  }).join("  ");
}

function table(head: string[], rows: (string | number | null)[][]): string[] {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] === null ? 1 : String(r[i]).length)))
  );
  return [
    pad(head, widths),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((r) => pad(r, widths)),
  ];
}

function busRows(name: string, b: BusFigures): (string | number | null)[][] {
  const rows = b.sequential ? [b.sequential, ...b.rates] : b.rates;
  return rows.map((r) => {
    const one = r === b.sequential;
    const use = one ? undefined : b.use[String(r.offered_rate)];
    const cpu = use?.cpu_ms_per_turn;
    return [
      name,
      one ? "1 at a time" : r.offered_rate,
      r.achieved_rate,
      `${r.ok}/${r.sent}`,
      r.latency.p50_ms,
      r.latency.p95_ms,
      r.latency.p99_ms,
      r.latency.max_ms,
      r.mesh_ms.p50_ms,
      r.hop_overhead_ms.p50_ms,
      r.gateway_ms.p50_ms,
      cpu ? `${cpu.system}/${cpu.nats ?? "-"}/${cpu.client ?? "-"}` : null,
      one ? "" : r.sustained ? "yes" : "NO",
    ];
  });
}

function natsLabel(r: BenchReport): string {
  const w = r.settings.env.ACTOR_WORKERS;
  if (w === "false" || w === "none" || w === "no" || w === "0") return "nats";
  return w === "each" ? "nats+worker each" : "nats+workers";
}

const HISTORY = {
  sqlite: "SQLite",
  postgresql: "PostgreSQL",
  both: "SQLite, then each system part again on PostgreSQL (rows marked PostgreSQL)",
} as const;

/** Formats the report as text. */
export function formatReport(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Support Mesh benchmark (${r.mode}) — ${r.date}`);
  out.push(
    `machine: ${m.nproc} × ${m.cpu_model}, ${(m.mem_total_mb / 1024).toFixed(1)} GB, ` +
      `Deno ${m.deno}, ${m.nats_server ?? "no nats-server"}`,
  );
  const set = r.settings;
  const changed = [
    ...Object.entries(set.env).map(([k, v]) => `${k}=${v}`),
    set.spread_addresses ? null : "one client address",
  ].filter(Boolean);
  if (changed.length) out.push(`settings: ${changed.join(", ")}`);
  out.push(`history: ${HISTORY[set.history]}`);
  out.push(`load before: ${r.load_before.uptime}`);
  out.push(`load after:  ${r.load_after.uptime}`);
  out.push("");
  out.push("End-to-end turns over HTTP, rule path, open loop (ms from scheduled send):");
  const rows = [
    ...(r.in_process ? busRows("in_process", r.in_process) : []),
    ...(r.nats ? busRows(natsLabel(r), r.nats) : []),
    ...(r.in_process_postgres ? busRows("in_process, PostgreSQL", r.in_process_postgres) : []),
    ...(r.nats_postgres ? busRows(`${natsLabel(r)}, PostgreSQL`, r.nats_postgres) : []),
  ];
  out.push(...table(
    [
      "bus",
      "rate/s",
      "achieved",
      "ok/sent",
      "p50",
      "p95",
      "p99",
      "max",
      "mesh p50",
      "hop p50",
      "gw p50",
      "cpu ms/turn sys/nats/client",
      "sustained",
    ],
    rows,
  ));
  for (
    const [name, b] of [
      ["in_process", r.in_process],
      ["nats", r.nats],
      ["in_process on PostgreSQL", r.in_process_postgres],
      ["nats on PostgreSQL", r.nats_postgres],
    ] as const
  ) {
    if (!b) continue;
    out.push(
      `${name}: max sustained ${b.max_rate}${b.max_rate_is_lower_bound ? "+" : ""} turns/s ` +
        `(achieved ${b.max_rate_achieved}/s); there p50 ${b.p50_ms} p95 ${b.p95_ms} ` +
        `p99 ${b.p99_ms} max ${b.max_ms} ms; started in ${b.start_ms} ms`,
    );
  }
  const f = r.floors;
  if (f) {
    out.push("");
    out.push("Floors (one turn at a time):");
    out.push(
      `  direct chain (actors in sequence, no bus): p50 ${f.direct.latency.p50_ms} ms, ` +
        `p99 ${f.direct.latency.p99_ms} ms; with per-hop encode/decode/validate ` +
        `p50 ${f.direct.with_codec.p50_ms} ms; message ${f.direct.message_bytes_p50} B (median)`,
    );
    if (f.raw_hops) {
      const raw = f.raw_hops;
      out.push(
        `  raw JetStream chain of ${raw.hops} hops: p50 ${raw.latency.p50_ms} ms ` +
          `(${raw.per_hop_p50_ms} ms a hop), p99 ${raw.latency.p99_ms} ms; ` +
          `max sustained ${raw.max_rate} chains/s`,
      );
      for (const x of raw.rates) {
        out.push(
          `    at ${x.rate}/s: achieved ${x.achieved_rate}/s, p50 ${x.latency.p50_ms} p99 ` +
            `${x.latency.p99_ms} ms; CPU ms a chain: clients ${x.cpu_ms_per_chain.clients}, ` +
            `nats-server ${x.cpu_ms_per_chain.nats}${x.sustained ? "" : " (not sustained)"}`,
        );
      }
    }
    const nt = f.raw_hops_no_traces;
    if (nt && nt.rates[0]) {
      const x = nt.rates[0];
      out.push(
        `  same chain with nats.js noAsyncTraces: p50 ${nt.latency.p50_ms} ms; at ${x.rate}/s ` +
          `CPU ms a chain: clients ${x.cpu_ms_per_chain.clients}, nats-server ${x.cpu_ms_per_chain.nats}`,
      );
    }
    out.push(
      `  NATS mesh / direct = ${r.ratio_to_direct ?? "—"}×, / raw hops = ${
        r.ratio_to_raw_hops ?? "—"
      }× (mesh only ${r.ratio_mesh_only_to_raw_hops ?? "—"}×; at target rate ${
        r.ratio_to_raw_hops_at_target ?? "—"
      }×)`,
    );
    out.push(`  (${r.ratio_basis})`);
  }
  if (r.actors_detail) {
    out.push("");
    out.push("Actors alone (messages/s):");
    const rows = Object.entries(r.actors_detail).map(([name, t]) =>
      t
        ? [name, t.sequential, t.sequential_per_cpu_s, t.concurrent, t.runtime, t.mean_ms, t.inputs]
        : [name, null, null, null, null, null, 0]
    );
    out.push(
      ...table(
        [
          "actor",
          "process 1 at a time",
          "per CPU-s",
          "process ×32",
          "runtime, in-process bus",
          "ms/msg",
          "inputs",
        ],
        rows,
      ).map((l) => `  ${l}`),
    );
    const direct = f?.direct.actor_ms;
    if (direct) {
      out.push(
        "  in the direct chain (p50 ms): " +
          Object.entries(direct).map(([k, v]) => `${k} ${v.p50_ms}`).join(", "),
      );
    }
  }
  const sockets = [
    ...(r.websocket ? [r.websocket] : []),
    ...(r.websocket_in_process ? [{ ...r.websocket_in_process, bus: "in_process" }] : []),
  ];
  if (sockets.length) out.push("");
  for (const ws of sockets) {
    out.push(
      `WebSocket (${ws.bus}): ${ws.connected}/${ws.sockets} sockets open (connect p50 ` +
        `${ws.connect_ms.p50_ms} ms), ${ws.replied}/${ws.sent} replies at ${ws.offered_rate} turns/s ` +
        `offered (${ws.achieved_rate}/s achieved); reply p50 ${ws.latency.p50_ms} p95 ` +
        `${ws.latency.p95_ms} p99 ${ws.latency.p99_ms} max ${ws.latency.max_ms} ms; ack p50 ` +
        `${ws.ack_latency.p50_ms} ms; errors ${ws.errors}, dropped ${ws.dropped}`,
    );
  }
  out.push("");
  const ri = r.rss_mb.in_process, rn = r.rss_mb.nats;
  out.push(
    "Memory (resident MB): " + [
      ri ? `in_process idle ${ri.idle}, under load ${ri.load} (peak ${ri.peak})` : null,
      rn
        ? `${natsLabel(r)} idle ${rn.idle}, under load ${rn.load} (peak ${rn.peak}); nats-server ` +
          `${rn.nats_server_idle} → ${rn.nats_server_load}; total under load ${rn.total_load}`
        : null,
    ].filter(Boolean).join("; "),
  );
  if (r.nlu) {
    const n = r.nlu;
    const rate = (x: unknown) =>
      typeof x === "object" && x !== null
        ? `${(x as { wall: number }).wall}/s (${(x as { cpu: number }).cpu}/CPU-s)`
        : `${x}/s`;
    out.push(
      `NLU: classifier ${rate(n.classifier_msgs_per_s)}, sentiment ${
        rate(n.sentiment_msgs_per_s)
      }, ` +
        `both actors ${rate(n.nlu_msgs_per_s)}; start-up ${n.startup.total_ms} ms ` +
        `(import ${n.startup.import_ms}, wink ${n.startup.wink_ms}, training ` +
        `${n.startup.intent_train_ms}+${n.startup.sentiment_train_ms})`,
    );
  }
  if (r.cpu_ms_per_turn_by_category) {
    out.push("");
    out.push("Main thread CPU ms a turn, by what the code is for (profiled window):");
    for (const [bus, cats] of Object.entries(r.cpu_ms_per_turn_by_category)) {
      out.push(
        `  ${bus}: ` + Object.entries(cats).map(([k, v]) => `${k} ${v}`).join(", "),
      );
    }
  }
  if (r.profiles) {
    out.push("");
    out.push("Top costs (self time, share of busy time):");
    for (const [name, p] of Object.entries(r.profiles)) {
      const top = p.self.slice(0, 6).map((f) => `${f.pct}% ${f.fn}`).join("; ");
      const areas = p.categories.slice(0, 6).map((a) => `${a.category} ${a.pct}%`).join(", ");
      out.push(`  ${name} (busy ${p.busy_ms} ms): ${areas}`);
      out.push(`      ${top}`);
    }
  }
  out.push("");
  out.push("Targets (2 cores, NATS, no LLM):");
  for (const t of r.targets) {
    const mark = t.met === null ? "  -" : t.met ? " ok" : " NO";
    out.push(`${mark}  ${t.name}: ${t.value} (target ${t.target})`);
  }
  if (r.errors.length) {
    out.push("");
    out.push("Errors:");
    for (const e of r.errors) out.push(`  ${e}`);
  }
  return out.join("\n");
}
