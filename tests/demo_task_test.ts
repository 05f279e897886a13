/**
 * `deno task demo` finds the system where it is told: `--url` (either spelling), else
 * http://127.0.0.1:$PORT; with nothing there and no `--url` it starts one of its own, on PORT
 * when set; an unreachable `--url` is a plain error, not a system of its own.
 */
import assert from "node:assert/strict";
import { startTestSystem } from "./helpers/system.ts";
import { freePort } from "./helpers/binaries.ts";

const root = new URL("..", import.meta.url).pathname;

async function demo(args: string[], env: Record<string, string> = {}) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", "demo", ...args],
    cwd: root,
    // In-process bus for a demo that starts its own: no nats-server to launch.
    env: { NO_COLOR: "1", BUS: "in_process", ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stdout = new TextDecoder().decode(out.stdout);
  const stderr = new TextDecoder().decode(out.stderr);
  return {
    code: out.code,
    stdout,
    stderr,
    replies: stdout.match(/^ {2}agent {4}› /gm)?.length ?? 0,
  };
}

Deno.test({
  name:
    "deno task demo plays against the system at --url or at PORT, and starts its own on PORT when none answers",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using system = await startTestSystem();
    const port = new URL(system.url).port;

    for (const args of [[`--url=${system.url}`], ["--url", system.url]]) {
      const r = await demo(args, { PORT: String(freePort()) });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`Using the Support Mesh running at ${system.url}\\n`));
      assert.ok(r.replies >= 9, `every scenario answered: ${r.stdout.slice(-500)}`);
    }

    const byPort = await demo([], { PORT: port });
    assert.equal(byPort.code, 0, byPort.stderr);
    assert.match(
      byPort.stdout,
      new RegExp(`Using the Support Mesh running at http://127.0.0.1:${port}\\n`),
    );

    const free = freePort();
    const own = await demo([], { PORT: String(free) });
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stdout, new RegExp(`No Support Mesh answers at http://127.0.0.1:${free}`));
    assert.match(own.stdout, new RegExp(`Running on http://127.0.0.1:${free} `), "its own on PORT");
    assert.ok(own.replies >= 9);

    const nowhere = await demo([`--url=http://127.0.0.1:${freePort()}`]);
    assert.equal(nowhere.code, 1);
    assert.match(
      nowhere.stderr,
      /Cannot reach http:\/\/127\.0\.0\.1:\d+: is Support Mesh running there\?/,
    );
    assert.doesNotMatch(nowhere.stdout, /Running on/, "no system of its own for an explicit --url");
  },
});
