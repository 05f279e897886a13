/**
 * Checks the deployment files against each other and against the code: the Dockerfile,
 * docker-compose.yml and k8s/. YAML parses; every Kubernetes object validates against the
 * Kubernetes schemas (kubernetes-models) and has no unknown fields where typos hide; every
 * actor of mesh/registry.ts has its Deployment and compose service; env names are config
 * names; images, ports and probe paths agree.
 */
// deno-lint-ignore-file no-explicit-any
import assert from "node:assert/strict";
import { parseAllDocuments, parseDocument } from "yaml";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { EnvSchema } from "../shared/config.ts";
import { ACTOR_SPECS } from "../mesh/registry.ts";

const ROOT = new URL("../", import.meta.url);
const read = (path: string) => Deno.readTextFileSync(new URL(path, ROOT));

/** The Kubernetes kinds k8s/ may hold, with their schema models. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  "v1/Namespace": Namespace,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "v1/PersistentVolumeClaim": PersistentVolumeClaim,
  "apps/v1/Deployment": Deployment,
  "apps/v1/StatefulSet": StatefulSet,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "networking.k8s.io/v1/Ingress": Ingress,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
};

/** The image every mesh process runs (gateway, actors, store). */
const IMAGE = "support-mesh";
const NAMESPACE = "support-mesh";
const CONFIG_MAP = "support-mesh-config";
const SECRET = "support-mesh-secrets";
const PORTS = { gateway: 8000, store: 8100, nats: 4222, redis: 6379 };
/** Env vars set in manifests that are not Support Mesh config (third-party containers). */
const NON_CONFIG_ENV: Record<string, string[]> = { nats: ["SERVER_NAME"] };
/** Read by the Deno runtime itself, not by shared/config.ts: its OpenTelemetry exporter. */
const DENO_RUNTIME_ENV = /^OTEL_[A-Z_]+$/;
const CONFIG_NAMES = new Set(Object.keys(EnvSchema.shape));
const ACTORS = ACTOR_SPECS.map((s) => s.name);

// Keys Kubernetes accepts where a typo would otherwise pass unnoticed: the schemas allow
// unknown fields, the API server (strict field validation) does not.
const KEYS = {
  object: ["apiVersion", "kind", "metadata", "spec", "data", "stringData", "type", "immutable"],
  metadata: ["name", "namespace", "labels", "annotations"],
  deploymentSpec: [
    "replicas",
    "selector",
    "template",
    "strategy",
    "minReadySeconds",
    "revisionHistoryLimit",
    "paused",
    "progressDeadlineSeconds",
  ],
  statefulSetSpec: [
    "replicas",
    "selector",
    "template",
    "volumeClaimTemplates",
    "serviceName",
    "podManagementPolicy",
    "updateStrategy",
    "revisionHistoryLimit",
    "minReadySeconds",
    "persistentVolumeClaimRetentionPolicy",
    "ordinals",
  ],
  podSpec: [
    "volumes",
    "initContainers",
    "containers",
    "restartPolicy",
    "terminationGracePeriodSeconds",
    "activeDeadlineSeconds",
    "dnsPolicy",
    "nodeSelector",
    "serviceAccountName",
    "automountServiceAccountToken",
    "hostNetwork",
    "shareProcessNamespace",
    "securityContext",
    "imagePullSecrets",
    "hostname",
    "subdomain",
    "affinity",
    "tolerations",
    "priorityClassName",
    "dnsConfig",
    "readinessGates",
    "runtimeClassName",
    "enableServiceLinks",
    "topologySpreadConstraints",
  ],
  container: [
    "name",
    "image",
    "command",
    "args",
    "workingDir",
    "ports",
    "envFrom",
    "env",
    "resources",
    "volumeMounts",
    "livenessProbe",
    "readinessProbe",
    "startupProbe",
    "lifecycle",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "imagePullPolicy",
    "securityContext",
    "restartPolicy",
  ],
  probe: [
    "exec",
    "httpGet",
    "tcpSocket",
    "grpc",
    "initialDelaySeconds",
    "timeoutSeconds",
    "periodSeconds",
    "successThreshold",
    "failureThreshold",
    "terminationGracePeriodSeconds",
  ],
};

/** One Kubernetes object with the file it came from. */
interface K8sObject {
  file: string;
  obj: any;
}

function yamlFiles(dir: URL, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    if (e.isDirectory) out.push(...yamlFiles(new URL(`${e.name}/`, dir), `${prefix}${e.name}/`));
    else if (/\.ya?ml$/.test(e.name)) out.push(`${prefix}${e.name}`);
  }
  return out.sort();
}

