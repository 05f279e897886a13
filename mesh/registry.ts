/**
 * The actors of the mesh, typed: each name maps to a loader of its definition (loaded
 * lazily, so a Worker or a container running one actor loads only that actor's code). The
 * type check at the end proves at compile time that the mesh's dependencies (`MeshDeps`)
 * satisfy what every actor declares it needs.
 */
import type { ActorDef } from "../shared/actor.ts";
import type { EnrichmentKey } from "../shared/protocol.ts";
import type { MeshDeps } from "./deps.ts";

// deno-lint-ignore no-explicit-any
type AnyActor = ActorDef<EnrichmentKey, any>;

/** Every actor of the mesh, in route order, with the loader of its definition. */
export const ACTORS = {
  sentiment: () => import("../actors/sentiment.ts").then((m) => m.sentimentActor),
  intent: () => import("../actors/intent.ts").then((m) => m.intentActor),
  context: () => import("../actors/context.ts").then((m) => m.contextActor),
  decision_router: () => import("../actors/decision_router.ts").then((m) => m.decisionRouterActor),
  response: () => import("../actors/response.ts").then((m) => m.responseActor),
  guardrail: () => import("../actors/guardrail.ts").then((m) => m.guardrailActor),
  execution: () => import("../actors/execution.ts").then((m) => m.executionActor),
  escalation_router: () =>
    import("../actors/escalation_router.ts").then((m) => m.escalationRouterActor),
  aggregator: () => import("../actors/aggregator.ts").then((m) => m.aggregatorActor),
};
// Checked apart from the literal: `satisfies` would type each loader as returning any actor
// and hide every actor's own deps from the check below.
const LOADERS: Record<string, () => Promise<AnyActor>> = ACTORS;

/** The name of one of the mesh's actors. */
export type ActorName = keyof typeof ACTORS;

/** The mesh's actor names, in route order. */
export const ACTOR_NAMES: readonly ActorName[] = Object.keys(ACTORS) as ActorName[];

/** Whether `name` is one of the mesh's actors. */
export function isActorName(name: string): name is ActorName {
  return Object.hasOwn(ACTORS, name);
}

/** The dependencies an actor's loader says it needs. */
type DepsOf<L> = L extends () => Promise<ActorDef<EnrichmentKey, infer D>> ? D : never;
/**
 * The properties of `D` that `MeshDeps` fails: required and missing, or present with
 * another type. An optional property the mesh does not carry is fine (the actor has a
 * default for it).
 */
type Unmet<D> = {
  [P in keyof D]-?: P extends keyof MeshDeps ? (MeshDeps[P] extends D[P] ? never : P)
    : undefined extends D[P] ? never
    : P;
}[keyof D];
/** `actor.property` for each dependency `MeshDeps` does not provide (never, when all are met). */
type UnmetDeps = {
  [K in ActorName]: Unmet<DepsOf<(typeof ACTORS)[K]>> extends infer P extends PropertyKey
    ? [P] extends [never] ? never : `${K}.${P & string}`
    : never;
}[ActorName];
/** Fails to compile, naming `actor.property`, when `MeshDeps` lacks what an actor needs. */
export const DEPS_CHECKED: [UnmetDeps] extends [never] ? true : UnmetDeps = true;

/**
 * Where to run an actor from: one of the mesh's own by name, or (tests, extensions) a
 * module URL and export name. Plain data, so it can be posted to a Worker.
 */
export interface ActorSpec {
  name: string;
  /** Module URL exporting the `ActorDef`; absent for the mesh's own actors. */
  module?: string;
  exportName?: string;
  /** Module URL exporting `createDeps(config, log, bus)`; default `mesh/deps.ts`. */
  depsModule?: string;
}

/** The specs of the mesh's own actors, in route order. */
export const ACTOR_SPECS: readonly ActorSpec[] = ACTOR_NAMES.map((name) => ({ name }));

/** Looks an actor's spec up by name. */
export function actorSpec(name: string): ActorSpec | undefined {
  return ACTOR_SPECS.find((s) => s.name === name);
}

/** Loads an actor definition from its spec. */
export async function loadActor(s: ActorSpec): Promise<AnyActor> {
  if (!s.module) {
    if (!isActorName(s.name)) throw new Error(`Cannot load actor ${s.name}: unknown actor`);
    return await LOADERS[s.name]();
  }
  const mod = await import(s.module);
  const def = mod[s.exportName ?? ""];
  if (!def || typeof def.process !== "function") {
    throw new Error(`Cannot load actor ${s.name}: ${s.exportName} is not an actor`);
  }
  return def;
}
