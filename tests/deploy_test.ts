/**
 * Checks the Kubernetes base (k8s/base/) and the Dockerfile against each other and against
 * the code. YAML parses; every Kubernetes object validates against the Kubernetes schemas
 * (kubernetes-models) and has no unknown fields where typos hide; every actor of
 * mesh/registry.ts has its Deployment; the gateway and the aggregator scale out on
 * PostgreSQL; env names are config names; images, ports and probe paths agree. The overlays
 * are checked in deploy_overlays_test.ts, compose in deploy_compose_test.ts.
 */
// deno-lint-ignore-file no-explicit-any
import assert from "node:assert/strict";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { EnvSchema } from "../shared/config.ts";
import {
  atLeast,
  IMAGE,
  imageVersion,
  isMeshImage,
  parseYaml,
  read,
  validateK8sObject,
} from "./helpers/deploy_files.ts";
import {
  actorArgs,
  ACTORS,
  BASE,
  byName,
  checkKeys,
  CONFIG_MAP,
  CONFIG_NAMES,
  containerPort,
  containers,
  databaseRef,
  DENO_RUNTIME_ENV,
  effectiveEnv,
  envValue,
  EXTERNAL_SECRETS,
  K8S_FILES,
  KEYS,
  KUSTOMIZATION,
  meshContainers,
  NAMESPACE,
  NON_CONFIG_ENV,
  OBJECTS,
  ofKind,
  podTemplates,
  PORTS,
  SECRET,
} from "./helpers/k8s_manifests.ts";

Deno.test("deployment YAML files parse", () => {
  assert.ok(K8S_FILES.length >= 8, `only ${K8S_FILES.length} files in ${BASE}`);
  for (const file of K8S_FILES) parseYaml(read(`${BASE}${file}`), file);
  assert.ok(OBJECTS.length > 20);
});