function parseYaml(text: string, file: string): any[] {
  const docs = parseAllDocuments(text, { merge: true });
  if (!Array.isArray(docs)) throw new Error(`Cannot parse ${file}: not a YAML stream`);
  const out: any[] = [];
  for (const doc of docs) {
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length) throw new Error(`Cannot parse ${file}: ${problems[0].message}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

const K8S_FILES = yamlFiles(new URL("k8s/", ROOT));
const KUSTOMIZATION = "kustomization.yaml";
const OBJECTS: K8sObject[] = K8S_FILES.filter((f) => f !== KUSTOMIZATION).flatMap((file) =>
  parseYaml(read(`k8s/${file}`), file).map((obj) => ({ file, obj }))
);
const COMPOSE = (() => {
  const doc = parseDocument(read("docker-compose.yml"), { merge: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) throw new Error(`Cannot parse docker-compose.yml: ${problems[0].message}`);
  return doc.toJS() as any;
})();

function ofKind(kind: string): any[] {
  return OBJECTS.filter((o) => o.obj.kind === kind).map((o) => o.obj);
}

function byName(kind: string, name: string): any {
  const found = ofKind(kind).find((o) => o.metadata?.name === name);
  assert.ok(found, `k8s/ has no ${kind} named ${name}`);
  return found;
}

/** Every pod template of the workloads, with its workload. */
function podTemplates(): { workload: any; pod: any }[] {
  return [...ofKind("Deployment"), ...ofKind("StatefulSet")].map((w) => ({
    workload: w,
    pod: w.spec.template,
  }));
}

/** Every container of the workloads, with its workload. */
function containers(): { workload: any; pod: any; c: any }[] {
  return podTemplates().flatMap(({ workload, pod }) =>
    [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c: any) => ({
      workload,
      pod,
      c,
    }))
  );
}

function isMeshImage(image: string): boolean {
  return image.split(":")[0].split("/").at(-1) === IMAGE;
}

/** The mesh containers (those running our image). */
function meshContainers() {
  return containers().filter(({ c }) => isMeshImage(c.image));
}

/** The value of env `name` in a container (literal values only). */
function envValue(c: any, name: string): string | undefined {
  return c.env?.find((e: any) => e.name === name)?.value;
}

/** The container's env as Kubernetes resolves it from the ConfigMap and literal values. */
function effectiveEnv(c: any): Record<string, string> {
  const out: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef) Object.assign(out, byName("ConfigMap", from.configMapRef.name).data);
  }
  for (const e of c.env ?? []) if (typeof e.value === "string") out[e.name] = e.value;
  return out;
}

function containerPort(c: any, port: string | number): number {
  if (typeof port === "number") return port;
  const p = c.ports?.find((x: any) => x.name === port);
  assert.ok(p, `container ${c.name} has no port named ${port}`);
  return p.containerPort;
}

function actorArgs(c: any): string | null {
  const cmd = [...(c.command ?? []), ...(c.args ?? [])];
  return cmd[0] === "deno" && cmd[1] === "task" && cmd[2] === "actor" ? cmd[3] ?? "" : null;
}

function checkKeys(where: string, value: any, allowed: string[]): void {
  if (!value || typeof value !== "object") return;
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
  assert.deepEqual(unknown, [], `${where}: unknown fields ${unknown.join(", ")}`);
}

function composeServices(): [string, any][] {
  return Object.entries(COMPOSE.services);
}

function composeMeshServices(): [string, any][] {
  return composeServices().filter(([, s]) => typeof s.image === "string" && isMeshImage(s.image));
}

function composeCommand(s: any): string[] {
  return Array.isArray(s.command) ? s.command : String(s.command ?? "").split(/\s+/);
}

/** `[port, path]` of the URL a compose health check fetches. */
function composeHealthTarget(s: any): [number, string] {
  const test = Array.isArray(s.healthcheck?.test) ? s.healthcheck.test.join(" ") : "";
  const m = test.match(/http:\/\/127\.0\.0\.1:(\d+)(\/[A-Za-z/]+)/);
  assert.ok(m, `health check ${test} fetches no local URL`);
  return [Number(m[1]), m[2]];
}

function imageVersion(image: string): number[] {
  const tag = image.split(":")[1] ?? "";
  return (tag.match(/^\d+(\.\d+)*/)?.[0] ?? "").split(".").filter(Boolean).map(Number);
}

function atLeast(version: number[], min: number[]): boolean {
  for (let i = 0; i < min.length; i++) {
    const v = version[i] ?? 0;
    if (v !== min[i]) return v > min[i];
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// YAML and schemas

Deno.test("deployment YAML files parse", () => {
  assert.ok(K8S_FILES.length >= 8, `only ${K8S_FILES.length} files in k8s/`);
  for (const file of K8S_FILES) parseYaml(read(`k8s/${file}`), file);
  assert.equal(typeof COMPOSE.services, "object");
  assert.ok(OBJECTS.length > 20);
});

Deno.test("every Kubernetes object validates against the Kubernetes schemas", () => {
  for (const { file, obj } of OBJECTS) {
    const key = `${obj.apiVersion}/${obj.kind}`;
    const Model = MODELS[key];
    assert.ok(Model, `${file}: no schema for ${key} (a kind this test does not know)`);
    try {
      new Model(obj).validate();
    } catch (err) {
      throw new Error(`${file}: ${obj.kind} ${obj.metadata?.name} is invalid: ${err}`);
    }
  }
});

Deno.test("invalid objects fail the schema check (the check is real)", () => {
  const d = structuredClone(byName("Deployment", "sentiment"));
  d.spec.replicas = "two";
  assert.throws(() => new Deployment(d).validate(), /replicas must be integer/);
  const h = structuredClone(byName("HorizontalPodAutoscaler", "sentiment"));
  delete h.spec.maxReplicas;
  assert.throws(() => new HorizontalPodAutoscaler(h).validate(), /maxReplicas/);
});

Deno.test("Kubernetes objects have no unknown fields where typos hide", () => {
  for (const { file, obj } of OBJECTS) {
    const where = `${file}: ${obj.kind} ${obj.metadata?.name}`;
    checkKeys(where, obj, KEYS.object);
    checkKeys(`${where} metadata`, obj.metadata, KEYS.metadata);
    if (obj.kind === "Deployment") checkKeys(`${where} spec`, obj.spec, KEYS.deploymentSpec);
    if (obj.kind === "StatefulSet") checkKeys(`${where} spec`, obj.spec, KEYS.statefulSetSpec);
  }
  for (const { workload, pod, c } of containers()) {
    const where = `${workload.kind} ${workload.metadata.name}`;
    checkKeys(`${where} pod`, pod.spec, KEYS.podSpec);
    checkKeys(`${where} container ${c.name}`, c, KEYS.container);
    for (const p of ["livenessProbe", "readinessProbe", "startupProbe"]) {
      checkKeys(`${where} container ${c.name} ${p}`, c[p], KEYS.probe);
    }
  }
});

Deno.test("every namespaced object is in the support-mesh namespace", () => {
  assert.equal(byName("Namespace", NAMESPACE).metadata.name, NAMESPACE);
  for (const { file, obj } of OBJECTS) {
    if (obj.kind === "Namespace") continue;
    assert.equal(obj.metadata?.namespace, NAMESPACE, `${file}: ${obj.kind} ${obj.metadata?.name}`);
  }
});

Deno.test("the kustomization lists every manifest and only those", () => {
  const k = parseYaml(read(`k8s/${KUSTOMIZATION}`), KUSTOMIZATION)[0];
  assert.equal(k.kind, "Kustomization");
  assert.equal(k.namespace, NAMESPACE);
  assert.deepEqual(
    [...k.resources].sort(),
    K8S_FILES.filter((f) => f !== KUSTOMIZATION),
  );
  assert.ok(k.images.some((i: any) => i.name === IMAGE), "kustomization sets no image tag");
});

Deno.test("selectors match their pods and services reach declared ports", () => {
  for (const { workload, pod } of podTemplates()) {
    const labels = pod.metadata.labels ?? {};
    for (const [k, v] of Object.entries(workload.spec.selector.matchLabels)) {
      assert.equal(labels[k], v, `${workload.metadata.name}: selector ${k}=${v} misses its pods`);
    }
  }
  for (const svc of ofKind("Service")) {
    const pods = podTemplates().filter(({ pod }) =>
      Object.entries(svc.spec.selector).every(([k, v]) => pod.metadata.labels?.[k] === v)
    );
    assert.ok(pods.length > 0, `Service ${svc.metadata.name} selects no pods`);
    for (const port of svc.spec.ports) {
      if (typeof port.targetPort !== "string") continue;
      const named = pods.some(({ pod }) =>
        pod.spec.containers.some((c: any) => c.ports?.some((p: any) => p.name === port.targetPort))
      );
      assert.ok(named, `Service ${svc.metadata.name}: no pod port named ${port.targetPort}`);
    }
  }
  for (const hpa of ofKind("HorizontalPodAutoscaler")) {
    const ref = hpa.spec.scaleTargetRef;
    assert.equal(ref.kind, "Deployment");
    byName("Deployment", ref.name);
  }
});

// ---------------------------------------------------------------------------------------
// Actors

Deno.test("every actor has its Deployment in k8s/ and its service in docker-compose.yml", () => {
  assert.equal(ACTORS.length, 9);
  const k8sActors = meshContainers().map(({ c }) => actorArgs(c)).filter((a) => a !== null);
  const composeActors = composeServices()
    .map(([, s]) => composeCommand(s))
    .filter((c) => c.slice(0, 3).join(" ") === "deno task actor")
    .map((c) => c[3]);
  for (const actor of ACTORS) {
    assert.ok(k8sActors.includes(actor), `k8s/ runs no container for actor ${actor}`);
    assert.ok(composeActors.includes(actor), `docker-compose.yml has no service for ${actor}`);
    assert.ok(COMPOSE.services[actor], `docker-compose.yml: no service named ${actor}`);
  }
  for (const a of [...k8sActors, ...composeActors]) {
    assert.ok(ACTORS.includes(a!), `deployment runs ${a}, which mesh/registry.ts does not know`);
  }
  // One Deployment (own pod) per actor, except the aggregator, which shares the gateway's.
  for (const actor of ACTORS.filter((a) => a !== "aggregator")) {
    const d = byName("Deployment", actor.replaceAll("_", "-"));
    assert.deepEqual(d.spec.template.spec.containers.map(actorArgs), [actor]);
  }
});

Deno.test("actor containers have probes, resources and an autoscaler", () => {
  for (const { workload, c } of meshContainers()) {
    const actor = actorArgs(c);
    if (actor === null) continue;
    const where = `${workload.metadata.name}/${c.name}`;
    const port = Number(envValue(c, "PORT"));
    assert.ok(port > 0, `${where}: PORT is not set`);
    assert.equal(c.readinessProbe?.httpGet?.path, "/health/ready", where);
    assert.equal(c.livenessProbe?.httpGet?.path, "/health", where);
    for (const p of [c.readinessProbe, c.livenessProbe, c.startupProbe].filter(Boolean)) {
      assert.equal(containerPort(c, p.httpGet.port), port, `${where}: a probe misses PORT`);
    }
    assert.ok(c.resources?.requests?.cpu && c.resources?.requests?.memory, `${where}: requests`);
    assert.ok(c.resources?.limits?.memory, `${where}: memory limit`);
    if (actor === "aggregator") continue;
    const hpa = ofKind("HorizontalPodAutoscaler").find((h) =>
      h.spec.scaleTargetRef.name === workload.metadata.name
    );
    assert.ok(hpa, `${where}: no HorizontalPodAutoscaler`);
    assert.ok(
      hpa.spec.metrics.some((m: any) => m.resource?.name === "cpu"),
      `${where}: HPA not on CPU`,
    );
    assert.ok(hpa.spec.minReplicas <= hpa.spec.maxReplicas);
    assert.equal(workload.spec.replicas, hpa.spec.minReplicas, `${where}: replicas != HPA min`);
  }
});

Deno.test("only the aggregator writes history: other actors keep SQLite in memory", () => {
  for (const { c } of meshContainers()) {
    const actor = actorArgs(c);
    if (actor === null) continue;
    const path = effectiveEnv(c).SQLITE_PATH;
    if (actor === "aggregator") assert.equal(path, undefined);
    else assert.equal(path, ":memory:", `${actor} would write its own history.db`);
  }
  for (const [name, s] of composeMeshServices()) {
    const actor = composeCommand(s)[2] === "actor" ? composeCommand(s)[3] : null;
    if (actor === null) continue;
    if (actor === "aggregator") assert.equal(s.environment.SQLITE_PATH, undefined);
    else assert.equal(s.environment.SQLITE_PATH, ":memory:", name);
  }
});

// ---------------------------------------------------------------------------------------
// Gateway, SQLite, store, NATS, Redis

Deno.test("the gateway runs alone and shares its SQLite volume with the aggregator", () => {
  // Kubernetes: one pod, one ReadWriteOnce volume at DATA_DIR, one replica, recreated.
  const d = byName("Deployment", "gateway");
  assert.equal(d.spec.replicas, 1);
  assert.equal(d.spec.strategy.type, "Recreate");
  const [gw, agg] = ["gateway", "aggregator"].map((n) =>
    d.spec.template.spec.containers.find((c: any) => c.name === n)
  );
  assert.deepEqual([...gw.args], ["deno", "task", "start"]);
  assert.equal(envValue(gw, "ACTORS"), "none");
  assert.equal(envValue(gw, "ACTOR_WORKERS"), "false");
  assert.equal(actorArgs(agg), "aggregator");
  assert.notEqual(envValue(gw, "PORT"), envValue(agg, "PORT"), "two servers on one pod port");
  const dataDir = effectiveEnv(gw).DATA_DIR;
  assert.equal(effectiveEnv(agg).DATA_DIR, dataDir);
  const mountOf = (c: any) => c.volumeMounts.find((m: any) => m.mountPath === dataDir)?.name;
  assert.ok(mountOf(gw), "the gateway does not mount DATA_DIR");
  assert.equal(mountOf(agg), mountOf(gw));
  const vol = d.spec.template.spec.volumes.find((v: any) => v.name === mountOf(gw));
  const pvc = byName("PersistentVolumeClaim", vol.persistentVolumeClaim.claimName);
  assert.deepEqual(pvc.spec.accessModes, ["ReadWriteOnce"]);
  assert.equal(d.spec.template.spec.securityContext.fsGroup, 1993, "volume not writable by deno");

  // Compose: the gateway service alone, the aggregator service on the same volume.
  const g = COMPOSE.services.gateway;
  const a = COMPOSE.services.aggregator;
  assert.deepEqual(composeCommand(g), ["deno", "task", "start"]);
  assert.equal(g.environment.ACTORS, "none");
  assert.equal(g.environment.ACTOR_WORKERS, "false");
  const volumeAt = (s: any, dir: string) =>
    s.volumes.map(String).find((v: string) => v.endsWith(`:${dir}`))?.split(":")[0];
  assert.equal(g.environment.DATA_DIR, a.environment.DATA_DIR);
  assert.ok(volumeAt(g, g.environment.DATA_DIR));
  assert.equal(volumeAt(a, a.environment.DATA_DIR), volumeAt(g, g.environment.DATA_DIR));
  assert.ok(volumeAt(g, g.environment.DATA_DIR) in COMPOSE.volumes, "not a named volume");
});

Deno.test("gateway, store, NATS and Redis ports agree across files", () => {
  const gw = byName("Deployment", "gateway").spec.template.spec.containers[0];
  assert.equal(Number(envValue(gw, "PORT")), PORTS.gateway);
  assert.equal(containerPort(gw, "http"), PORTS.gateway);
  assert.equal(byName("Service", "gateway").spec.ports[0].port, PORTS.gateway);
  const backend = byName("Ingress", "gateway").spec.rules[0].http.paths[0].backend.service;
  assert.equal(backend.name, "gateway");
  assert.ok(
    byName("Service", "gateway").spec.ports.some((p: any) =>
      p.name === backend.port.name || p.port === backend.port.number
    ),
  );

  const store = byName("Deployment", "store").spec.template.spec.containers[0];
  assert.deepEqual([...store.args], ["deno", "task", "mocks"]);
  assert.equal(Number(envValue(store, "MOCKS_PORT")), PORTS.store);
  assert.equal(containerPort(store, "http"), PORTS.store);
  assert.equal(byName("Service", "store").spec.ports[0].port, PORTS.store);

  const nats = byName("StatefulSet", "nats").spec.template.spec.containers[0];
  assert.equal(containerPort(nats, "client"), PORTS.nats);
  assert.ok(byName("Service", "nats").spec.ports.some((p: any) => p.port === PORTS.nats));
  const redis = byName("StatefulSet", "redis").spec.template.spec.containers[0];
  assert.equal(containerPort(redis, "redis"), PORTS.redis);
  assert.equal(byName("Service", "redis").spec.ports[0].port, PORTS.redis);

  // Where the mesh looks for them, in both files.
  const cm = byName("ConfigMap", CONFIG_MAP).data;
  const urls = {
    NATS_URL: `nats://nats:${PORTS.nats}`,
    REDIS_URL: `redis://redis:${PORTS.redis}`,
    STORE_API_URL: `http://store:${PORTS.store}`,
  };
  for (const [k, v] of Object.entries(urls)) {
    assert.equal(cm[k], v, `ConfigMap ${k}`);
    for (const [name, s] of composeMeshServices()) {
      if (s.environment?.[k] !== undefined) assert.equal(s.environment[k], v, `${name} ${k}`);
    }
  }
  for (const svc of ["nats", "redis", "store"]) byName("Service", svc);
  for (const svc of ["nats", "redis", "store", "gateway"]) assert.ok(COMPOSE.services[svc]);
  assert.ok(COMPOSE.services.gateway.ports.includes(`${PORTS.gateway}:${PORTS.gateway}`));
  assert.ok(COMPOSE.services.store.ports.includes(`${PORTS.store}:${PORTS.store}`));
  assert.equal(COMPOSE.services.store.environment.MOCKS_PORT, String(PORTS.store));
});

