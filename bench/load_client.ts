/**
 * The load generator, run as its own process (a shopper's browser is not inside the
 * server): starts sessions, then runs the plan — open-loop HTTP turns at fixed rates and
 * the live-chat socket test — and prints one JSON object with what it measured.
 *
 *   deno run -A bench/load_client.ts '<plan as JSON>'
 */
// deno-lint-ignore-file no-console
import { loadTexts, MessageMix, openSessions, personas } from "./population.ts";
import { type RateResult, runOpenLoop } from "./open_loop.ts";
import { runSockets, type WsResult } from "./ws_load.ts";
import { note } from "./subprocess.ts";

/** What the client is asked to do. */
export interface ClientPlan {
  url: string;
  storeUrl: string;
  /** Sessions for the HTTP turns. */
  sessions: number;
  /** Unrecorded turns first (JIT, caches), at this rate for this long. */
  warmup: { rate: number; durationMs: number };
  rates: { rate: number; durationMs: number }[];
  /** Stop climbing after the first rate that is not sustained. */
  stopWhenSaturated: boolean;
  /** Pause between rates so queues empty. */
  pauseMs: number;
  requestTimeoutMs: number;
  /** Each shopper on its own loopback source address (false: all on 127.0.0.1). */
  spreadAddresses: boolean;
  ws: { sockets: number; turnsPerSocket: number; rate: number; drainMs: number } | null;
}

/** What the client prints. */
export interface ClientResult {
  sessions: { count: number; kinds: Record<string, number>; setup_ms: number };
  rates: RateResult[];
  skipped_rates: number[];
  ws: WsResult | null;
}

async function main(plan: ClientPlan): Promise<ClientResult> {
  const t0 = performance.now();
  const mix = new MessageMix(await loadTexts());
  const people = await personas(plan.storeUrl, plan.sessions);
  const sessions = await openSessions(plan.url, people, plan.spreadAddresses);
  const kinds: Record<string, number> = {};
  for (const p of people) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  const setupMs = Math.round(performance.now() - t0);
  note(`client: ${sessions.length} sessions in ${setupMs} ms; warming up`);
  const common = { url: plan.url, sessions, mix, requestTimeoutMs: plan.requestTimeoutMs };
  await runOpenLoop({ ...common, ...plan.warmup });
  await new Promise((r) => setTimeout(r, plan.pauseMs));
  const rates: RateResult[] = [];
  const skipped: number[] = [];
  for (const step of plan.rates) {
    if (plan.stopWhenSaturated && rates.length > 0 && !rates.at(-1)!.sustained) {
      skipped.push(step.rate);
      continue;
    }
    const r = await runOpenLoop({ ...common, ...step });
    rates.push(r);
    note(
      `client: ${r.offered_rate}/s → ${r.achieved_rate}/s ok=${r.ok}/${r.sent} ` +
        `p50=${r.latency.p50_ms} p99=${r.latency.p99_ms} max=${r.latency.max_ms} ms`,
    );
    await new Promise((res) => setTimeout(res, plan.pauseMs));
    if (!r.sustained) await settle(plan, sessions, mix);
  }
  let ws: WsResult | null = null;
  if (plan.ws) {
    const wsPeople = await personas(plan.storeUrl, plan.ws.sockets, 11);
    const wsSessions = await openSessions(plan.url, wsPeople);
    note(`client: ${wsSessions.length} socket sessions ready; opening sockets`);
    ws = await runSockets({ url: plan.url, sessions: wsSessions, mix, ...plan.ws });
    note(
      `client: sockets ${ws.connected}/${ws.sockets}, replies ${ws.replied}/${ws.sent}, ` +
        `p50=${ws.latency.p50_ms} p99=${ws.latency.p99_ms} ms`,
    );
  }
  return {
    sessions: { count: sessions.length, kinds, setup_ms: setupMs },
    rates,
    skipped_rates: skipped,
    ws,
  };
}

/** After an overload: waits (probing one turn at a time) until the backlog is gone. */
async function settle(
  plan: ClientPlan,
  sessions: Awaited<ReturnType<typeof openSessions>>,
  mix: MessageMix,
): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const probe = await runOpenLoop({
      url: plan.url,
      sessions,
      mix,
      rate: 10,
      durationMs: 100,
      requestTimeoutMs: plan.requestTimeoutMs,
    });
    if (probe.ok > 0 && probe.latency.max_ms < 250) return;
  }
  note("client: the system did not settle within 30 s");
}

if (import.meta.main) {
  const plan = JSON.parse(Deno.args[0]) as ClientPlan;
  const result = await main(plan);
  console.log(JSON.stringify(result));
  // Open keep-alive connections would keep the process alive.
  Deno.exit(0);
}
