/**
 * Access, the deployment side: production configs (Dockerfile, docker-compose.yml, k8s/)
 * default to production auth while `deno task start` keeps the demo, which says so loudly;
 * production without the shop's secret refuses to start; every task runs with its own
 * permission set rather than -A; and an actor Worker — spawned with the supervisor's
 * permission builder, then by the supervisor itself — can neither run a process nor read,
 * write or reach what actors do not need.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { parse as parseYaml, parseAllDocuments } from "yaml";
import { EnvSchema, loadConfig } from "../shared/config.ts";
import { createLogger, silentLogger } from "../shared/log.ts";
import { createMessage, Message } from "../shared/protocol.ts";
import { JetStreamBus } from "../shared/bus/jetstream.ts";
import { announceAuthMode, DEMO_MODE_WARNING } from "../gateway/auth_mode.ts";
import { startSystem } from "../system/start.ts";
import { PROJECT_ROOT, workerPermissions } from "../mesh/worker_permissions.ts";
import { WorkerSupervisor } from "../mesh/supervisor.ts";
import { natsMissing, startNats } from "./helpers/nats.ts";
import { startFakeLlm } from "./helpers/fake_llm.ts";
import type { ProbeTargets } from "./fixtures/permission_probe.ts";

const read = (path: string) => Deno.readTextFileSync(join(PROJECT_ROOT, path));
const DENO_JSON = JSON.parse(read("deno.json"));

// ---------------------------------------------------------------------------------------
// Auth mode per environment

Deno.test("production configs default to production auth: Dockerfile, compose and k8s", () => {
  // Dockerfile: the image's environment, so every container of it (docker run, compose, k8s).
  const env = read("Dockerfile").replace(/\\\n/g, " ").split("\n")
    .filter((l) => /^ENV\s/.test(l)).join(" ");
  assert.match(env, /\bAUTH_MODE=production\b/, "the image does not set AUTH_MODE=production");
  // compose: the gateway's AUTH_MODE takes production when the host sets nothing.
  const compose = parseYaml(read("docker-compose.yml"), { merge: true });
  for (
    const [name, s] of Object.entries<{ environment?: Record<string, string> }>(compose.services)
  ) {
    const v = s.environment?.AUTH_MODE;
    if (v === undefined) continue;
    assert.equal(String(v).replace(/\$\{AUTH_MODE:-([^}]*)\}/, "$1"), "production", name);
  }
  assert.ok(compose.services.gateway.environment.AUTH_MODE, "compose gateway sets no AUTH_MODE");
  // k8s: the ConfigMap every mesh process reads, and no Deployment overriding it.
  const docs = Array.from(Deno.readDirSync(join(PROJECT_ROOT, "k8s", "base")))
    .filter((e) => /\.ya?ml$/.test(e.name) && e.name !== "kustomization.yaml")
    .flatMap((e) => parseAllDocuments(read(`k8s/base/${e.name}`)).map((d) => d.toJSON()));
  const cm = docs.find((d) => d?.kind === "ConfigMap" && d.metadata.name === "support-mesh-config");
  assert.equal(cm.data.AUTH_MODE, "production");
  const overrides = JSON.stringify(docs).match(/"name":"AUTH_MODE","value":"[^"]*"/g) ?? [];
  assert.deepEqual(overrides.filter((o) => !o.endsWith('"production"')), []);
});

Deno.test("deno task start keeps demo auth for the local demo", () => {
  assert.equal(loadConfig({}).AUTH_MODE, "demo");
  assert.doesNotMatch(DENO_JSON.tasks.start, /AUTH_MODE/);
});

Deno.test("demo mode names itself loudly in the log at start", () => {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ sink: (l) => lines.push(JSON.parse(l)) });
  announceAuthMode({ AUTH_MODE: "demo", CUSTOMER_TOKEN_SECRET: undefined }, log);
  assert.deepEqual(lines.map((l) => [l.level, l.msg]), [["warn", DEMO_MODE_WARNING]]);
  assert.match(DEMO_MODE_WARNING, /AUTH_MODE=demo.*email.*local demos only/);
});

Deno.test("production auth without CUSTOMER_TOKEN_SECRET refuses to start", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "mesh_auth_" });
  try {
    const config = loadConfig({
      AUTH_MODE: "production",
      BUS: "in_process",
      DATA_DIR: dataDir,
      PORT: "0",
      MOCKS_PORT: "0",
    });
    await assert.rejects(
      startSystem({ config, log: silentLogger }),
      /Cannot start the gateway: AUTH_MODE=production needs CUSTOMER_TOKEN_SECRET/,
    );
    // Refused before anything started: nothing written under DATA_DIR.
    assert.deepEqual(Array.from(Deno.readDirSync(dataDir)), []);
    const lines: Record<string, unknown>[] = [];
    const log = createLogger({ sink: (l) => lines.push(JSON.parse(l)) });
    announceAuthMode({ AUTH_MODE: "production", CUSTOMER_TOKEN_SECRET: "x".repeat(64) }, log);
    assert.deepEqual(lines.map((l) => l.level), ["info"]);
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});

// ---------------------------------------------------------------------------------------
// Tasks: permission sets, not -A

/** Tasks that keep -A, and why (README, "Permissions"). */
const ALL_ALLOWED: Record<string, string> = {
  test: "tests start servers, browsers and processes, and write temporary folders",
  bench: "starts nats-server and systems in their own processes on temporary folders",
  soak: "the fault scenarios: stops and starts servers",
  "nlu:build": "a developer's build step: writes the model's weights into the source tree",
  "nlu:train": "a developer's build step: writes the sentiment model into the source tree",
};

