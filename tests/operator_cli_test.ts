/**
 * The operators' command line, run as they run it (`deno task …`, with the tasks' permission
 * sets): `--help` prints what a command does, its flags and the environment it reads, and
 * exits 0; `deno task start` serves /metrics with the process's standard metric names and
 * true figures under its permission set.
 */
import assert from "node:assert/strict";
import { EnvSchema } from "../shared/config.ts";
import { ACTOR_NAMES } from "../mesh/registry.ts";
import { freePort } from "./helpers/binaries.ts";

const root = new URL("..", import.meta.url).pathname;

async function task(args: string[], env: Record<string, string> = {}) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", ...args],
    cwd: root,
    env: { NO_COLOR: "1", ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

Deno.test("deno task start --help prints what it does, its flags and every variable it reads, and exits 0", async () => {
  const r = await task(["start", "--help"]);
  assert.equal(r.code, 0, r.stderr);
  // (The task builds the island bundles first when they are stale, and says so.)
  assert.match(r.stdout, /^Usage: deno task start \[--help\]/m);
  assert.match(r.stdout, /Runs the whole Support Mesh/);
  assert.match(r.stdout, /--help, -h/);
  for (const name of Object.keys(EnvSchema.shape)) {
    assert.match(r.stdout, new RegExp(`\\b${name}\\b`), `names ${name}`);
  }
  assert.doesNotMatch(r.stderr, /Gateway listening/, "it starts nothing");
});

Deno.test("deno task actor --help names the actors, NATS_URL and STORE_API_URL as required, and exits 0", async () => {
  const r = await task(["actor", "--help"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Usage: deno task actor <name> \[--help\]/);
  assert.match(r.stdout, /Environment, required:\n\s+NATS_URL .+\n\s+STORE_API_URL /);
  assert.match(r.stdout, /HEALTH_PORT/);
  for (const name of ACTOR_NAMES) assert.match(r.stdout, new RegExp(`\\b${name}\\b`));
  // With a name too: help wins, nothing runs.
  const named = await task(["actor", "intent", "--help"]);
  assert.equal(named.code, 0, named.stderr);
  assert.match(named.stdout, /^Usage: deno task actor/);
});

Deno.test("deno task bench --help lists its flags and what it reads, and exits 0 without measuring", async () => {
  const r = await task(["bench", "--help"]);
  assert.equal(r.code, 0, `${r.code} ${r.stderr}`);
  assert.match(r.stdout, /^Usage: deno task bench \[flags\]/);
  for (
    const flag of [
      "--quick",
      "--only=PARTS",
      "--env=KEY=VALUE",
      "--postgres",
      "--postgres=both",
      "--redis",
    ]
  ) {
    assert.ok(r.stdout.includes(flag), flag);
  }
  assert.match(r.stdout, /Environment:/);
  assert.doesNotMatch(r.stderr, /\[bench\]/, "no part ran");
  const bad = await task(["bench", "--nonsense"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Cannot read argument --nonsense: unknown \(--help for usage\)/);
});

Deno.test("deno task dev --help and deno task demo --help print their usage and exit 0", async () => {
  const dev = await task(["dev", "--help"]);
  assert.equal(dev.code, 0, dev.stderr);
  assert.match(dev.stdout, /^Usage: deno task dev/);
  const demo = await task(["demo", "--help"]);
  assert.equal(demo.code, 0, demo.stderr);
  assert.match(demo.stdout, /^Usage: deno task demo \[--url=URL\]/m);
  assert.match(demo.stdout, /PORT/);
});

Deno.test("a bad argument or configuration is one plain line and a non-zero exit, no stack trace", async () => {
  const arg = await task(["start", "--nonsense"]);
  assert.equal(arg.code, 2);
  assert.match(
    arg.stderr,
    /Cannot start Support Mesh: unknown argument --nonsense \(--help for usage\)/,
  );
  const unnamed = await task(["actor"]);
  assert.equal(unnamed.code, 2);
  assert.match(
    unnamed.stderr,
    /Cannot run an actor: name one \(sentiment, intent, .+\), e\.g\. deno task actor intent/,
  );
  const config = await task(["start"], { PORT: "not-a-port" });
  assert.equal(config.code, 1);
  assert.match(config.stderr, /^Cannot read configuration: PORT: /m);
  assert.doesNotMatch(config.stderr, /^\s+at /m, "no stack trace");
});

Deno.test("deno task start serves /metrics with the process's standard names and its real resident size", async () => {
  // Under ./data: the `start` permission set writes there.
  await Deno.mkdir(`${root}data`, { recursive: true });
  const dataDir = await Deno.makeTempDir({ dir: `${root}data`, prefix: "test_metrics_" });
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["task", "start"],
    cwd: root,
    env: {
      BUS: "in_process",
      PORT: String(port),
      MOCKS_PORT: "0",
      DATA_DIR: dataDir,
      LOG_LEVEL: "error",
    },
    stdout: "null",
    stderr: "null",
  }).spawn();
  let text = "";
  try {
    for (let i = 0; i < 300 && !text; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`).catch(() => null);
      if (res?.ok) text = await res.text();
      else {
        await res?.body?.cancel();
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    child.kill("SIGTERM");
    await child.status;
    await Deno.remove(dataDir, { recursive: true });
  }
  assert.ok(text, "/metrics answered on loopback");
  const sample = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
  assert.ok(sample("process_resident_memory_bytes") > 10_000_000, "the resident size, not 0");
  assert.ok(sample("process_cpu_seconds_total") > 0);
  assert.ok(sample("process_start_time_seconds") > 0);
  assert.match(text, /^nodejs_eventloop_lag_seconds /m);
  assert.match(text, /^mesh_turns_accepted_total 0$/m, "the mesh's own keep mesh_");
  assert.doesNotMatch(text, /^mesh_(process|nodejs)_/m, "no default metric renamed");
  // What only /proc has is left out under the permission set, rather than reported as 0.
  assert.doesNotMatch(text, /^process_open_fds 0$/m);
});
