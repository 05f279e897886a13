/**
 * Helpers of the execution tests: a turn through context and execution on the rig, a
 * proposal and its confirmation, as the mesh would run them.
 */
import assert from "node:assert/strict";
import { contextActor } from "../../actors/context.ts";
import { type Rig, turn, type TurnOptions } from "./context_rig.ts";
import { executionActor, type ExecutionDeps } from "../../actors/execution.ts";
import type {
  ExecutionEnrichment,
  GuardrailEnrichment,
  Message,
  PendingAction,
  ProposedAction,
} from "../../shared/protocol.ts";

/** The deps of execution on the rig. */
export function execDeps(rig: Rig, over: Partial<ExecutionDeps> = {}): ExecutionDeps {
  return {
    store: rig.client,
    sessions: rig.kv,
    breakers: rig.breakers,
    pendingTtlMs: 900_000,
    timeoutMs: 1500,
    ...over,
  };
}

/** A proposed action with defaults. */
export function action(
  type: ProposedAction["type"],
  orderId: string | null = null,
  params: Record<string, unknown> = {},
): ProposedAction {
  return { type, order_id: orderId, params, requires_confirmation: true };
}

/** A passing guardrail, or one that saw an injection. */
export function guardrail(injection = false): GuardrailEnrichment {
  return {
    verdict: injection ? "blocked" : "pass",
    issues: [],
    text: "…",
    injection_detected: injection,
  };
}

/** Options of `step`: the turn, and what the reply proposed. */
export interface StepOptions extends TurnOptions {
  actions?: ProposedAction[];
  injection?: boolean;
  deps?: Partial<ExecutionDeps>;
}

/** Builds the turn's message: context from the real actor, a reply, a guardrail verdict. */
export async function message(rig: Rig, o: StepOptions = {}): Promise<Message> {
  const msg = turn(o);
  const ctx = await contextActor.process(msg, {
    store: rig.client,
    cache: rig.kv,
    breakers: rig.breakers,
    ttlMs: 60_000,
    timeoutMs: 1500,
  }, rig.ctx());
  msg.payload.context = ctx.enrichment!;
  msg.payload.response = {
    text: "Reply",
    tone: "neutral",
    proposed_actions: o.actions ?? [],
    source: "template",
    template: null,
  };
  msg.payload.guardrail = guardrail(o.injection);
  return msg;
}

/** Runs execution on a message. */
export async function execute(
  rig: Rig,
  msg: Message,
  over: Partial<ExecutionDeps> = {},
): Promise<ExecutionEnrichment> {
  const r = await executionActor.process(msg, execDeps(rig, over), rig.ctx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

/** A turn proposing one change; returns the pending action stored. */
export async function propose(rig: Rig, o: StepOptions): Promise<PendingAction> {
  const e = await execute(rig, await message(rig, o), o.deps);
  assert.equal(e.results[0]?.status, "proposed", `not proposed: ${JSON.stringify(e.results)}`);
  assert.ok(e.pending);
  return e.pending;
}

/** The customer's yes to the session's pending action. */
export async function affirmMessage(rig: Rig, o: TurnOptions = {}): Promise<Message> {
  const pending = await rig.kv.getPending(o.sessionId ?? "sess-test");
  return message(rig, {
    ...o,
    intent: "affirm",
    pending: o.pending ?? pending,
    text: "Yes please",
  });
}

/** Proposes a change and confirms it; returns the outcome of the yes. */
export async function proposeAndConfirm(rig: Rig, o: StepOptions): Promise<ExecutionEnrichment> {
  await propose(rig, o);
  return execute(rig, await affirmMessage(rig, { customerId: o.customerId }), o.deps);
}
