/**
 * Prometheus metrics of the gateway and the turns it sees (prom-client). The process's
 * own figures keep prom-client's standard names (`process_cpu_seconds_total`,
 * `process_resident_memory_bytes`, `nodejs_eventloop_lag_seconds`, …), so stock
 * dashboards and alerts read them; only the mesh's own metrics carry the `mesh_` prefix.
 */
import client from "prom-client";
import type { Message } from "../shared/protocol.ts";
import { collectProcessMetrics } from "./process_metrics.ts";

/** The gateway's metrics. */
export class GatewayMetrics {
  /** The registry `/metrics` renders. */
  readonly registry: client.Registry = new client.Registry();
  readonly turns: client.Counter<"outcome" | "intent">;
  readonly turnLatency: client.Histogram<"outcome">;
  readonly actorLatency: client.Histogram<"actor">;
  readonly actorErrors: client.Counter<"actor" | "kind">;
  readonly handoffs: client.Counter<"priority">;
  readonly sockets: client.Gauge;
  readonly http: client.Counter<"method" | "status">;
  readonly rateLimited: client.Counter<"scope">;
  readonly accepted: client.Counter;

  constructor() {
    const registers = [this.registry];
    collectProcessMetrics(this.registry);
    this.turns = new client.Counter({
      name: "mesh_turns_total",
      help: "Finished customer turns by outcome and intent",
      labelNames: ["outcome", "intent"],
      registers,
    });
    this.accepted = new client.Counter({
      name: "mesh_turns_accepted_total",
      help: "Customer turns accepted by the gateway",
      registers,
    });
    this.turnLatency = new client.Histogram({
      name: "mesh_turn_latency_seconds",
      help: "Time from accepting a turn to its reply",
      labelNames: ["outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers,
    });
    this.actorLatency = new client.Histogram({
      name: "mesh_actor_latency_seconds",
      help: "Time each actor spent on a step",
      labelNames: ["actor"],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5],
      registers,
    });
    this.actorErrors = new client.Counter({
      name: "mesh_actor_errors_total",
      help: "Failed actor steps by kind",
      labelNames: ["actor", "kind"],
      registers,
    });
    this.handoffs = new client.Counter({
      name: "mesh_handoffs_total",
      help: "Conversations handed to a human",
      labelNames: ["priority"],
      registers,
    });
    this.sockets = new client.Gauge({
      name: "mesh_open_sockets",
      help: "Open customer WebSockets",
      registers,
    });
    this.http = new client.Counter({
      name: "mesh_http_requests_total",
      help: "HTTP requests by method and status",
      labelNames: ["method", "status"],
      registers,
    });
    this.rateLimited = new client.Counter({
      name: "mesh_rate_limited_total",
      help: "Requests refused by a rate limit",
      labelNames: ["scope"],
      registers,
    });
  }

  /** Reports at each scrape how many accepted turns wait for the bus to take them. */
  trackWaitingForBus(read: () => number): void {
    new client.Gauge({
      name: "mesh_turns_waiting_for_bus",
      help: "Accepted turns the bus did not take yet (sent again once it does)",
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** Records a finished turn from its final message. */
  observeTurn(msg: Message, failed: boolean): void {
    const outcome = failed ? "failed" : msg.payload.aggregation?.outcome ??
      msg.payload.escalation?.kind ?? "unknown";
    this.turns.inc({ outcome, intent: msg.payload.intent?.intent ?? "unknown" });
    const total = msg.payload.aggregation?.total_ms;
    if (total !== undefined) this.turnLatency.observe({ outcome }, total / 1000);
    for (const h of msg.route.history) this.actorLatency.observe({ actor: h.actor }, h.ms / 1000);
    for (const e of msg.errors) this.actorErrors.inc({ actor: e.actor, kind: e.kind });
    const handoff = msg.payload.escalation?.handoff;
    if (handoff) this.handoffs.inc({ priority: handoff.priority });
  }
}