Deno.test("probe paths and health checks agree with the servers", () => {
  const gw = byName("Deployment", "gateway").spec.template.spec.containers[0];
  assert.equal(gw.readinessProbe.httpGet.path, "/health/ready");
  assert.equal(gw.livenessProbe.httpGet.path, "/health");
  const store = byName("Deployment", "store").spec.template.spec.containers[0];
  assert.equal(store.readinessProbe.httpGet.path, "/health");
  assert.equal(store.livenessProbe.httpGet.path, "/health");
  for (const [name, s] of composeMeshServices()) {
    const [port, path] = composeHealthTarget(s);
    if (name === "store") {
      assert.deepEqual([port, path], [PORTS.store, "/health"]);
    } else {
      assert.equal(port, Number(s.environment.PORT), `${name}: health check on another port`);
      assert.equal(path, "/health/ready", `${name}: health check is not readiness`);
    }
  }
  const nats = byName("StatefulSet", "nats").spec.template.spec.containers[0];
  assert.match(nats.livenessProbe.httpGet.path, /^\/healthz/);
  assert.equal(containerPort(nats, nats.livenessProbe.httpGet.port), 8222);
});

Deno.test("NATS is a 3-node JetStream cluster with a volume each", () => {
  const sts = byName("StatefulSet", "nats");
  assert.equal(sts.spec.replicas, 3);
  const headless = byName("Service", sts.spec.serviceName);
  assert.equal(headless.spec.clusterIP, "None");
  assert.equal(headless.spec.publishNotReadyAddresses, true);
  assert.equal(sts.spec.volumeClaimTemplates[0].metadata.name, "data");
  const c = sts.spec.template.spec.containers[0];
  assert.ok(c.volumeMounts.some((m: any) => m.name === "data" && m.mountPath === "/data"));
  const conf: string = byName("ConfigMap", "nats-config").data["nats.conf"];
  assert.match(conf, /jetstream\s*{[^}]*store_dir:\s*\/data/);
  for (let i = 0; i < 3; i++) {
    const host = `nats-${i}.${headless.metadata.name}.${NAMESPACE}.svc.cluster.local:6222`;
    assert.ok(conf.includes(`nats://${host}`), `no route to nats-${i}`);
  }
  assert.equal(containerPort(c, "cluster"), 6222);
  assert.equal(byName("PodDisruptionBudget", "nats").spec.maxUnavailable, 1);
});

