import assert from "node:assert/strict";
import { loadConfig } from "./config.ts";

Deno.test("ACTOR_WORKERS: shared by default; booleans and layouts read as layouts", () => {
  assert.equal(loadConfig({}).ACTOR_WORKERS, "shared");
  for (
    const [raw, layout] of [
      ["shared", "shared"],
      ["true", "shared"],
      ["1", "shared"],
      ["each", "each"],
      ["none", "none"],
      ["false", "none"],
      ["no", "none"],
    ]
  ) {
    assert.equal(loadConfig({ ACTOR_WORKERS: raw }).ACTOR_WORKERS, layout, raw);
  }
  assert.throws(() => loadConfig({ ACTOR_WORKERS: "many" }), /ACTOR_WORKERS/);
});

Deno.test("CHAIN_STEPS: on by default, off with false", () => {
  assert.equal(loadConfig({}).CHAIN_STEPS, true);
  assert.equal(loadConfig({ CHAIN_STEPS: "false" }).CHAIN_STEPS, false);
});

Deno.test("METRICS_TOKEN: empty means unset; a short one is refused", () => {
  assert.equal(loadConfig({}).METRICS_TOKEN, undefined);
  assert.equal(loadConfig({ METRICS_TOKEN: "" }).METRICS_TOKEN, undefined);
  assert.throws(() => loadConfig({ METRICS_TOKEN: "short" }), /METRICS_TOKEN/);
  assert.equal(loadConfig({ METRICS_TOKEN: "x".repeat(16) }).METRICS_TOKEN, "x".repeat(16));
});

Deno.test("session creation limits: 20 a minute per address, 10 per email by default", () => {
  const c = loadConfig({});
  assert.equal(c.RATE_LIMIT_NEW_SESSIONS_IP, 20);
  assert.equal(c.RATE_LIMIT_NEW_SESSIONS_EMAIL, 10);
  assert.throws(() => loadConfig({ RATE_LIMIT_NEW_SESSIONS_EMAIL: "0" }), /NEW_SESSIONS_EMAIL/);
});

Deno.test("DATABASE_URL: unset or empty means SQLite; a pool of 10 unless set", () => {
  assert.equal(loadConfig({}).DATABASE_URL, undefined);
  assert.equal(loadConfig({ DATABASE_URL: "" }).DATABASE_URL, undefined);
  const c = loadConfig({ DATABASE_URL: "postgres://app:pw@db:5432/mesh", DATABASE_POOL_MAX: "4" });
  assert.deepEqual([c.DATABASE_URL, c.DATABASE_POOL_MAX], ["postgres://app:pw@db:5432/mesh", 4]);
  assert.equal(loadConfig({}).DATABASE_POOL_MAX, 10);
  assert.throws(() => loadConfig({ DATABASE_URL: "not a url" }), /DATABASE_URL/);
});

Deno.test("a lone actor's health port: HEALTH_PORT, else PORT when set, else 8081 (never the gateway's default)", () => {
  const port = (env: Record<string, string>) => {
    const c = loadConfig(env);
    return [c.healthPort, c.healthPortIsDefault];
  };
  assert.deepEqual(port({}), [8081, true], "neither set: not 8000, and replaceable when busy");
  assert.deepEqual(port({ PORT: "9000" }), [9000, false], "the deployment files' PORT");
  assert.deepEqual(port({ PORT: "9000", HEALTH_PORT: "9100" }), [9100, false]);
  assert.deepEqual(port({ HEALTH_PORT: "0" }), [0, false], "0: any free port, chosen");
  assert.equal(loadConfig({}).PORT, 8000, "the gateway keeps its own default");
  assert.throws(() => loadConfig({ HEALTH_PORT: "70000" }), /HEALTH_PORT/);
});

Deno.test("REQUIRE_SHARED_SECRETS reads as a boolean, off by default", () => {
  assert.equal(loadConfig({}).REQUIRE_SHARED_SECRETS, false);
  assert.equal(loadConfig({ REQUIRE_SHARED_SECRETS: "true" }).REQUIRE_SHARED_SECRETS, true);
  assert.throws(() => loadConfig({ REQUIRE_SHARED_SECRETS: "sure" }), /REQUIRE_SHARED_SECRETS/);
});
