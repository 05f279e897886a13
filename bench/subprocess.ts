/**
 * Runs one part of the benchmark in a fresh Deno process, so each system is measured
 * alone (its own heap, its own resident size), and reads the JSON it prints last.
 */

/** Options for `runPart`. */
export interface PartOptions {
  /** Module under bench/ to run (e.g. "phase.ts"). */
  module: string;
  /** Arguments after the module. */
  args: string[];
  /** Killed after this long. */
  timeoutMs: number;
  /** Write a V8 CPU profile of the process into this folder. */
  cpuProfDir?: string | null;
  /** Called with the child's pid once it runs. */
  onStart?: (pid: number) => void;
}

const BENCH_DIR = new URL(".", import.meta.url);

/**
 * The V8 flags `deno task start` runs the system with (from deno.json), so that the
 * systems measured here are the ones shipped.
 */
export function startV8Flags(): string[] {
  const config = JSON.parse(Deno.readTextFileSync(new URL("../deno.json", BENCH_DIR)));
  const start: string = config.tasks?.start ?? "";
  return start.split(/\s+/).filter((a) => a.startsWith("--v8-flags="));
}

/** Runs a bench module in a new process and returns the JSON object it printed last. */
export async function runPart<T>(opts: PartOptions): Promise<T> {
  const flags = ["run", "-A", ...startV8Flags()];
  if (opts.cpuProfDir) flags.push("--cpu-prof", `--cpu-prof-dir=${opts.cpuProfDir}`);
  const child = new Deno.Command(Deno.execPath(), {
    args: [...flags, new URL(opts.module, BENCH_DIR).pathname, ...opts.args],
    cwd: new URL("..", BENCH_DIR).pathname,
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  opts.onStart?.(child.pid);
  const timer = setTimeout(() => {
    try {
      child.kill("SIGKILL");
    } catch { /* gone */ }
  }, opts.timeoutMs);
  try {
    const out = await child.output();
    const text = new TextDecoder().decode(out.stdout).trim();
    const last = text.split("\n").filter((l) => l.startsWith("{")).at(-1);
    if (!out.success || !last) {
      throw new Error(
        `Cannot run bench/${opts.module} ${opts.args[0] ?? ""}: exit ${out.code}${
          out.signal ? ` (${out.signal})` : ""
        }; output: ${text.slice(-500)}`,
      );
    }
    return JSON.parse(last) as T;
  } finally {
    clearTimeout(timer);
  }
}

/** Writes a progress line to stderr (stdout is kept for results). */
export function note(line: string): void {
  Deno.stderr.writeSync(new TextEncoder().encode(`[bench] ${line}\n`));
}