Deno.test("images: one mesh image everywhere, NATS 2.10 or newer, Redis 7", () => {
  const tags = new Set(meshContainers().map(({ c }) => c.image));
  assert.equal(tags.size, 1, `mesh containers use different images: ${[...tags].join(", ")}`);
  const mesh = meshContainers().map(({ workload }) => workload.metadata.name);
  for (const name of ["gateway", "store", "sentiment", "escalation-router"]) {
    assert.ok(mesh.includes(name), `${name} does not run the mesh image`);
  }
  const composeMesh = composeMeshServices();
  assert.equal(composeMesh.length, ACTORS.length + 2, "gateway, store and actors share an image");
  for (const [name, s] of composeMesh) assert.equal(s.build, ".", `${name} is not built here`);
  assert.equal(new Set(composeMesh.map(([, s]) => s.image)).size, 1);

  const natsImages = [
    COMPOSE.services.nats.image,
    byName("StatefulSet", "nats").spec.template.spec.containers[0].image,
  ];
  for (const image of natsImages) {
    assert.match(image, /^nats:/);
    assert.ok(atLeast(imageVersion(image), [2, 10]), `${image} is older than 2.10`);
  }
  const composeNats = COMPOSE.services.nats.command.join(" ");
  assert.match(composeNats, /-js\b/);
  assert.match(composeNats, /-sd \/data/);
  assert.ok(COMPOSE.services.nats.volumes.some((v: string) => v.endsWith(":/data")));
  for (
    const image of [
      COMPOSE.services.redis.image,
      byName("StatefulSet", "redis").spec.template.spec.containers[0].image,
    ]
  ) {
    assert.match(image, /^redis:/);
    assert.equal(imageVersion(image)[0], 7, `${image} is not Redis 7`);
  }
});

