/**
 * The compose files against each other and against the code: docker-compose.yml (the stack:
 * a 3-server NATS cluster, Redis, PostgreSQL, the store, two gateways, one service per
 * actor), docker-compose.override.yml (published ports) and docker-compose.host.yml with
 * deploy/host.env (the same stack on the host's network, loopback ports). Running the stack is
 * tests/container_test.ts.
 */
// deno-lint-ignore-file no-explicit-any
import assert from "node:assert/strict";
import { EnvSchema } from "../shared/config.ts";
import { ACTOR_SPECS } from "../mesh/registry.ts";
import { atLeast, imageVersion, isMeshImage, read, readYaml } from "./helpers/deploy_files.ts";

const BASE = readYaml("docker-compose.yml");
const PUBLISH = readYaml("docker-compose.override.yml");
const HOST = readYaml("docker-compose.host.yml");
const HOST_ENV = parseEnvFile(read("deploy/host.env"));
const ACTORS = ACTOR_SPECS.map((s) => s.name);
const CONFIG_NAMES = new Set(Object.keys(EnvSchema.shape));
const NATS = ["nats-1", "nats-2", "nats-3"];

function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = line.match(/^([A-Z0-9_]+)=(.*)$/);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** `${X:-default}` → default, `${X:?message}` → a placeholder, `${X}` → `vars[X]`. */
function substitute(value: unknown, vars: Record<string, string> = {}): string {
  return String(value)
    .replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, "$1")
    .replace(/\$\{[A-Z0-9_]+:\?[^}]*\}/g, "secret")
    .replace(/\$\{([A-Z0-9_]+)\}/g, (_, k) => {
      assert.ok(k in vars, `\${${k}} is not defined in deploy/host.env`);
      return vars[k];
    });
}

/** Compose's merge of two files for one service: maps merge, anything else is replaced. */
function merge(a: any, b: any): any {
  if (typeof a !== "object" || a === null || Array.isArray(a) || Array.isArray(b)) return b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b ?? {})) out[k] = k in a ? merge(a[k], v) : v;
  return out;
}

/** The stack on the host's network, every variable substituted. */
function hostStack(): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [name, s] of Object.entries<any>(BASE.services)) {
    const merged = merge(s, HOST.services[name] ?? {});
    out[name] = JSON.parse(substitute(JSON.stringify(merged), HOST_ENV));
  }
  return out;
}

function command(s: any): string[] {
  return Array.isArray(s.command) ? s.command.map(String) : String(s.command ?? "").split(/\s+/);
}

function meshServices(services: Record<string, any>): [string, any][] {
  return Object.entries(services).filter(([, s]) => isMeshImage(String(s.image)));
}

function actorOf(s: any): string | null {
  const c = command(s);
  return c.slice(0, 3).join(" ") === "deno task actor" ? c[3] : null;
}

/** The value after `flag` in a command. */
function flag(cmd: string[], name: string): string {
  const i = cmd.indexOf(name);
  assert.ok(i >= 0 && i + 1 < cmd.length, `${cmd.join(" ")}: no ${name}`);
  return cmd[i + 1];
}

/** `[port, path]` a health check probes (bash /dev/tcp with an HTTP request, or a URL). */
function probeTarget(s: any): [number, string] {
  const test = Array.isArray(s.healthcheck?.test) ? s.healthcheck.test.join(" ") : "";
  const m = test.match(/\/dev\/tcp\/127\.0\.0\.1\/(\d+) .*GET (\/\S*) HTTP/) ??
    test.match(/http:\/\/127\.0\.0\.1:(\d+)(\/[A-Za-z/]*)/);
  assert.ok(m, `health check ${test} probes no local URL`);
  return [Number(m[1]), m[2]];
}

function env(s: any): Record<string, string> {
  return Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v)]));
}

Deno.test("compose: every actor has a service; the mesh shares one image built here", () => {
  const mesh = meshServices(BASE.services);
  const actors = mesh.map(([, s]) => actorOf(s)).filter((a) => a !== null);
  assert.deepEqual([...actors].sort(), [...ACTORS].sort());
  for (const a of ACTORS) assert.equal(actorOf(BASE.services[a]), a, `service ${a} runs another`);
  assert.equal(mesh.length, ACTORS.length + 3, "two gateways, the store and the actors");
  for (const [name, s] of mesh) assert.equal(s.build, ".", `${name} is not built here`);
  assert.equal(new Set(mesh.map(([, s]) => s.image)).size, 1);
  const tasks = JSON.parse(read("deno.json")).tasks;
  const used = new Set(mesh.map(([, s]) => command(s)[2]));
  assert.deepEqual([...used].sort(), ["actor", "mocks", "start"]);
  for (const t of used) assert.ok(tasks[t], `deno.json has no task ${t}`);
});

