/**
 * The kustomize overlays per environment (k8s/overlays/dev: demo auth; k8s/overlays/prod:
 * production auth). Each is rendered here by applying its strategic-merge patches and image
 * settings to k8s/base/, and, where kubectl is installed, by kubectl's own kustomize; both
 * renderings must agree, and every rendered object must validate against the Kubernetes
 * schemas (kubernetes-models).
 */
// deno-lint-ignore-file no-explicit-any
import assert from "node:assert/strict";
import { findBinary } from "./helpers/binaries.ts";
import { loadConfig } from "../shared/config.ts";
import { checkSharedSecrets } from "../gateway/secrets.ts";
import {
  isMeshImage,
  parseYaml,
  read,
  readYaml,
  validateK8sObject,
  yamlFiles,
} from "./helpers/deploy_files.ts";

const ENVIRONMENTS = { dev: "demo", prod: "production" } as const;
type Env = keyof typeof ENVIRONMENTS;

const key = (o: any) => `${o.kind}/${o.metadata.name}`;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A strategic merge of maps only: a list in a patch would need merge keys, so it is refused. */
function mergePatch(target: any, patch: any, where: string): any {
  const out = structuredClone(target);
  for (const [k, v] of Object.entries(patch)) {
    if (Array.isArray(v)) throw new Error(`${where}: patches a list (${k}); render with kustomize`);
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? mergePatch(out[k], v, where) : v;
  }
  return out;
}

/** The base's objects, as its kustomization lists them, with its images applied. */
function baseObjects(): any[] {
  const k = readYaml("k8s/base/kustomization.yaml");
  return k.resources.flatMap((f: string) => parseYaml(read(`k8s/base/${f}`), f))
    .map((o: any) => withImages(o, k.images ?? []));
}

/** Sets the images of a kustomization (name → newName, newTag) in an object's pods. */
function withImages(obj: any, images: { name: string; newName?: string; newTag?: string }[]) {
  const containers = obj.spec?.template?.spec?.containers;
  if (!containers) return obj;
  const out = structuredClone(obj);
  for (const c of out.spec.template.spec.containers) {
    const [name, tag] = c.image.split(":");
    const rule = images.find((i) => i.name === name);
    if (rule) c.image = `${rule.newName ?? name}:${rule.newTag ?? tag}`;
  }
  return out;
}

/** Renders an overlay over the base: its patches merged in by kind and name, its images set. */
function render(env: Env): any[] {
  const dir = `k8s/overlays/${env}/`;
  const k = readYaml(`${dir}kustomization.yaml`);
  assert.deepEqual(k.resources, ["../../base"], `${env}: not an overlay of the base`);
  const unknown = Object.keys(k).filter((x) =>
    !["apiVersion", "kind", "resources", "patches", "images"].includes(x)
  );
  assert.deepEqual(unknown, [], `${env}: kustomization fields this test does not render`);
  let objects = baseObjects();
  for (const p of k.patches ?? []) {
    for (const patch of parseYaml(read(`${dir}${p.path}`), p.path)) {
      const i = objects.findIndex((o) => key(o) === key(patch));
      assert.ok(i >= 0, `${env}/${p.path}: patches ${key(patch)}, which the base does not have`);
      objects[i] = mergePatch(objects[i], patch, `${env}/${p.path}`);
    }
  }
  objects = objects.map((o) => withImages(o, k.images ?? []));
  return objects;
}

function find(objects: any[], kind: string, name: string): any {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  assert.ok(o, `no ${kind} ${name}`);
  return o;
}

/** What must hold in every environment, and the auth mode that differs. */
function checkEnvironment(env: Env, objects: any[]): void {
  for (const o of objects) validateK8sObject(o, `overlay ${env}`);
  const config = find(objects, "ConfigMap", "support-mesh-config").data;
  assert.equal(config.AUTH_MODE, ENVIRONMENTS[env], `${env}: AUTH_MODE`);
  assert.equal(config.NATS_STREAM_REPLICAS, "3");
  for (const name of ["gateway", "aggregator"]) {
    const d = find(objects, "Deployment", name);
    const hpa = find(objects, "HorizontalPodAutoscaler", name);
    assert.ok(d.spec.replicas > 1, `${env}: ${name} has one replica`);
    assert.equal(hpa.spec.minReplicas, d.spec.replicas, `${env}: ${name} replicas != HPA min`);
    assert.ok(hpa.spec.maxReplicas > hpa.spec.minReplicas, `${env}: ${name} HPA cannot grow`);
  }
  checkSharedGatewaySecrets(env, objects);
  assert.equal(find(objects, "StatefulSet", "nats").spec.replicas, 3);
  const images = new Set(
    objects.flatMap((o) => o.spec?.template?.spec?.containers ?? [])
      .map((c: any) => c.image).filter(isMeshImage),
  );
  assert.equal(images.size, 1, `${env}: mesh images ${[...images].join(", ")}`);
}

/**
 * Gateways of several replicas share SESSION_SECRET and AGENT_TOKEN: each is taken from the
 * Secret the operator creates (required, so a pod waits for it; in no manifest, so an apply
 * never resets it), and with REQUIRE_SHARED_SECRETS the gateway refuses to start on an empty
 * one rather than generate its own.
 */