Deno.test("compose replicates the busy actors and waits for its dependencies", () => {
  for (const actor of ["sentiment", "intent", "response"]) {
    assert.ok(COMPOSE.services[actor].deploy?.replicas >= 2, `${actor} is not replicated`);
    assert.equal(COMPOSE.services[actor].container_name, undefined);
    assert.equal(COMPOSE.services[actor].ports, undefined, "replicas cannot share a host port");
  }
  for (const [name, s] of composeMeshServices()) {
    if (name === "store") continue;
    for (const dep of ["nats", "redis", "store"]) {
      assert.equal(s.depends_on?.[dep]?.condition, "service_healthy", `${name} → ${dep}`);
    }
  }
  for (const [name, s] of composeServices()) assert.ok(s.healthcheck, `${name}: no health check`);
  for (const v of ["nats-data", "redis-data", "sqlite-data"]) assert.ok(v in COMPOSE.volumes, v);
});

// ---------------------------------------------------------------------------------------
// Environment

Deno.test("every env name in compose and k8s is a name of the config schema", () => {
  const used: { where: string; name: string }[] = [];
  for (const [name, s] of composeMeshServices()) {
    for (const k of Object.keys(s.environment ?? {})) {
      used.push({ where: `compose ${name}`, name: k });
    }
  }
  for (const { workload, c } of containers()) {
    const where = `k8s ${workload.metadata.name}/${c.name}`;
    const allowed = NON_CONFIG_ENV[c.name];
    for (const e of c.env ?? []) {
      if (allowed?.includes(e.name)) continue;
      used.push({ where, name: e.name });
    }
    assert.ok(isMeshImage(c.image) || !c.envFrom, `${where}: envFrom on a non-mesh container`);
  }
  for (const n of Object.keys(byName("ConfigMap", CONFIG_MAP).data)) {
    used.push({ where: `ConfigMap ${CONFIG_MAP}`, name: n });
  }
  for (const n of Object.keys(byName("Secret", SECRET).stringData ?? {})) {
    used.push({ where: `Secret ${SECRET}`, name: n });
  }
  const unknown = used.filter((u) => !CONFIG_NAMES.has(u.name) && !DENO_RUNTIME_ENV.test(u.name));
  assert.deepEqual(unknown, [], "env names shared/config.ts does not read");
  assert.ok(used.length > 50);
});

