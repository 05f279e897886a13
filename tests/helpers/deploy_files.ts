/**
 * Reading the deployment files for the deploy tests: YAML streams (anchors and merge keys
 * resolved), the Kubernetes schema models (kubernetes-models), the mesh image's name.
 */
// deno-lint-ignore-file no-explicit-any
import { parseAllDocuments } from "yaml";
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

/** The project folder. */
export const ROOT = new URL("../../", import.meta.url);

/** Reads a file of the project. */
export function read(path: string): string {
  return Deno.readTextFileSync(new URL(path, ROOT));
}

/** The image every mesh process runs (gateway, actors, store). */
export const IMAGE = "support-mesh";

/** The Kubernetes kinds the manifests may hold, with their schema models. */
export const K8S_MODELS: Record<string, new (data: any) => { validate(): void }> = {
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

/** Validates one Kubernetes object against its schema; throws naming `where` and the object. */
export function validateK8sObject(obj: any, where: string): void {
  const key = `${obj.apiVersion}/${obj.kind}`;
  const Model = K8S_MODELS[key];
  if (!Model) throw new Error(`${where}: no schema for ${key} (a kind the tests do not know)`);
  try {
    new Model(obj).validate();
  } catch (err) {
    throw new Error(`${where}: ${obj.kind} ${obj.metadata?.name} is invalid: ${err}`);
  }
}

/** The YAML files under `dir` (a folder of the project, ending in /), relative to it. */
export function yamlFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(new URL(dir, ROOT))) {
    if (e.isDirectory) out.push(...yamlFiles(`${dir}${e.name}/`, `${prefix}${e.name}/`));
    else if (/\.ya?ml$/.test(e.name)) out.push(`${prefix}${e.name}`);
  }
  return out.sort();
}

/** Every document of a YAML stream, anchors and merge keys resolved; throws on any problem. */
export function parseYaml(text: string, file: string): any[] {
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

/** The one document of a YAML file of the project. */
export function readYaml(path: string): any {
  const docs = parseYaml(read(path), path);
  if (docs.length !== 1) throw new Error(`Cannot read ${path}: ${docs.length} documents`);
  return docs[0];
}

/** True for the mesh image under any registry and tag. */
export function isMeshImage(image: string): boolean {
  return image.split(":")[0].split("/").at(-1) === IMAGE;
}

/** The numeric version of an image's tag (`nats:2.10-alpine` → [2, 10]). */
export function imageVersion(image: string): number[] {
  const tag = image.split(":")[1] ?? "";
  return (tag.match(/^\d+(\.\d+)*/)?.[0] ?? "").split(".").filter(Boolean).map(Number);
}

/** True when `version` is `min` or newer. */
export function atLeast(version: number[], min: number[]): boolean {
  for (let i = 0; i < min.length; i++) {
    const v = version[i] ?? 0;
    if (v !== min[i]) return v > min[i];
  }
  return true;
}