function checkSharedGatewaySecrets(env: Env, objects: any[]): void {
  const gateway = find(objects, "Deployment", "gateway");
  assert.ok(gateway.spec.replicas > 1, `${env}: the gateway has replicas to share secrets`);
  const c = gateway.spec.template.spec.containers[0];
  const vars = Object.fromEntries((c.env ?? []).map((e: any) => [e.name, e]));
  for (const name of ["SESSION_SECRET", "AGENT_TOKEN"]) {
    const ref = vars[name]?.valueFrom?.secretKeyRef;
    assert.ok(ref, `${env}: the gateway's ${name} is not taken from a Secret`);
    assert.equal(ref.name, "support-mesh-gateway-secrets", `${env}: ${name}`);
    assert.equal(ref.key, name);
    assert.notEqual(ref.optional, true, `${env}: ${name} is optional: pods would start without`);
    for (const secret of objects.filter((o) => o.kind === "Secret")) {
      assert.equal(
        { ...secret.stringData, ...secret.data }[name],
        undefined,
        `${env}: ${key(secret)} holds ${name}: an apply would reset the shared one`,
      );
    }
  }
  const config = loadConfig({
    ...find(objects, "ConfigMap", "support-mesh-config").data,
    REQUIRE_SHARED_SECRETS: vars.REQUIRE_SHARED_SECRETS?.value,
    CUSTOMER_TOKEN_SECRET: "c".repeat(32),
  });
  assert.equal(config.REQUIRE_SHARED_SECRETS, true, `${env}: REQUIRE_SHARED_SECRETS`);
  // The Secret's keys left empty: the gateway says so and does not start.
  assert.throws(
    () => checkSharedSecrets({ ...config, SESSION_SECRET: "", AGENT_TOKEN: "" }),
    /SESSION_SECRET is not set, AGENT_TOKEN is not set/,
  );
}

Deno.test("each environment has an overlay of the base, and only those files", () => {
  const files = yamlFiles("k8s/overlays/");
  for (const env of Object.keys(ENVIRONMENTS)) {
    const k = readYaml(`k8s/overlays/${env}/kustomization.yaml`);
    const listed = [
      "kustomization.yaml",
      ...(k.patches ?? []).map((p: { path: string }) => p.path),
    ].map((f) => `${env}/${f}`);
    assert.deepEqual(files.filter((f) => f.startsWith(`${env}/`)).sort(), listed.sort());
  }
  assert.deepEqual([...new Set(files.map((f) => f.split("/")[0]))].sort(), ["dev", "prod"]);
});

Deno.test("dev runs demo auth and prod production auth, both scaled out and valid", () => {
  for (const env of Object.keys(ENVIRONMENTS) as Env[]) checkEnvironment(env, render(env));
  const dev = render("dev");
  const prod = render("prod");
  assert.deepEqual(dev.map(key).sort(), prod.map(key).sort(), "the environments differ in kind");
  assert.match(find(prod, "Deployment", "gateway").spec.template.spec.containers[0].image, /\//);
  // The base is production too: an overlay that forgot its patch would not serve a demo.
  assert.equal(
    find(baseObjects(), "ConfigMap", "support-mesh-config").data.AUTH_MODE,
    "production",
  );
});

Deno.test("the test's rendering is strict: an unknown target or a list patch fails", () => {
  const base = baseObjects();
  assert.throws(
    () => mergePatch(find(base, "Deployment", "gateway"), { spec: { x: [1] } }, "t"),
    /patches a list/,
  );
  const patched = mergePatch(find(base, "ConfigMap", "support-mesh-config"), {
    data: { AUTH_MODE: "demo" },
  }, "t");
  assert.equal(patched.data.AUTH_MODE, "demo");
  assert.equal(patched.data.NATS_STREAM_REPLICAS, "3", "the rest of the map is kept");
});

const kubectl = findBinary("kubectl");
if (!kubectl) {
  // deno-lint-ignore no-console
  console.warn("skip: kubectl not found (its kustomize renders the overlays for comparison)");
}

Deno.test({
  name: "kubectl's kustomize renders each overlay as this test does",
  ignore: !kubectl,
  fn: async () => {
    for (const env of Object.keys(ENVIRONMENTS) as Env[]) {
      const out = await new Deno.Command(kubectl!, {
        args: ["kustomize", `k8s/overlays/${env}`],
        cwd: new URL("../", import.meta.url),
        stdout: "piped",
        stderr: "piped",
      }).output();
      const err = new TextDecoder().decode(out.stderr);
      assert.ok(out.success, `kubectl kustomize ${env}: ${err}`);
      const theirs = parseYaml(new TextDecoder().decode(out.stdout), `${env} (kustomize)`);
      checkEnvironment(env, theirs);
      const ours = render(env);
      assert.deepEqual(theirs.map(key).sort(), ours.map(key).sort());
      for (const o of ours) {
        const t = theirs.find((x) => key(x) === key(o));
        // kustomize adds nothing we set; compare what matters per kind.
        assert.deepEqual(t.data, o.data, `${env}: ${key(o)} data`);
        assert.deepEqual(t.spec?.replicas, o.spec?.replicas, `${env}: ${key(o)} replicas`);
        assert.deepEqual(t.spec?.minReplicas, o.spec?.minReplicas, `${env}: ${key(o)} HPA`);
        const images = (x: any) => x.spec?.template?.spec?.containers?.map((c: any) => c.image);
        assert.deepEqual(images(t), images(o), `${env}: ${key(o)} images`);
      }
    }
  },
});
