/**
 * `deno task bench` end to end on a tiny plan: it starts what it needs, finishes, and its
 * `--json` keeps the names outside tools read (issue 8). No figure is judged here: speed
 * is measured by the benchmark, never asserted by a test.
 */
import assert from "node:assert/strict";
import { natsMissing } from "./helpers/nats.ts";
import { ACTOR_NAMES } from "../shared/protocol.ts";

Deno.test({
  name: "bench --json: every part runs and the report keeps its documented names",
  ignore: natsMissing(),
  async fn() {
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        "bench/main.ts",
        "--quick",
        "--json",
        "--only=floors,in_process,nats",
        "--rates=25",
        "--duration=1",
        "--sockets=20",
      ],
      cwd: new URL("..", import.meta.url).pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(out.code, 0, new TextDecoder().decode(out.stderr).slice(-2000));
    const r = JSON.parse(new TextDecoder().decode(out.stdout));
    assert.deepEqual(r.errors, []);
    for (const bus of ["in_process", "nats"]) {
      for (const key of ["p50_ms", "p95_ms", "p99_ms", "max_rate"]) {
        assert.equal(typeof r[bus][key], "number", `${bus}.${key}`);
      }
    }
    assert.equal(typeof r.ratio_to_direct, "number");
    assert.equal(typeof r.ratio_to_raw_hops, "number");
    assert.deepEqual(Object.keys(r.actors).sort(), [...ACTOR_NAMES].sort());
    for (const [name, rate] of Object.entries(r.actors)) assert.ok(Number(rate) > 0, name);
    assert.equal(r.websocket.sockets, 20);
    assert.ok(r.websocket.sent >= 20);
    assert.equal(r.websocket.replied, r.websocket.sent, "every socket's turns answered");
    assert.ok(r.rss_mb.nats.idle > 0 && r.rss_mb.in_process.idle > 0);
    assert.ok(r.targets.length >= 6, "each target judged");
  },
});
