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
    env: { LOG_LEVEL: "error", NO_COLOR: "1", ...env },
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

Deno.test("deno task actor refuses an unknown actor, or says in one line which required variables are missing", async () => {
  for (
    const [name, env, code, expected] of [
      ["nonsense", { NATS_URL: "nats://127.0.0.1:9" }, 2, /^Cannot run actor nonsense: unknown/],
      [
        "sentiment",
        {},
        1,
        /^Cannot run actor sentiment: NATS_URL and STORE_API_URL are not set \(NATS_URL: .+; STORE_API_URL: .+\)$/,
      ],
      [
        "sentiment",
        { NATS_URL: "nats://127.0.0.1:9" },
        1,
        /^Cannot run actor sentiment: STORE_API_URL is not set \(STORE_API_URL: .+\)$/,
      ],
    ] as const
  ) {
    // No PORT either: a lone actor does not need the gateway's port.
    const child = spawnActor(name, { ...env, PATH: Deno.env.get("PATH") ?? "" });
    const [status, err] = await Promise.all([child.status, new Response(child.stderr).text()]);
    // deno task's own lines (the command it runs, the permission-set warning) aside.
    const ours = err.split("\n").filter((l) => l.trim() && !/^(Task|Warning) /.test(l));
    assert.equal(status.code, code, err);
    assert.equal(ours.length, 1, `one line, no stack trace: ${err}`);
    assert.match(ours[0], expected);
  }
});

Deno.test({
  name:
    "a lone actor does not need the gateway's PORT: its health server is on HEALTH_PORT, else 8081 or a free port it logs",
  ignore: natsMissing(),
  async fn() {
    await using nats = await startNats();
    await Deno.mkdir(`${root}data`, { recursive: true });
    const dataDir = await Deno.makeTempDir({ dir: `${root}data`, prefix: "test_actor_" });
    // A gateway already holds this port.
    const gateway = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const busy = (gateway.addr as Deno.NetAddr).port;
    const healthPort = freePort();
    const base = { NATS_URL: nats.url, DATA_DIR: dataDir, STORE_API_URL: "http://127.0.0.1:9" };
    const runs: [Record<string, string>, number | null][] = [
      [{ PORT: String(busy), HEALTH_PORT: String(healthPort) }, healthPort],
      [{ LOG_LEVEL: "info" }, null],
    ];
    try {
      for (const [env, expected] of runs) {
        const child = spawnActor("decision_router", { ...base, ...env });
        const lines: Record<string, unknown>[] = [];
        const reading = (async () => {
          const decoder = new TextDecoder();
          let buffer = "";
          for await (const chunk of child.stderr) {
            buffer += decoder.decode(chunk);
            const parts = buffer.split("\n");
            buffer = parts.pop()!;
            for (const l of parts) if (l.startsWith("{")) lines.push(JSON.parse(l));
          }
        })();
        let url = expected ? `http://127.0.0.1:${expected}/health/ready` : null;
        let status = 0;
        for (let i = 0; i < 300 && status !== 200; i++) {
          url ??= lines.find((l) => l.msg === "Actor running alone")?.health as string ?? null;
          if (url) {
            status = await fetch(url).then((r) => r.body?.cancel().then(() => r.status), () => 0) ??
              0;
          }
          if (status !== 200) await new Promise((r) => setTimeout(r, 200));
        }
        child.kill("SIGTERM");
        const exit = await child.status;
        await reading;
        assert.equal(status, 200, `ready at ${url} with ${JSON.stringify(env)}`);
        assert.ok(!url!.includes(`:${busy}/`), "not on the gateway's port");
        assert.equal(exit.code, 0);
      }
    } finally {
      gateway.close();
      await Deno.remove(dataDir, { recursive: true });
    }
  },
});
