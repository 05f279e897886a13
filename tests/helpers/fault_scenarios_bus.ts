/**
 * The bus's own server failing under `deno task start`: the nats-server the system
 * launched is killed (SIGKILL, as a crash or the OOM killer would) while shoppers talk.
 * Nobody restarts anything by hand: the launcher does, readiness says so meanwhile, and
 * every accepted turn is answered once.
 */
import { type Shopper, startTestSystem } from "./system.ts";
import {
  driveThrough,
  finish,
  type ScenarioOptions,
  shoppersOf,
  sleep,
  within,
} from "./fault_run.ts";
import type { ScenarioFigures } from "./reliability.ts";

/** One readiness answer, with when it came (ms since the watch began). */
export interface ReadySample {
  at: number;
  code: number;
  status: string;
  bus_connected: boolean | null;
  nats_server: string | null;
}

/** Asks `/health/ready` over and over, keeping every answer, until stopped. */
export class ReadinessWatch {
  readonly samples: ReadySample[] = [];
  readonly #url: string;
  readonly #t0 = performance.now();
  #stopped = false;
  readonly #loop: Promise<void>;

  constructor(url: string) {
    this.#url = url;
    this.#loop = this.#run();
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      const res = await fetch(`${this.#url}/health/ready`, { signal: AbortSignal.timeout(10_000) })
        .catch(() => null);
      const body = res ? await res.json().catch(() => ({})) : {};
      this.samples.push({
        at: performance.now() - this.#t0,
        code: res?.status ?? 0,
        status: body.status ?? "unreachable",
        bus_connected: body.bus?.connected ?? null,
        nats_server: body.checks?.nats_server?.state ?? null,
      });
      await sleep(20);
    }
  }

  /** The first sample from index `from` on that `want` accepts (waits for it). */
  async first(want: (s: ReadySample) => boolean, from = 0): Promise<number> {
    for (let i = from;; i++) {
      while (i >= this.samples.length) {
        if (this.#stopped) throw new Error("Cannot wait for readiness: the watch stopped");
        await sleep(10);
      }
      if (want(this.samples[i])) return i;
    }
  }

  /** Milliseconds since the watch began. */
  now(): number {
    return performance.now() - this.#t0;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#loop;
  }
}

/** What readiness said around one kill. */
export interface KillRound {
  /** The first answer after the kill that was not 200, and what it said. */
  not_ready: {
    code: number;
    status: string;
    bus_connected: boolean | null;
    nats_server: string | null;
  };
  /** From the kill to the first 200 after it (ms). */
  ready_again_ms: number;
  /** Whether a new nats-server process serves now. */
  new_pid: boolean;
}

/** Turns sent the moment the server was killed: how they were taken and answered. */
export interface OutageTurns {
  sent: number;
  /** Answered 200 (the reply) or 202 (the reply comes later). */
  accepted: number;
  /** With exactly one reply stored in the end. */
  answered_once: number;
  /** HTTP statuses, counted. */
  statuses: Record<string, number>;
}

/** The kills summed up: what readiness said (counted), how soon it was ready again. */
export interface KillFigures {
  kills: number;
  restarts: number;
  /** First answer after each kill, counted: `503 not ready (bus disconnected)`… */
  not_ready: Record<string, number>;
  /** From each kill to the first 200 after it (ms), in order. */
  ready_again_ms: number[];
  /** Whether a new nats-server process served after every kill. */
  new_pid_each_time: boolean;
  outage_turns: OutageTurns;
}

function summarize(rounds: KillRound[]): Omit<KillFigures, "kills" | "restarts" | "outage_turns"> {
  const not_ready: Record<string, number> = {};
  for (const { not_ready: r } of rounds) {
    const why = r.bus_connected === false
      ? "bus disconnected"
      : r.nats_server === "restarting"
      ? "nats-server restarting"
      : "no reason given";
    const key = `${r.code} ${r.status} (${why})`;
    not_ready[key] = (not_ready[key] ?? 0) + 1;
  }
  return {
    not_ready,
    ready_again_ms: rounds.map((r) => r.ready_again_ms),
    new_pid_each_time: rounds.every((r) => r.new_pid),
  };
}

