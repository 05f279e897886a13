/**
 * What every fault scenario shares: its size, the shoppers and their traffic around a
 * fault that plays out meanwhile, and the figures at the end.
 */
import type { TestSystem } from "./system.ts";
import { type DrivenShopper, Traffic } from "./traffic.ts";
import { idleTurn, loadPersonas, scriptFor, type ScriptTurn } from "./personas.ts";
import { figuresOf, type ScenarioFigures } from "./reliability.ts";
import type { LedgerEntry } from "./system.ts";
import type { History } from "../../shared/db/types.ts";

/** How big and how long a scenario is. */
export interface ScenarioOptions {
  /** Generated customers (the demo cast always comes too). */
  customers: number;
  guests: number;
  seed: number;
  /** Shoppers keep talking until the fault is over and at least this long (ms). */
  minMs: number;
  /** Most turns one shopper sends. */
  maxTurns: number;
  /** Share of shoppers on the live socket. */
  wsShare?: number;
  /** How long to wait for all accepted turns to be answered at the end. */
  settleMs?: number;
}

/** The size CI runs: a few hundred turns a scenario, each fault played once. */
export const CI_SIZE: Omit<ScenarioOptions, "seed"> = {
  customers: 12,
  guests: 3,
  minMs: 0,
  maxTurns: 40,
  wsShare: 0.3,
};

/** Waits `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Rejects after `ms` with `what` if `p` has not settled by then. */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Signs the shoppers of a scenario in; `history` is the database their turns land in. */
export async function openShoppers(
  t: { url: string; storeUrl: string; history: () => History },
  o: ScenarioOptions,
): Promise<{ traffic: Traffic; shoppers: DrivenShopper[] }> {
  const personas = await loadPersonas(t.storeUrl, { customers: o.customers, guests: o.guests });
  const traffic = new Traffic({
    url: t.url,
    seed: o.seed,
    wsShare: o.wsShare ?? 0.3,
    readHistory: (id) => t.history().listMessages(id),
  });
  const shoppers = await traffic.open(personas);
  return { traffic, shoppers };
}

/** `openShoppers` for a test system. */
export function shoppersOf(
  t: TestSystem,
  o: ScenarioOptions,
): Promise<{ traffic: Traffic; shoppers: DrivenShopper[] }> {
  return openShoppers({ url: t.url, storeUrl: t.storeUrl, history: () => t.system.history }, o);
}

/**
 * Runs each shopper's script, then turns that change nothing until `fault` has finished
 * and `minMs` passed (at most `maxTurns` each), while `fault` plays out.
 */
export async function driveThrough(
  traffic: Traffic,
  shoppers: DrivenShopper[],
  o: ScenarioOptions,
  fault: () => Promise<void>,
  script: (s: DrivenShopper, rng: () => number) => ScriptTurn[] = (s, rng) =>
    scriptFor(s.persona, rng),
): Promise<void> {
  let over = false;
  const started = Date.now();
  const playing = fault().finally(() => (over = true));
  const scripts = new Map<number, ScriptTurn[]>();
  const driving = traffic.run(shoppers, (s, n, rng) => {
    if (!scripts.has(s.index)) scripts.set(s.index, script(s, rng));
    const mine = scripts.get(s.index)!;
    if (n >= o.maxTurns) return null;
    if (n < mine.length) return mine[n];
    if (!over || Date.now() - started < o.minMs) return idleTurn(s.persona, rng);
    return null;
  });
  // A failing fault must not leave the shoppers talking forever: stop them, then throw.
  await Promise.all([playing.catch(() => {}), driving]);
  await playing;
}

/** Settles the traffic and collects the scenario's figures. */
export async function finish(o: {
  scenario: string;
  traffic: Traffic;
  t: TestSystem;
  options: ScenarioOptions;
  ledger?: LedgerEntry[];
  extra?: Record<string, unknown>;
}): Promise<ScenarioFigures> {
  const settlement = await o.traffic.settle(o.options.settleMs ?? 90_000);
  const ledger = o.ledger ?? await o.t.ledger();
  const figures = await figuresOf({
    scenario: o.scenario,
    traffic: o.traffic,
    settlement,
    ledger,
    system: o.t.system,
    extra: {
      sign_ins: o.traffic.signIns,
      socket_reconnects: o.traffic.shoppers.reduce((n, s) => n + (s.ws?.reconnects ?? 0), 0),
      ...o.extra,
    },
  });
  await o.traffic.close();
  return figures;
}

/** Waits until `/health/ready` reports `status` (or the deadline passes); returns the last. */
export async function readyStatus(
  url: string,
  want: string | null,
  deadlineMs = 30_000,
): Promise<{ status: string; code: number; checks: Record<string, { ok: boolean }> }> {
  const until = Date.now() + deadlineMs;
  while (true) {
    const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(10_000) })
      .catch(() => null);
    const body = res ? await res.json() : { status: "unreachable", checks: {} };
    body.code = res?.status ?? 0;
    if (want === null || body.status === want || Date.now() > until) return body;
    await sleep(250);
  }
}