Deno.test("compose: NATS is a cluster of three with JetStream, streams kept three times", () => {
  const clusterOf = (name: string) => flag(command(BASE.services[name]), "--cluster");
  for (const name of NATS) {
    const s = BASE.services[name];
    const cmd = command(s);
    assert.ok(cmd.includes("-js"), `${name}: no JetStream`);
    assert.equal(flag(cmd, "-sd"), "/data");
    assert.equal(flag(cmd, "--name"), name);
    assert.equal(flag(cmd, "--cluster_name"), "support-mesh");
    assert.equal(clusterOf(name), "nats://0.0.0.0:6222");
    const routes = flag(cmd, "--routes").split(",").sort();
    const others = NATS.filter((n) => n !== name).map((n) => `nats://${n}:6222`);
    assert.deepEqual(routes, others, `${name}: routes`);
    assert.ok(s.volumes.includes(`${name}-data:/data`), `${name}: no volume of its own`);
    assert.ok(`${name}-data` in BASE.volumes);
    assert.ok(atLeast(imageVersion(s.image), [2, 10]), `${s.image} is older than 2.10`);
    assert.match(s.healthcheck.test.join(" "), /:8222\/healthz/);
  }
  for (const [name, s] of meshServices(BASE.services)) {
    if (name === "store") continue;
    const e = env(s);
    assert.deepEqual(
      e.NATS_URL.split(",").sort(),
      NATS.map((n) => `nats://${n}:4222`),
      `${name}: NATS_URL does not list every server`,
    );
    assert.equal(e.NATS_STREAM_REPLICAS, "3", name);
  }
});

