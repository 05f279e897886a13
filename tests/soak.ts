/**
 * `deno task soak`: the fault scenarios of `tests/faults_test.ts`, longer and with more
 * shoppers (bounded turns each, loopback only), printed as one JSON line each and written
 * to `docs/reliability.md`.
 *
 *   deno task soak                     about 4 minutes in all
 *   deno task soak --minutes=10        longer
 *   deno task soak --only=redis_down   one scenario
 *   deno task soak --out=-             print only, write nothing
 */
import { natsMissing } from "./helpers/nats.ts";
import { redisMissing } from "./helpers/redis.ts";
import type { ScenarioOptions } from "./helpers/fault_run.ts";
import { printFigures, type ScenarioFigures } from "./helpers/reliability.ts";
import {
  llmFaulty,
  natsRestarted,
  ordersFaulty,
  workersKilled,
} from "./helpers/fault_scenarios.ts";
import { gatewayRestarted, redisDown } from "./helpers/fault_scenarios_state.ts";
import { launchedNatsKilled } from "./helpers/fault_scenarios_bus.ts";
import { reliabilityMarkdown, type SoakRun } from "./helpers/soak_report.ts";

interface Scenario {
  name: string;
  what: string;
  needs: () => boolean;
  run: (o: ScenarioOptions) => Promise<ScenarioFigures>;
}

const SCENARIOS: Scenario[] = [
  {
    name: "workers_killed",
    what: "Each actor's Worker killed in turn (abruptly, as a crash), over and over",
    needs: () => !natsMissing(),
    run: workersKilled,
  },
  {
    name: "nats_restarted",
    what: "nats-server (JetStream, file storage) stopped and started again every few " +
      "seconds, then down for 18 s (longer than the bus retries a publish)",
    needs: () => !natsMissing(),
    run: natsRestarted,
  },
  {
    name: "launched_nats_killed",
    what: "The nats-server that the system launched itself (as `deno task start` does) killed " +
      "with SIGKILL every few seconds; nobody restarts it but the launcher",
    needs: () => !natsMissing(),
    run: launchedNatsKilled,
  },
  {
    name: "orders_50pct_errors_2s",
    what: "The orders API at 50% errors and 2 s latency (over the 1.5 s call timeout) while " +
      "shoppers confirm changes proposed before",
    needs: () => !natsMissing(),
    run: ordersFaulty,
  },
  {
    name: "llm_garbage_slow_down",
    what: "The LLM answering invalid JSON, 500s, 429s, empty and wrong-shaped answers and " +
      "slowly (past its 1.5 s deadline), then its port closed",
    needs: () => !natsMissing(),
    run: llmFaulty,
  },
  {
    name: "redis_down",
    what: "Redis (sessions, pending changes, caches) stopped, then started again empty, " +
      "over and over",
    needs: () => !natsMissing() && !redisMissing(),
    run: redisDown,
  },
  {
    name: "gateway_restarted",
    what: "The gateway (in-process bus, same data folder) stopped and started again with " +
      "sockets open and turns in flight",
    needs: () => true,
    run: gatewayRestarted,
  },
];

function arg(name: string): string | null {
  const hit = Deno.args.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : null;
}

async function main(): Promise<number> {
  const minutes = Number(arg("minutes") ?? "4");
  const only = arg("only");
  const out = arg("out") ?? new URL("../docs/reliability.md", import.meta.url).pathname;
  const chosen = SCENARIOS.filter((s) => !only || s.name === only);
  // Starting a system and settling takes ~15 s a scenario; the rest is traffic under fault.
  const perScenarioMs = Math.max(10_000, (minutes * 60_000) / chosen.length - 15_000);
  const runs: SoakRun[] = [];
  const started = new Date();
  for (const [i, s] of chosen.entries()) {
    const options: ScenarioOptions = {
      customers: 30,
      guests: 6,
      seed: 1_000 + i,
      minMs: perScenarioMs,
      maxTurns: 150,
      wsShare: 0.3,
      settleMs: 120_000,
    };
    if (!s.needs()) {
      runs.push({ name: s.name, what: s.what, figures: null, error: "skipped: missing binaries" });
      continue;
    }
    const t0 = performance.now();
    try {
      const figures = await s.run(options);
      printFigures({ ...figures, seconds: Math.round((performance.now() - t0) / 1000) });
      runs.push({ name: s.name, what: s.what, figures, error: null });
    } catch (err) {
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      printFigures({ scenario: s.name, error });
      runs.push({ name: s.name, what: s.what, figures: null, error });
    }
  }
  const finished = new Date();
  if (out !== "-") {
    const text = await reliabilityMarkdown({ runs, started, finished, minutes });
    await Deno.writeTextFile(out, text);
    // Keep it as `deno fmt` would have it, so the check in CI stays quiet.
    await new Deno.Command(Deno.execPath(), { args: ["fmt", "--quiet", out] }).output();
    // deno-lint-ignore no-console
    console.error(`Wrote ${out}`);
  }
  const failed = runs.filter((r) =>
    r.error && !r.error.startsWith("skipped") ||
    r.figures && (r.figures.unanswered > 0 || r.figures.duplicates > 0 ||
        r.figures.mismatched > 0 || r.figures.answered_twice > 0)
  );
  return failed.length ? 1 : 0;
}

if (import.meta.main) Deno.exit(await main());
