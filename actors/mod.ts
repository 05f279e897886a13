/**
 * The actors of the mesh and where each is defined, for the supervisor and Workers.
 */
import type { ActorSpec } from "./supervisor.ts";
import type { ActorDef } from "./types.ts";

function spec(name: string, file: string, exportName: string): ActorSpec {
  return { name, module: new URL(file, import.meta.url).href, exportName };
}

/** Every actor of the mesh, in route order. */
export const ACTOR_SPECS: readonly ActorSpec[] = [
  spec("sentiment", "./sentiment.ts", "sentimentActor"),
  spec("intent", "./intent.ts", "intentActor"),
  spec("context", "./context.ts", "contextActor"),
  spec("decision_router", "./decision_router.ts", "decisionRouterActor"),
  spec("response", "./response.ts", "responseActor"),
  spec("guardrail", "./guardrail.ts", "guardrailActor"),
  spec("execution", "./execution.ts", "executionActor"),
  spec("escalation_router", "./escalation_router.ts", "escalationRouterActor"),
  spec("aggregator", "./aggregator.ts", "aggregatorActor"),
];

/** Looks an actor's spec up by name. */
export function actorSpec(name: string): ActorSpec | undefined {
  return ACTOR_SPECS.find((s) => s.name === name);
}

/** Loads an actor definition from its spec. */
export async function loadActor(s: ActorSpec): Promise<ActorDef> {
  const mod = await import(s.module);
  const def = mod[s.exportName];
  if (!def || typeof def.process !== "function") {
    throw new Error(`Cannot load actor ${s.name}: ${s.exportName} is not an actor`);
  }
  return def;
}
