/**
 * `deno task start` as a user runs it: the bus it picks is named by /health/ready.
 */
import assert from "node:assert/strict";
import { findBinary, freePort, missing } from "./helpers/binaries.ts";

async function startAndReadReady(env: Record<string, string>): Promise<Record<string, unknown>> {
  const dataDir = await Deno.makeTempDir({ prefix: "mesh_start_" });
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts"],
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "error", MOCKS_PORT: "0" },
    clearEnv: true,
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const stderr = new Response(child.stderr).text();
  let exited = false;
  child.status.then(() => (exited = true));
  let report: Record<string, unknown> | null = null;
  const until = Date.now() + 60_000;
  while (!report && !exited && Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      const body = await res.json();
      if (res.status === 200) report = body;
    } catch {
      // not up yet
    }
    if (!report) await new Promise((r) => setTimeout(r, 200));
  }
  if (!exited) child.kill("SIGTERM");
  const status = await child.status;
  const err = await stderr;
  await Deno.remove(dataDir, { recursive: true });
  if (!report) throw new Error(`The system did not become ready (exit ${status.code}): ${err}`);
  assert.equal(status.code, 0, `a clean exit after SIGTERM: ${err}`);
  return report;
}

Deno.test("deno task start without NATS names the in-process bus", async () => {
  const report = await startAndReadReady({
    PATH: "/nonexistent",
    HOME: Deno.env.get("HOME") ?? "/tmp",
  });
  assert.equal((report.bus as { kind: string }).kind, "in_process");
});

Deno.test({
  name: "deno task start with nats-server on the PATH names JetStream",
  ignore: missing("nats-server"),
  async fn() {
    const dir = findBinary("nats-server")!.replace(/\/nats-server$/, "");
    const report = await startAndReadReady({ PATH: dir, HOME: Deno.env.get("HOME") ?? "/tmp" });
    assert.equal((report.bus as { kind: string }).kind, "jetstream");
    assert.equal((report.bus as { connected: boolean }).connected, true);
  },
});
