/**
 * Entry of the benchmark's child processes: runs one phase and prints its JSON.
 *
 *   deno run -A bench/phase.ts system '<SystemPhaseOptions>'
 *   deno run -A bench/phase.ts floors '<FloorsOptions>'
 *   deno run -A bench/phase.ts nlu '{"durationMs":…}'
 */
// deno-lint-ignore-file no-console
import { runSystemPhase, type SystemPhaseOptions } from "./system_phase.ts";
import { type FloorsOptions, runFloors } from "./floors.ts";
import { runNluBench } from "./nlu_bench.ts";

async function run(name: string, opts: unknown): Promise<unknown> {
  switch (name) {
    case "system":
      return await runSystemPhase(opts as SystemPhaseOptions);
    case "floors":
      return await runFloors(opts as FloorsOptions);
    case "nlu":
      return await runNluBench(opts as { durationMs: number });
    default:
      throw new Error(`Cannot run phase ${name}: unknown (system, floors, nlu)`);
  }
}

if (import.meta.main) {
  const result = await run(Deno.args[0], JSON.parse(Deno.args[1] ?? "{}"));
  console.log(JSON.stringify(result));
  Deno.exit(0);
}
