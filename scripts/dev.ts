/**
 * `deno task dev`: runs the dev server (`dev.ts`) in a child process and starts it again
 * when a source file changes. SIGTERM or SIGINT stops the server (it drains and exits), then
 * the watcher, and exits 0: nothing is left running. (Deno's own `--watch` keeps watching
 * after the script exits on a signal, so `deno task dev` never ended on SIGTERM.)
 *
 *   deno task dev [--watch=dir,dir] [--help]
 */
// deno-lint-ignore-file no-console
import { createLogger, type Logger } from "../shared/log.ts";

/** What a change of restarts the server, by default: every folder of source, and dev.ts. */
export const WATCHED = [
  "actors",
  "components",
  "domain",
  "gateway",
  "islands",
  "mesh",
  "mocks",
  "routes",
  "shared",
  "system",
  "dev.ts",
];

/** Files whose change matters (not editors' swap files, not the built bundles). */
const SOURCE = /\.(ts|tsx|json|jsonl|css)$/;

const USAGE = `Usage: deno task dev [--watch=dir,dir] [--help]

Runs the whole system for development (in-process bus, Deno KV, SQLite, the demo store, debug
logs) and starts it again when a source file changes. The agent token and the session secret
are generated once and kept under DATA_DIR, so the console stays signed in across restarts.
SIGTERM or Ctrl-C stops the server and the watcher together.

Flags:
  --watch=dir,dir   folders to watch (default: ${WATCHED.join(", ")})
  --help, -h        print this and exit

Environment: as deno task start (deno task start --help); BUS=nats to use NATS.
`;

/** A dev server process and how to stop it. */
interface Server {
  child: Deno.ChildProcess;
  exited: Promise<Deno.CommandStatus>;
}

function startServer(log: Logger): Server {
  const child = new Deno.Command("deno", {
    args: [
      "run",
      "--no-prompt",
      "-P=dev",
      "--v8-flags=--max-semi-space-size=2,--heap-growing-percent=60",
      // A process of its own, not an import: the project's entry point, run from the root.
      "dev.ts",
    ],
    cwd: new URL("../", import.meta.url).pathname,
    stdin: "null",
  }).spawn();
  const server = { child, exited: child.status };
  server.exited.then((s) => {
    // Stopped by us: SIGTERM drains and exits 0. Anything else is a crash or a failed start.
    if (s.code !== 0 && s.signal !== "SIGKILL") {
      log.warn("Dev server exited: waiting for a change to start it again", { code: s.code });
    }
  });
  return server;
}

/** Asks the server to drain and exit; kills it when it has not within `graceMs`. */
async function stopServer(server: Server, graceMs = 15_000): Promise<void> {
  try {
    server.child.kill("SIGTERM");
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      server.child.kill("SIGKILL");
    } catch { /* gone */ }
  }, graceMs);
  await server.exited;
  clearTimeout(timer);
}

/** Runs the dev server under a watcher until SIGINT or SIGTERM. */
export async function runDev(dirs: string[], log: Logger): Promise<void> {
  const watcher = Deno.watchFs(dirs, { recursive: true });
  let server = startServer(log);
  let stopping = false;
  let restart: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    stopping = true;
    if (restart) clearTimeout(restart);
    watcher.close();
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
  const watching = (async () => {
    for await (const event of watcher) {
      const changed = event.paths.filter((p) => SOURCE.test(p));
      if (!changed.length || stopping) continue;
      // An editor's save is several events: restart once they settle.
      if (restart) clearTimeout(restart);
      restart = setTimeout(async () => {
        restart = null;
        log.info("Source changed: restarting the dev server", { file: changed[0] });
        await stopServer(server);
        if (!stopping) server = startServer(log);
      }, 200);
    }
  })();
  await watching;
  await stopServer(server);
  Deno.removeSignalListener("SIGINT", stop);
  Deno.removeSignalListener("SIGTERM", stop);
}

if (import.meta.main) {
  if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
    console.log(USAGE);
    Deno.exit(0);
  }
  const flag = Deno.args.find((a) => a.startsWith("--watch="));
  const unknown = Deno.args.find((a) => !a.startsWith("--watch="));
  if (unknown) {
    console.error(`Cannot run the dev server: unknown argument ${unknown} (--help for usage)`);
    Deno.exit(2);
  }
  const dirs = flag ? flag.slice(8).split(",").filter(Boolean) : WATCHED;
  const log = createLogger({ fields: { mode: "dev" } });
  await runDev(dirs.map((d) => new URL(`../${d}`, import.meta.url).pathname), log);
  log.info("Dev server and watcher stopped");
  Deno.exit(0);
}
