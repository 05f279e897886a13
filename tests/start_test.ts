/**
 * `deno task start` as a user runs it — the task itself, so with its permission set and
 * actor Workers narrowed further: the bus it picks is named by /health/ready, and a chat
 * turn is answered.
 */
import assert from "node:assert/strict";
import { findBinary, freePort, missing } from "./helpers/binaries.ts";

const root = new URL("..", import.meta.url).pathname;

async function startAndReadReady(env: Record<string, string>): Promise<Record<string, unknown>> {
  // Under ./data: the `start` permission set writes there (and /data), not in /tmp.
  await Deno.mkdir(`${root}data`, { recursive: true });
  const dataDir = await Deno.makeTempDir({ dir: `${root}data`, prefix: "test_start_" });
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["task", "start"],
    cwd: root,
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
  let turnError: unknown = null;
  const turn = report ? await chatTurn(port).catch((e) => (turnError = e, null)) : null;
  if (!exited) child.kill("SIGTERM");
  const status = await child.status;
  const err = await stderr;
  await Deno.remove(dataDir, { recursive: true });
  if (!report) throw new Error(`The system did not become ready (exit ${status.code}): ${err}`);
  if (turnError) throw turnError;
  assert.equal(status.code, 0, `a clean exit after SIGTERM: ${err}`);
  return { ...report, turn };
}

/** One chat turn through the gateway and every actor: its reply and intent. */
async function chatTurn(port: number): Promise<{ reply: string; intent: string }> {
  const url = `http://127.0.0.1:${port}`;
  const session = await fetch(`${url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "sarah.chen@example.com" }),
  }).then((r) => r.json());
  const res = await fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ message: "Where is my order ORD-1001?" }),
  });
  assert.equal(res.status, 200);
  return await res.json();
}

/** The turn answered with the order's facts, which only the context actor can look up. */
function assertAnswered(report: Record<string, unknown>): void {
  const turn = report.turn as { reply: string; intent: string };
  assert.equal(turn.intent, "order_status");
  assert.match(turn.reply, /TRK8800001001/);
}

Deno.test("deno task start without NATS names the in-process bus", async () => {
  const report = await startAndReadReady({
    PATH: "/nonexistent",
    HOME: Deno.env.get("HOME") ?? "/tmp",
  });
  assert.equal((report.bus as { kind: string }).kind, "in_process");
  assertAnswered(report);
});

Deno.test({
  name: "deno task start with nats-server on the PATH names JetStream",
  ignore: missing("nats-server"),
  async fn() {
    const dir = findBinary("nats-server")!.replace(/\/nats-server$/, "");
    const report = await startAndReadReady({ PATH: dir, HOME: Deno.env.get("HOME") ?? "/tmp" });
    assert.equal((report.bus as { kind: string }).kind, "jetstream");
    assert.equal((report.bus as { connected: boolean }).connected, true);
    const actors = report.actors as { name: string; mode: string }[];
    assert.ok(actors.some((a) => a.mode === "worker"), "actors run in Workers");
    assertAnswered(report);
  },
});