Deno.test("every Kubernetes object validates against the Kubernetes schemas", () => {
  for (const { file, obj } of OBJECTS) validateK8sObject(obj, file);
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
  const k = parseYaml(read(`${BASE}${KUSTOMIZATION}`), KUSTOMIZATION)[0];
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

Deno.test("every actor has its own Deployment", () => {
  assert.equal(ACTORS.length, 9);
  const k8sActors = meshContainers().map(({ c }) => actorArgs(c)).filter((a) => a !== null);
  for (const actor of ACTORS) {
    assert.ok(k8sActors.includes(actor), `k8s/base runs no container for actor ${actor}`);
  }
  for (const a of k8sActors) {
    assert.ok(ACTORS.includes(a!), `k8s/base runs ${a}, which mesh/registry.ts does not know`);
  }
  // One Deployment (own pod, own scaling) per actor, the aggregator too.
  for (const actor of ACTORS) {
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

Deno.test("only the aggregator writes history, to PostgreSQL; the others keep none", () => {
  for (const { workload, c } of meshContainers()) {
    const actor = actorArgs(c);
    if (actor === null) continue;
    const env = effectiveEnv(c);
    if (actor === "aggregator") {
      assert.equal(databaseRef(c), "support-mesh-database", "the aggregator has no DATABASE_URL");
      assert.equal(env.SQLITE_PATH, undefined);
    } else {
      assert.equal(databaseRef(c), null, `${workload.metadata.name} can reach the history`);
      assert.equal(env.SQLITE_PATH, ":memory:", `${actor} would write its own history.db`);
    }
  }
});

// ---------------------------------------------------------------------------------------
// Gateway, SQLite, store, NATS, Redis

Deno.test("the gateway and the aggregator scale out on PostgreSQL, with autoscalers", () => {
  for (const name of ["gateway", "aggregator"]) {
    const d = byName("Deployment", name);
    assert.ok(d.spec.replicas > 1, `${name}: one replica`);
    assert.notEqual(d.spec.strategy?.type, "Recreate", `${name}: replaced, not rolled`);
    const hpa = byName("HorizontalPodAutoscaler", name);
    assert.equal(hpa.spec.scaleTargetRef.name, name);
    assert.equal(hpa.spec.minReplicas, d.spec.replicas);
    assert.ok(hpa.spec.maxReplicas > hpa.spec.minReplicas);
    const c = d.spec.template.spec.containers;
    assert.equal(c.length, 1, `${name}: one container a pod`);
    assert.equal(databaseRef(c[0]), "support-mesh-database", `${name}: no DATABASE_URL`);
    // Nothing of the history on a pod's volume: no claim, at most scratch space.
    for (const v of d.spec.template.spec.volumes ?? []) {
      assert.equal(v.persistentVolumeClaim, undefined, `${name} keeps state on a volume`);
    }
  }
  assert.equal(ofKind("PersistentVolumeClaim").length, 0, "a claim outside a StatefulSet");
  const gw = byName("Deployment", "gateway").spec.template.spec.containers[0];
  assert.deepEqual([...gw.args], ["deno", "task", "start"]);
  assert.equal(envValue(gw, "ACTORS"), "none");
  assert.equal(envValue(gw, "ACTOR_WORKERS"), "false");
  // Each pod answers on its own reply subject.
  const id = gw.env.find((e: any) => e.name === "GATEWAY_ID");
  assert.equal(id?.valueFrom?.fieldRef?.fieldPath, "metadata.name", "replicas share GATEWAY_ID");
  assert.equal(byName("PodDisruptionBudget", "gateway").spec.minAvailable, 1);
  assert.equal(byName("Deployment", "gateway").spec.strategy.rollingUpdate.maxUnavailable, 0);
});

Deno.test("gateway, store, NATS and Redis ports agree with where the mesh looks", () => {
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

  // Where the mesh looks for them.
  const cm = byName("ConfigMap", CONFIG_MAP).data;
  assert.equal(cm.NATS_URL, `nats://nats:${PORTS.nats}`);
  assert.equal(cm.REDIS_URL, `redis://redis:${PORTS.redis}`);
  assert.equal(cm.STORE_API_URL, `http://store:${PORTS.store}`);
  for (const svc of ["nats", "redis", "store"]) byName("Service", svc);
});

Deno.test("probe paths and health checks agree with the servers", () => {
  const gw = byName("Deployment", "gateway").spec.template.spec.containers[0];
  assert.equal(gw.readinessProbe.httpGet.path, "/health/ready");
  assert.equal(gw.livenessProbe.httpGet.path, "/health");
  const store = byName("Deployment", "store").spec.template.spec.containers[0];
  assert.equal(store.readinessProbe.httpGet.path, "/health");
  assert.equal(store.livenessProbe.httpGet.path, "/health");
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
  // Every stream (and with it every durable consumer) on all three servers.
  assert.equal(byName("ConfigMap", CONFIG_MAP).data.NATS_STREAM_REPLICAS, "3");
});

Deno.test("images: one mesh image everywhere, NATS 2.10 or newer, Redis 7", () => {
  const tags = new Set(meshContainers().map(({ c }) => c.image));
  assert.equal(tags.size, 1, `mesh containers use different images: ${[...tags].join(", ")}`);
  const mesh = meshContainers().map(({ workload }) => workload.metadata.name);
  for (const name of ["gateway", "store", "sentiment", "escalation-router"]) {
    assert.ok(mesh.includes(name), `${name} does not run the mesh image`);
  }
  const nats = byName("StatefulSet", "nats").spec.template.spec.containers[0].image;
  assert.match(nats, /^nats:/);
  assert.ok(atLeast(imageVersion(nats), [2, 10]), `${nats} is older than 2.10`);
  const redis = byName("StatefulSet", "redis").spec.template.spec.containers[0].image;
  assert.match(redis, /^redis:/);
  assert.equal(imageVersion(redis)[0], 7, `${redis} is not Redis 7`);
});

// ---------------------------------------------------------------------------------------
// Environment

Deno.test("every env name in the manifests is a name of the config schema", () => {
  const used: { where: string; name: string }[] = [];
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
  for (const n of EXTERNAL_SECRETS[SECRET]) used.push({ where: `Secret ${SECRET}`, name: n });
  const unknown = used.filter((u) => !CONFIG_NAMES.has(u.name) && !DENO_RUNTIME_ENV.test(u.name));
  assert.deepEqual(unknown, [], "env names shared/config.ts does not read");
  assert.ok(used.length > 40);
});

Deno.test("secrets are in no manifest (an apply never resets them) and references resolve", () => {
  assert.deepEqual(ofKind("Secret").map((s) => s.metadata.name), [], "a Secret in the manifests");
  const cm = byName("ConfigMap", CONFIG_MAP).data;
  for (const k of Object.values(EXTERNAL_SECRETS).flat()) {
    assert.equal(cm[k], undefined, `${k} is a secret but sits in the ConfigMap`);
  }
  for (const { workload, c } of containers()) {
    const where = `${workload.metadata.name}/${c.name}`;
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef) byName("ConfigMap", from.configMapRef.name);
      if (from.secretRef) {
        assert.ok(EXTERNAL_SECRETS[from.secretRef.name], `${where}: ${from.secretRef.name}`);
      }
    }
    for (const e of c.env ?? []) {
      const cmRef = e.valueFrom?.configMapKeyRef;
      const sRef = e.valueFrom?.secretKeyRef;
      if (cmRef) {
        assert.ok(cmRef.key in byName("ConfigMap", cmRef.name).data, `${where}: ${cmRef.key}`);
      }
      if (sRef) {
        assert.ok(EXTERNAL_SECRETS[sRef.name]?.includes(sRef.key), `${where}: ${sRef.key}`);
      }
    }
  }
  // Only the gateway sees the customer token, metrics and session secrets.
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
});

// ---------------------------------------------------------------------------------------
// Dockerfile
