/**
 * Floor (a): the actors of a turn called one after another in one function, enriched by
 * hand exactly as the runtime would (history, enrichment, the router's new route, the
 * error handler), with no bus, no serialisation and no validation. A second variant adds
 * what the runtime does per hop besides `process` (encode, decode, validate the envelope
 * and the enrichment), to show that cost apart from the bus.
 */
import {
  appendError,
  appendHistory,
  currentStep,
  divertTo,
  type EnrichmentKey,
  ENRICHMENTS,
  Message,
  replaceRemainingSteps,
} from "../shared/protocol.ts";
import { encodeMessage } from "../mesh/wire.ts";
import type { StepResult } from "../shared/actor.ts";
import type { DirectWorld } from "./direct_world.ts";
import { summarize, type Summary } from "./stats.ts";

/** One turn through the direct chain. */
export interface ChainRun {
  ms: number;
  /** Actors that ran, in order. */
  steps: string[];
  /** The message as each actor received it (for the per-actor figures and raw hops). */
  inputs: Message[];
  final: Message;
}

const decoder = new TextDecoder();

/** Runs one turn through the actors in sequence. */
export async function runChain(
  world: DirectWorld,
  first: Message,
  opts: { codec?: boolean } = {},
): Promise<ChainRun> {
  const t0 = performance.now();
  let msg = first;
  const steps: string[] = [];
  const inputs: Message[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const name = currentStep(msg);
    if (name === null) break;
    if (opts.codec) msg = Message.parse(JSON.parse(decoder.decode(encodeMessage(msg))));
    const actor = world.actors.get(name);
    if (!actor) throw new Error(`Cannot run the direct chain: no actor ${name}`);
    inputs.push(msg);
    steps.push(name);
    const s0 = performance.now();
    let result: StepResult<EnrichmentKey>;
    try {
      result = await actor.process(msg, world.deps, world.ctx);
    } catch (err) {
      msg = appendError(
        appendHistory(msg, entry(name, "error", s0)),
        {
          actor: name,
          kind: "permanent",
          message: String(err),
          at: new Date().toISOString(),
          attempt: 1,
        },
      );
      msg = divertTo(msg, msg.route.error_handler);
      continue;
    }
    let enrichment = result.enrichment;
    if (opts.codec && enrichment !== null) {
      enrichment = ENRICHMENTS[actor.key].parse(enrichment) as typeof enrichment;
    }
    let next = appendHistory(msg, entry(name, result.escalate ? "escalated" : "ok", s0));
    if (enrichment !== null && msg.payload[actor.key] === undefined) {
      next = { ...next, payload: { ...next.payload, [actor.key]: enrichment } };
    }
    if (result.next) next = replaceRemainingSteps(next, result.next);
    if (result.escalate) {
      next = appendError(next, {
        actor: name,
        kind: "blocked",
        message: result.escalate,
        at: new Date().toISOString(),
        attempt: 1,
      });
      next = divertTo(next, msg.route.error_handler);
    } else {
      next = { ...next, route: { ...next.route, current: next.route.current + 1 } };
    }
    if (opts.codec) encodeMessage(next);
    msg = next;
  }
  return { ms: performance.now() - t0, steps, inputs, final: msg };
}

function entry(actor: string, outcome: "ok" | "error" | "escalated", started: number) {
  const ms = Math.round((performance.now() - started) * 100) / 100;
  return { actor, outcome, started: new Date().toISOString(), ms, attempt: 1 };
}

/** The direct floor's figures. */
export interface DirectResult {
  turns: number;
  latency: Summary;
  /** The same with the runtime's per-hop encode / decode / validation. */
  with_codec: Summary;
  /** Each actor's own time in the chain: median and mean in ms. */
  actor_ms: Record<string, { p50_ms: number; mean_ms: number; n: number }>;
  /** Route lengths seen: hops → turns. */
  hops: Record<string, number>;
  /** Encoded size of the message as it reaches each step, median bytes. */
  message_bytes_p50: number;
}

/** Runs `turns` turns one at a time (after a warm-up), both variants interleaved. */
export async function directFloor(
  world: DirectWorld,
  turns: number,
): Promise<{ result: DirectResult; runs: ChainRun[] }> {
  for (let i = 0; i < Math.min(100, turns); i++) await runChain(world, await world.nextTurn());
  const plain: number[] = [];
  const codec: number[] = [];
  const runs: ChainRun[] = [];
  const perActor = new Map<string, number[]>();
  const hops: Record<string, number> = {};
  const sizes: number[] = [];
  for (let i = 0; i < turns; i++) {
    const run = await runChain(world, await world.nextTurn());
    plain.push(run.ms);
    runs.push(run);
    hops[run.steps.length] = (hops[run.steps.length] ?? 0) + 1;
    for (const h of run.final.route.history) {
      perActor.set(h.actor, [...perActor.get(h.actor) ?? [], h.ms]);
    }
    for (const m of run.inputs) sizes.push(encodeMessage(m).length);
    codec.push((await runChain(world, await world.nextTurn(), { codec: true })).ms);
  }
  const actor_ms: DirectResult["actor_ms"] = {};
  for (const [name, list] of perActor) {
    const s = summarize(list);
    actor_ms[name] = { p50_ms: s.p50_ms, mean_ms: s.mean_ms, n: s.n };
  }
  return {
    result: {
      turns,
      latency: summarize(plain),
      with_codec: summarize(codec),
      actor_ms,
      hops,
      message_bytes_p50: summarize(sizes).p50_ms,
    },
    runs,
  };
}