Deno.test("the Secret holds the secrets and config references resolve", () => {
  const secret = byName("Secret", SECRET);
  assert.deepEqual(
    Object.keys(secret.stringData).sort(),
    ["AGENT_TOKEN", "CUSTOMER_TOKEN_SECRET", "LLM_API_KEY", "METRICS_TOKEN", "SESSION_SECRET"],
  );
  const cm = byName("ConfigMap", CONFIG_MAP).data;
  for (const k of Object.keys(secret.stringData)) {
    assert.equal(cm[k], undefined, `${k} is a secret but sits in the ConfigMap`);
  }
  for (const { workload, c } of containers()) {
    const where = `${workload.metadata.name}/${c.name}`;
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) byName("ConfigMap", from.configMapRef.name);
      if (from.secretRef) byName("Secret", from.secretRef.name);
    }
    for (const e of c.env ?? []) {
      const cmRef = e.valueFrom?.configMapKeyRef;
      const sRef = e.valueFrom?.secretKeyRef;
      if (cmRef) {
        assert.ok(cmRef.key in byName("ConfigMap", cmRef.name).data, `${where}: ${cmRef.key}`);
      }
      if (sRef) assert.ok(sRef.key in byName("Secret", sRef.name).stringData, `${where}`);
    }
  }
  // Only the gateway sees the session and agent secrets.
  const withAll = meshContainers().filter(({ c }) =>
    c.envFrom?.some((f: any) => f.secretRef?.name === SECRET)
  );
  assert.deepEqual(withAll.map(({ c }) => c.name), ["gateway"]);
});

