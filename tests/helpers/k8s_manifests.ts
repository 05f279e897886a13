/**
 * The Kubernetes base (k8s/base/) read for the deployment tests: its objects and small
 * look-ups over them, the keys typos hide in, and where the mesh looks for its servers.
 */
// deno-lint-ignore-file no-explicit-any
import assert from "node:assert/strict";
import { EnvSchema } from "../../shared/config.ts";
import { ACTOR_SPECS } from "../../mesh/registry.ts";
import { isMeshImage, parseYaml, read, yamlFiles } from "./deploy_files.ts";

export const NAMESPACE = "support-mesh";
export const CONFIG_MAP = "support-mesh-config";
export const SECRET = "support-mesh-secrets";
/**
 * Created by the operator, in no manifest (the base's kustomization says how), so an apply
 * never resets them: where PostgreSQL is, the gateways' shared secrets, the gateway's own.
 */
export const EXTERNAL_SECRETS: Record<string, string[]> = {
  "support-mesh-database": ["DATABASE_URL"],
  "support-mesh-gateway-secrets": ["SESSION_SECRET", "AGENT_TOKEN"],
  [SECRET]: ["CUSTOMER_TOKEN_SECRET", "METRICS_TOKEN", "LLM_API_KEY"],
};
export const PORTS = { gateway: 8000, store: 8100, nats: 4222, redis: 6379 };
/** Env vars set in manifests that are not Support Mesh config (third-party containers). */
export const NON_CONFIG_ENV: Record<string, string[]> = { nats: ["SERVER_NAME"] };
/** Read by the Deno runtime itself, not by shared/config.ts: its OpenTelemetry exporter. */
export const DENO_RUNTIME_ENV = /^OTEL_[A-Z_]+$/;
export const CONFIG_NAMES = new Set(Object.keys(EnvSchema.shape));
export const ACTORS = ACTOR_SPECS.map((s) => s.name);

// Keys Kubernetes accepts where a typo would otherwise pass unnoticed: the schemas allow
// unknown fields, the API server (strict field validation) does not.
export const KEYS = {
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
export interface K8sObject {
  file: string;
  obj: any;
}

export const BASE = "k8s/base/";
export const K8S_FILES = yamlFiles(BASE);
export const KUSTOMIZATION = "kustomization.yaml";
export const OBJECTS: K8sObject[] = K8S_FILES.filter((f) => f !== KUSTOMIZATION).flatMap((file) =>
  parseYaml(read(`${BASE}${file}`), file).map((obj) => ({ file, obj }))
);
export function ofKind(kind: string): any[] {
  return OBJECTS.filter((o) => o.obj.kind === kind).map((o) => o.obj);
}

export function byName(kind: string, name: string): any {
  const found = ofKind(kind).find((o) => o.metadata?.name === name);
  assert.ok(found, `k8s/ has no ${kind} named ${name}`);
  return found;
}

/** Every pod template of the workloads, with its workload. */
export function podTemplates(): { workload: any; pod: any }[] {
  return [...ofKind("Deployment"), ...ofKind("StatefulSet")].map((w) => ({
    workload: w,
    pod: w.spec.template,
  }));
}

/** Every container of the workloads, with its workload. */
export function containers(): { workload: any; pod: any; c: any }[] {
  return podTemplates().flatMap(({ workload, pod }) =>
    [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c: any) => ({
      workload,
      pod,
      c,
    }))
  );
}

/** The mesh containers (those running our image). */
export function meshContainers() {
  return containers().filter(({ c }) => isMeshImage(c.image));
}

/** The value of env `name` in a container (literal values only). */
export function envValue(c: any, name: string): string | undefined {
  return c.env?.find((e: any) => e.name === name)?.value;
}

/** The Secret a container's DATABASE_URL comes from, or null where it has none. */
export function databaseRef(c: any): string | null {
  const e = c.env?.find((x: any) => x.name === "DATABASE_URL");
  if (!e) return null;
  assert.equal(e.value, undefined, `${c.name}: DATABASE_URL written out, not from a Secret`);
  return e.valueFrom?.secretKeyRef?.name ?? null;
}

/** The container's env as Kubernetes resolves it from the ConfigMap and literal values. */
export function effectiveEnv(c: any): Record<string, string> {
  const out: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef) Object.assign(out, byName("ConfigMap", from.configMapRef.name).data);
  }
  for (const e of c.env ?? []) if (typeof e.value === "string") out[e.name] = e.value;
  return out;
}

export function containerPort(c: any, port: string | number): number {
  if (typeof port === "number") return port;
  const p = c.ports?.find((x: any) => x.name === port);
  assert.ok(p, `container ${c.name} has no port named ${port}`);
  return p.containerPort;
}

export function actorArgs(c: any): string | null {
  const cmd = [...(c.command ?? []), ...(c.args ?? [])];
  return cmd[0] === "deno" && cmd[1] === "task" && cmd[2] === "actor" ? cmd[3] ?? "" : null;
}

export function checkKeys(where: string, value: any, allowed: string[]): void {
  if (!value || typeof value !== "object") return;
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
  assert.deepEqual(unknown, [], `${where}: unknown fields ${unknown.join(", ")}`);
}

// ---------------------------------------------------------------------------------------
// YAML and schemas