Deno.test("every task runs with a permission set of deno.json, except test tooling", () => {
  const sets = DENO_JSON.permissions as Record<string, Record<string, unknown>>;
  const config = Object.keys(EnvSchema.shape);
  for (const [name, command] of Object.entries<string>(DENO_JSON.tasks)) {
    const runs = command.split("&&").map((c) => c.trim()).filter((c) => /^deno run\b/.test(c));
    for (const run of runs) {
      if (name in ALL_ALLOWED) {
        assert.match(run, /\s-A\s/, name);
        continue;
      }
      assert.doesNotMatch(run, /\s(-A|--allow-all|--allow-\w+)(\s|=)/, `${name}: ${run}`);
      // At a terminal Deno would otherwise ask the operator to allow what a Worker was
      // refused (and offer "allow all"): refusals must stay refusals.
      assert.match(run, /\s--no-prompt\s/, `${name} may prompt: ${run}`);
      const set = /\s-P=([\w-]+)\s/.exec(run)?.[1];
      assert.ok(set && sets[set], `${name} names no permission set of deno.json: ${run}`);
      // A set that lists env names lists every config name: loadConfig reads them all.
      const env = sets[set].env;
      if (Array.isArray(env)) {
        assert.deepEqual(config.filter((k) => !env.includes(k)), [], `${set} env`);
      }
    }
  }
  // Only what launches nats-server, builds the islands or restarts the dev server may run a
  // process; the dev server's watcher runs deno alone.
  const running = Object.entries(sets).filter(([, s]) => s.run).map(([n]) => n).sort();
  assert.deepEqual(running, ["dev", "dev-watch", "islands", "start"]);
  assert.deepEqual(sets["dev-watch"].run, ["deno"]);
  assert.deepEqual(sets.start.run, ["nats-server"]);
  assert.ok(!Object.values(sets).some((s) => s.ffi || s.all), "a set allows FFI or all");
  // Worker options are what narrows actor Workers: they must stay enabled.
  assert.ok(DENO_JSON.unstable.includes("worker-options"));
});

Deno.test("the islands set may run exactly the esbuild of the import map", () => {
  const version = /@(\d+\.\d+\.\d+)$/.exec(DENO_JSON.imports.esbuild)?.[1];
  for (const bin of DENO_JSON.permissions.islands.run as string[]) {
    assert.match(bin, new RegExp(`@esbuild\\+[\\w-]+@${version}/.*/bin/esbuild$`));
  }
  assert.deepEqual(DENO_JSON.permissions.dev.run.slice(1), DENO_JSON.permissions.islands.run);
});

// ---------------------------------------------------------------------------------------
// Actor Workers

/** A loopback listener that accepts and drops connections. */
function listener(): { addr: string; close(): void } {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  (async () => {
    try {
      for await (const c of l) c.close();
    } catch { /* closed */ }
  })();
  return { addr: `127.0.0.1:${(l.addr as Deno.NetAddr).port}`, close: () => l.close() };
}

