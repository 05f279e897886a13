/**
 * `deno task actor <name>`: one actor alone against NATS_URL (container mode), with its
 * own health endpoints (details for operators only); SIGTERM drains and exits cleanly.
 */
import assert from "node:assert/strict";
import { natsMissing, startNats } from "./helpers/nats.ts";
import { freePort } from "./helpers/binaries.ts";

const root = new URL("..", import.meta.url).pathname;

/** The task itself, so with its permission set (`actor` in deno.json). */
function spawnActor(name: string, env: Record<string, string>) {
  return new Deno.Command(Deno.execPath(), {
    args: ["task", "actor", name],
    cwd: root,
    env: { ...env, LOG_LEVEL: "error" },
    stdout: "null",
    stderr: "piped",
  }).spawn();
}

Deno.test({
  name: "deno task actor runs one actor against NATS, answers readiness, and drains on SIGTERM",
  ignore: natsMissing(),
  async fn() {
    await using nats = await startNats();
    // Under ./data: the `actor` permission set writes there (and /data), not in /tmp.
    await Deno.mkdir(`${root}data`, { recursive: true });
    const dataDir = await Deno.makeTempDir({ dir: `${root}data`, prefix: "test_actor_" });
    const port = freePort();
    const child = spawnActor("decision_router", {
      NATS_URL: nats.url,
      PORT: String(port),
      DATA_DIR: dataDir,
      STORE_API_URL: "http://127.0.0.1:9",
    });
    const stderr = new Response(child.stderr).text();
    let ready: Record<string, unknown> | null = null;
    for (let i = 0; i < 300 && !ready; i++) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
        const body = await res.json();
        if (res.status === 200) ready = body;
      } catch {
        // starting
      }
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    // Through a proxy (not an operator without METRICS_TOKEN): the status only.
    const proxied = await fetch(`http://127.0.0.1:${port}/health/ready`, {
      headers: { "x-forwarded-for": "203.0.113.7" },
    }).then(async (r) => [r.status, await r.json()]).catch((e) => [0, String(e)]);
    child.kill("SIGTERM");
    const status = await child.status;
    const err = await stderr;
    await Deno.remove(dataDir, { recursive: true });
    assert.ok(ready, `ready: ${err}`);
    const actors = ready.actors as { name: string; state: string }[];
    assert.deepEqual(actors.map((a) => [a.name, a.state]), [["decision_router", "ready"]]);
    assert.equal((ready.bus as { kind: string }).kind, "jetstream");
    assert.deepEqual(proxied, [200, { status: "ready" }], "a probe from elsewhere sees no details");
    assert.equal(status.code, 0, `clean exit after SIGTERM: ${err}`);
  },
});

Deno.test("deno task actor refuses an unknown actor or a missing NATS_URL with a clear message", async () => {
  for (
    const [name, env, expected] of [
      ["nonsense", { NATS_URL: "nats://127.0.0.1:9" }, /unknown/],
      ["sentiment", {}, /NATS_URL is not set/],
    ] as const
  ) {
    const child = spawnActor(name, { ...env, PATH: Deno.env.get("PATH") ?? "" });
    const [status, err] = await Promise.all([child.status, new Response(child.stderr).text()]);
    assert.equal(status.code, 1);
    assert.match(err, expected);
  }
});
