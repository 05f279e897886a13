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

Deno.test("DATABASE_URL: unset or empty means SQLite; a pool of 10 unless set", () => {
  assert.equal(loadConfig({}).DATABASE_URL, undefined);
  assert.equal(loadConfig({ DATABASE_URL: "" }).DATABASE_URL, undefined);
  const c = loadConfig({ DATABASE_URL: "postgres://app:pw@db:5432/mesh", DATABASE_POOL_MAX: "4" });
  assert.deepEqual([c.DATABASE_URL, c.DATABASE_POOL_MAX], ["postgres://app:pw@db:5432/mesh", 4]);
  assert.equal(loadConfig({}).DATABASE_POOL_MAX, 10);
  assert.throws(() => loadConfig({ DATABASE_URL: "not a url" }), /DATABASE_URL/);
});