function counted(xs: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

/** Sends `n` turns at once over HTTP from a shopper of its own; resolves when answered. */
function sendDuring(
  shopper: Shopper,
  round: number,
  n: number,
): Promise<{ status: number; id: string | null }[]> {
  return Promise.all(Array.from({ length: n }, async (_, i) => {
    const res = await shopper.post({
      message: "Where is my order ORD-1001?",
      client_id: `outage-${round}-${i}`,
    }).catch(() => null);
    const body = res ? await res.json().catch(() => ({})) : {};
    return {
      status: res?.status ?? 0,
      id: typeof body.message_id === "string" ? body.message_id : null,
    };
  }));
}

/**
 * The nats-server that the system launched (as `deno task start` does when nats-server is
 * installed and no NATS_URL is set) killed with SIGKILL while shoppers talk, once a round.
 */
export async function launchedNatsKilled(
  o: ScenarioOptions,
): Promise<ScenarioFigures & KillFigures> {
  await using t = await startTestSystem({ launchNats: true });
  const nats = t.system.nats;
  if (!nats) throw new Error("Cannot kill the launched nats-server: the system launched none");
  const { traffic, shoppers } = await shoppersOf(t, o);
  const rounds: KillRound[] = [];
  let kills = 0;
  // Turns sent just as the server dies, from a session of their own (its conversation
  // holds nothing else).
  const probe = await t.session("sarah.chen@example.com");
  const during: Promise<{ status: number; id: string | null }[]>[] = [];
  await driveThrough(traffic, shoppers, o, async () => {
    const until = Date.now() + o.minMs;
    do {
      await sleep(2_500);
      const watch = new ReadinessWatch(t.url);
      try {
        // Ready before the kill, so what follows is the kill's doing.
        const before = await within(watch.first((s) => s.code === 200), 30_000, "ready at first");
        const pid = nats.pid;
        const from = watch.samples.length;
        const killedAt = watch.now();
        Deno.kill(pid, "SIGKILL");
        kills++;
        during.push(sendDuring(probe, kills, 3));
        const down = await within(
          watch.first((s) => s.code !== 200, Math.max(from, before + 1)),
          30_000,
          "readiness said not ready after the kill",
        );
        const up = await within(
          watch.first((s) => s.code === 200, down + 1),
          60_000,
          "readiness said ready again",
        );
        const { code, status, bus_connected, nats_server } = watch.samples[down];
        rounds.push({
          not_ready: { code, status, bus_connected, nats_server },
          ready_again_ms: Math.round(watch.samples[up].at - killedAt),
          new_pid: nats.pid !== pid,
        });
      } finally {
        await watch.stop();
      }
    } while (Date.now() < until);
    // Turns go on a while after the last restart.
    await sleep(2_000);
  });
  const sent = (await Promise.all(during)).flat();
  // Read once the traffic settled; a turn answered 202 may still be on its way then.
  const outage = async (): Promise<OutageTurns> => {
    const ids = sent.map((x) => x.id).filter((id): id is string => id !== null);
    const replies = async () =>
      (await t.system.history.listMessages(probe.conversationId)).filter((m) =>
        m.role === "assistant"
      );
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      const now = await replies();
      if (ids.every((id) => now.some((m) => m.message_id === id))) break;
      await sleep(250);
    }
    const stored = await replies();
    return {
      sent: sent.length,
      accepted: sent.filter((x) => x.status === 200 || x.status === 202).length,
      answered_once:
        sent.filter((x) =>
          x.id !== null && stored.filter((m) => m.message_id === x.id).length === 1
        ).length,
      statuses: counted(sent.map((x) => x.status)),
    };
  };
  const kill: Omit<KillFigures, "outage_turns"> = {
    kills,
    restarts: nats.restarts,
    ...summarize(rounds),
  };
  const figures = await finish({
    scenario: "launched_nats_killed",
    traffic,
    t,
    options: o,
    extra: kill,
  });
  const outage_turns = await outage();
  return { ...figures, ...kill, outage_turns };
}