Deno.test("config values in the manifests parse with the config schema", () => {
  for (const { workload, c } of meshContainers()) {
    if (c.name === "store") continue;
    const env = effectiveEnv(c);
    const parsed = EnvSchema.safeParse(env);
    assert.ok(parsed.success, `${workload.metadata.name}/${c.name}: ${parsed.error?.message}`);
  }
  for (const [name, s] of composeMeshServices()) {
    // ${VAR:-default} takes its default when the host does not set it.
    const env = Object.fromEntries(
      Object.entries(s.environment ?? {}).map(([k, v]) => [
        k,
        String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1"),
      ]),
    );
    const parsed = EnvSchema.safeParse(env);
    assert.ok(parsed.success, `compose ${name}: ${parsed.error?.message}`);
  }
});

// ---------------------------------------------------------------------------------------
// Dockerfile

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function dockerInstructions(): string[] {
  const lines = read("Dockerfile").split("\n").map((l) => l.trim());
  const out: string[] = [];
  let current = "";
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    current += (current ? " " : "") + line.replace(/\\$/, "").trim();
    if (!line.endsWith("\\")) {
      out.push(current);
      current = "";
    }
  }
  return out;
}

/** The Dockerfile's stages: their FROM line and the instructions after it. */
function dockerStages(): { from: string; name: string | null; lines: string[] }[] {
  const stages: { from: string; name: string | null; lines: string[] }[] = [];
  for (const line of dockerInstructions()) {
    const m = line.match(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i);
    if (m) stages.push({ from: m[1], name: m[2] ?? null, lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

Deno.test("the Dockerfile builds in stages and ships a non-root image on denoland/deno 2", () => {
  const stages = dockerStages();
  assert.deepEqual(stages.map((s) => s.name), ["build", "prod-deps", null]);
  const [build, deps, image] = stages;
  assert.match(build.from, /^denoland\/deno:2(\.\d+){0,2}$/);
  assert.equal(deps.from, "build", "prod-deps starts from build's package cache");
  assert.equal(image.from, build.from, "the image is on the same base as the build");

  // build: dependencies cached in a layer before the source comes in, then the bundles.
  const at = (lines: string[], re: RegExp) => lines.findIndex((l) => re.test(l));
  const b = build.lines;
  const install = at(b, /^RUN deno install --frozen$/);
  const copyAll = at(b, /^COPY\b.*\s\.\s+\.$/);
  assert.ok(at(b, /^USER deno$/) >= 0 && at(b, /^USER deno$/) < install, "installed as root");
  assert.ok(at(b, /^COPY\b.*deno\.json deno\.lock/) < install && install < copyAll);
  assert.ok(at(b, /^RUN deno task build:islands$/) > copyAll, "the islands are not prebuilt");

  // prod-deps: the production deno.json, then only the entry points' packages.
  const d = deps.lines.join(" ");
  assert.match(d, /scripts\/production_config\.ts deno\.json/);
  assert.match(d, /rm -rf node_modules/);
  assert.match(
    d,
    /deno install --node-modules-dir=auto --entrypoint main\.ts mocks\/main\.ts mesh\/worker\.ts actors\/\*\.ts/,
  );
  assert.ok(!/build_islands/.test(d), "esbuild's entry point would pull it into the image");

  // The image: runs as deno; nothing installed or downloaded here, only copied.
  const l = image.lines;
  const user = at(l, /^USER\s+deno$/);
  assert.ok(user > 0, "no USER deno");
  assert.ok(!l.slice(user + 1).some((x) => /^USER\s/.test(x)), "switches user again");
  assert.ok(!l.some((x) => /^RUN\b.*deno (install|cache)\b/.test(x)), "installs in the image");
  const copyFrom = (stage: string, path: string) =>
    at(l, new RegExp(`^COPY --from=${stage}\\b.*\\s${path.replaceAll(".", "\\.")}(\\s|$)`));
  const source = at(l, /^COPY --chown=deno:deno \. \.$/);
  assert.ok(copyFrom("prod-deps", "/app/node_modules") >= 0, "no node_modules from prod-deps");
  assert.ok(copyFrom("prod-deps", "/app/deno.json") > source, "the project's deno.json wins");
  assert.ok(copyFrom("prod-deps", "/app/deno.lock") > source, "the project's lockfile wins");
  assert.ok(copyFrom("build", "/app/static/build") > source, "no prebuilt bundles");
  const expose = l.find((x) => /^EXPOSE\s/.test(x)) ?? "";
  assert.deepEqual(expose.split(/\s+/).slice(1).map(Number), [PORTS.gateway, PORTS.store]);
  const health = l.find((x) => /^HEALTHCHECK\s/.test(x)) ?? "";
  assert.match(health, /CMD \["deno", "eval"/, "HEALTHCHECK does not ask Deno");
  assert.match(health, /\/health`/, "HEALTHCHECK does not hit /health");
  const all = dockerInstructions();
  assert.ok(!all.some((x) => /\b(curl|wget)\b/.test(x)), "curl and wget are not in the image");
  assert.equal(all.at(-1), 'CMD ["deno", "task", "start"]');
  const ignore = read(".dockerignore");
  for (const p of ["node_modules", ".git", "data", "static/build"]) {
    assert.match(
      ignore,
      new RegExp(`^${p.replace(".", "\\.")}$`, "m"),
      `${p} is sent to the build`,
    );
  }
});

Deno.test("the commands the deployments run are deno.json tasks", () => {
  const tasks = JSON.parse(read("deno.json")).tasks;
  const used = new Set<string>();
  for (const { c } of meshContainers()) {
    const cmd = [...(c.command ?? []), ...(c.args ?? [])];
    assert.deepEqual(cmd.slice(0, 2), ["deno", "task"], c.name);
    used.add(cmd[2]);
  }
  for (const [, s] of composeMeshServices()) used.add(composeCommand(s)[2]);
  assert.deepEqual([...used].sort(), ["actor", "mocks", "start"]);
  for (const t of used) assert.ok(tasks[t], `deno.json has no task ${t}`);
  assert.match(tasks.actor, /main\.ts actor$/);
});