/** A data folder, listeners, a fake LLM and the probe's targets; dispose to remove. */
async function probeRig() {
  const dataDir = await Deno.makeTempDir({ prefix: "mesh_probe_" });
  const outside = await Deno.makeTempDir({ prefix: "mesh_probe_outside_" });
  await Deno.writeTextFile(join(dataDir, "session_secret"), "s".repeat(64));
  const store = listener();
  const elsewhere = listener();
  const llm = startFakeLlm([{ text: "hello from the model" }]);
  const config = loadConfig({
    DATA_DIR: dataDir,
    STORE_API_URL: `http://${store.addr}`,
    LLM_BASE_URL: llm.baseUrl,
    LOG_LEVEL: "error",
  });
  const targets: ProbeTargets = {
    forbiddenFile: "/etc/passwd",
    sessionSecret: join(dataDir, "session_secret"),
    modelFile: join(PROJECT_ROOT, "node_modules/wink-eng-lite-web-model/package.json"),
    projectFile: join(PROJECT_ROOT, "deno.json"),
    outsideWrite: join(outside, "written.txt"),
    sqlitePath: config.sqlitePath,
    kvPath: config.kvPath,
    allowedNet: store.addr,
    forbiddenNet: elsewhere.addr,
    llmBaseUrl: llm.baseUrl,
  };
  return {
    config,
    targets,
    outside,
    llm,
    async [Symbol.asyncDispose]() {
      store.close();
      elsewhere.close();
      await llm.close();
      await Deno.remove(dataDir, { recursive: true });
      await Deno.remove(outside, { recursive: true });
    },
  };
}

/** What an actor Worker may and may not do, as the probe reports it. */
const EXPECTED = {
  run: "NotCapable",
  run_shell: "NotCapable",
  read_forbidden: "NotCapable",
  read_session_secret: "NotCapable",
  read_project_file: "NotCapable",
  read_model: "ok",
  write_outside: "NotCapable",
  sqlite: "ok",
  kv: "ok",
  env: "NotCapable",
  net_allowed: "ok",
  net_forbidden: "NotCapable",
  ffi: "NotCapable",
  sys: "NotCapable",
  llm: "ok",
};

function assertProbed(
  rig: Awaited<ReturnType<typeof probeRig>>,
  outcomes: Record<string, string>,
): void {
  assert.deepEqual(outcomes, EXPECTED);
  assert.deepEqual(Array.from(Deno.readDirSync(rig.outside)), [], "a file was written outside");
  assert.equal(rig.llm.requests.length, 1, "the LLM was reached once");
}

Deno.test("an actor Worker cannot run a process or touch what actors do not need", async () => {
  await using rig = await probeRig();
  const entry = new URL("./fixtures/permission_probe_worker.ts", import.meta.url);
  const permissions = workerPermissions({
    config: rig.config,
    natsUrl: "nats://127.0.0.1:4222",
    modules: [entry.href],
  });
  const worker = new Worker(entry, { type: "module", deno: { permissions } });
  try {
    const outcomes = await new Promise<Record<string, string>>((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new Error(e.message));
      };
      worker.postMessage(rig.targets);
    });
    assertProbed(rig, outcomes);
  } finally {
    worker.terminate();
  }
});

Deno.test({
  name: "the supervisor's actor Workers get the narrowed permissions",
  ignore: natsMissing(),
  async fn() {
    await using rig = await probeRig();
    await using nats = await startNats();
    const module = new URL("./fixtures/permission_probe_actor.ts", import.meta.url).href;
    await using sup = new WorkerSupervisor({
      specs: [{ name: "t_probe", module, exportName: "prober", depsModule: module }],
      config: rig.config,
      natsUrl: nats.url,
      log: silentLogger,
    });
    await sup.start();
    await using bus = await JetStreamBus.connect({ servers: nats.url, log: silentLogger });
    const reply = Promise.withResolvers<Message>();
    const sub = bus.subscribe("mesh.reply.probe", (data) => {
      reply.resolve(Message.parse(JSON.parse(new TextDecoder().decode(data))));
    });
    const msg = createMessage({
      text: JSON.stringify(rig.targets),
      conversationId: "c-probe",
      steps: ["t_probe"],
      errorHandler: "t_probe",
      replyTo: "mesh.reply.probe",
    });
    await bus.publish("t_probe", new TextEncoder().encode(JSON.stringify(msg)));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answered = await Promise.race([
      reply.promise,
      new Promise<null>((r) => (timer = setTimeout(() => r(null), 30_000))),
    ]);
    clearTimeout(timer);
    sub.unsubscribe();
    assert.ok(answered, "the probe actor did not answer");
    assertProbed(rig, JSON.parse(answered.payload.context!.notes[0]));
  },
});
