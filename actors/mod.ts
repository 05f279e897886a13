/**
 * The actors of the mesh and where each is defined, for the supervisor and Workers.
 */
import type { ActorSpec } from "./supervisor.ts";

const here = (file: string) => new URL(file, import.meta.url).href;

/** Every actor of the mesh, in route order. */
export const ACTOR_SPECS: readonly ActorSpec[] = [];

/** Looks an actor's spec up by name. */
export function actorSpec(name: string): ActorSpec | undefined {
  return ACTOR_SPECS.find((s) => s.name === name);
}

/** Loads an actor definition from its spec. */
export async function loadActor(spec: ActorSpec) {
  const mod = await import(spec.module);
  const def = mod[spec.exportName];
  if (!def) throw new Error(`Cannot load actor ${spec.name}: ${spec.exportName} is not exported`);
  return def;
}

export { here as actorModuleUrl };