Deno.test("compose: two gateways and the aggregator share the history in PostgreSQL", () => {
  const pg = BASE.services.postgres;
  assert.equal(pg.environment.POSTGRES_DB, "mesh");
  assert.match(String(pg.environment.POSTGRES_PASSWORD), /^\$\{POSTGRES_PASSWORD:\?/);
  const ids = new Set<string>();
  for (const name of ["gateway", "gateway-2"]) {
    const s = BASE.services[name];
    const e = env(s);
    assert.deepEqual(command(s), ["deno", "task", "start"]);
    assert.equal(e.ACTORS, "none");
    assert.equal(e.ACTOR_WORKERS, "false");
    assert.match(
      e.DATABASE_URL,
      /^postgres:\/\/mesh:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\/mesh$/,
    );
    ids.add(e.GATEWAY_ID);
    // The generated session secret is kept where both read it.
    assert.ok(s.volumes.includes(`gateway-data:${e.DATA_DIR}`), `${name}: no shared volume`);
    assert.equal(s.depends_on.postgres.condition, "service_healthy");
  }
  assert.equal(ids.size, 2, "the gateways share a reply subject");
  for (const actor of ACTORS) {
    const e = env(BASE.services[actor]);
    if (actor === "aggregator") {
      assert.equal(e.DATABASE_URL, env(BASE.services.gateway).DATABASE_URL);
      assert.equal(BASE.services[actor].depends_on.postgres.condition, "service_healthy");
    } else {
      assert.equal(e.DATABASE_URL, undefined, `${actor} can reach the history`);
      assert.equal(e.SQLITE_PATH, ":memory:", `${actor} would write its own history.db`);
    }
  }
});

Deno.test("compose: health checks probe each server, and the mesh waits for its dependencies", () => {
  for (const [name, s] of Object.entries<any>(BASE.services)) {
    assert.ok(s.healthcheck, `${name}: no health check`);
  }
  for (const [name, s] of meshServices(BASE.services)) {
    const [port, path] = probeTarget(s);
    if (name === "store") {
      assert.deepEqual([port, path], [Number(s.environment.MOCKS_PORT), "/health"]);
      continue;
    }
    assert.deepEqual([port, path], [Number(s.environment.PORT), "/health/ready"], name);
    for (const dep of [...NATS, "redis", "store"]) {
      assert.equal(s.depends_on?.[dep]?.condition, "service_healthy", `${name} → ${dep}`);
    }
  }
  for (const actor of ["sentiment", "intent", "response"]) {
    assert.ok(BASE.services[actor].deploy?.replicas >= 2, `${actor} is not replicated`);
  }
});

Deno.test("compose: env names are config names and values parse with the config schema", () => {
  for (const [name, s] of meshServices(BASE.services)) {
    const e = Object.fromEntries(Object.entries(env(s)).map(([k, v]) => [k, substitute(v)]));
    const unknown = Object.keys(e).filter((k) => !CONFIG_NAMES.has(k));
    assert.deepEqual(unknown, [], `${name}: names shared/config.ts does not read`);
    const parsed = EnvSchema.safeParse(e);
    assert.ok(parsed.success, `compose ${name}: ${parsed.error?.message}`);
  }
  // Production auth unless the host opts in to the demo.
  assert.equal(substitute(BASE.services.gateway.environment.AUTH_MODE), "production");
});

Deno.test("compose: ports are published by the override file only", () => {
  for (const [name, s] of Object.entries<any>(BASE.services)) {
    assert.equal(s.ports, undefined, `${name} publishes a port in docker-compose.yml`);
  }
  const published = Object.fromEntries(
    Object.entries<any>(PUBLISH.services).map(([n, s]) => [n, s.ports]),
  );
  assert.deepEqual(published, {
    gateway: ["8000:8000"],
    "gateway-2": ["8001:8000"],
    store: ["8100:8100"],
  });
});

Deno.test("host network: every service on loopback, each on a port of its own", () => {
  const stack = hostStack();
  assert.deepEqual(Object.keys(HOST.services).sort(), Object.keys(BASE.services).sort());
  const listeners = new Map<number, string>();
  const listen = (port: string | number, who: string) => {
    const p = Number(port);
    assert.ok(p > 1024 && p < 65536, `${who}: port ${port}`);
    assert.ok(!listeners.has(p), `${who} and ${listeners.get(p)} both listen on ${p}`);
    listeners.set(p, who);
  };
  for (const [name, s] of Object.entries<any>(stack)) {
    assert.equal(s.network_mode, "host", `${name} is not on the host's network`);
    assert.equal(s.ports, undefined, `${name} publishes ports`);
    assert.ok(s.healthcheck, `${name}: no health check`);
  }
  const natsClients: string[] = [];
  for (const name of NATS) {
    const cmd = command(stack[name]);
    assert.equal(flag(cmd, "-a"), "127.0.0.1");
    listen(flag(cmd, "-p"), `${name} client`);
    listen(flag(cmd, "-m"), `${name} monitor`);
    const cluster = flag(cmd, "--cluster");
    listen(cluster.split(":").at(-1)!, `${name} cluster`);
    natsClients.push(`nats://127.0.0.1:${flag(cmd, "-p")}`);
    const routes = flag(cmd, "--routes").split(",").sort();
    const others = NATS.filter((n) => n !== name).map((n) => flag(command(stack[n]), "--cluster"));
    assert.deepEqual(routes, others.sort(), `${name}: routes`);
    assert.match(stack[name].healthcheck.test.join(" "), new RegExp(`:${flag(cmd, "-m")}/healthz`));
  }
  const redisPort = flag(command(stack.redis), "--port");
  listen(redisPort, "redis");
  const pgPort = stack.postgres.environment.PGPORT;
  listen(pgPort, "postgres");
  assert.match(stack.postgres.healthcheck.test.join(" "), new RegExp(`-p ${pgPort}\\b`));
  assert.match(stack.redis.healthcheck.test.join(" "), new RegExp(`-p ${redisPort}\\b`));
  const storePort = stack.store.environment.MOCKS_PORT;
  for (const [name, s] of meshServices(stack)) {
    const e = env(s);
    assert.equal(e.HOST, "127.0.0.1", `${name} listens beyond loopback`);
    const port = name === "store" ? e.MOCKS_PORT : e.PORT;
    listen(port, name);
    assert.equal(probeTarget(s)[0], Number(port), `${name}: health check on another port`);
    if (name === "store") continue;
    assert.deepEqual(e.NATS_URL.split(",").sort(), natsClients.sort(), `${name}: NATS_URL`);
    assert.equal(e.REDIS_URL, `redis://127.0.0.1:${redisPort}`, name);
    assert.equal(e.STORE_API_URL, `http://127.0.0.1:${storePort}`, name);
    if (e.DATABASE_URL) {
      assert.match(e.DATABASE_URL, new RegExp(`@127\\.0\\.0\\.1:${pgPort}/mesh$`));
    }
  }
  assert.equal(listeners.size, 3 * 3 + 2 + ACTORS.length + 3);
  // One replica an actor: replicas on one network would share the health port.
  for (const [name, s] of Object.entries<any>(stack)) {
    assert.ok((s.deploy?.replicas ?? 1) === 1, `${name}: replicas on the host network`);
  }
});

Deno.test("host network: NATS, Redis and PostgreSQL are built from Debian's packages here", () => {
  for (const name of [...NATS, "redis", "postgres"]) {
    const s = HOST.services[name];
    const build = s.build ?? HOST["x-infra"]?.build;
    assert.ok(build, `${name} is pulled, not built`);
  }
  const dockerfile = read("deploy/host/Dockerfile");
  assert.match(dockerfile, /^ARG DEBIAN_IMAGE=debian:bookworm-slim$/m);
  assert.match(dockerfile, /apt-get install [^\n]*\\\n\s+nats-server redis-server postgresql-15/);
  assert.ok(HOST_ENV.DEBIAN_IMAGE, "deploy/host.env sets no DEBIAN_IMAGE");
});
