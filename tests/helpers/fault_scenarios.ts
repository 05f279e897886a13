/**
 * The fault scenarios on NATS with Workers: each starts a system, drives shoppers
 * through a fault and returns its figures. `tests/faults_test.ts` runs them once and
 * checks the figures; `tests/soak.ts` runs them longer and writes them down.
 */
import { startTestSystem } from "./system.ts";
import { startNats } from "./nats.ts";
import { type FakeReply, startFakeLlm } from "./fake_llm.ts";
import { CombinedRunner, WorkerSupervisor } from "../../mesh/supervisor.ts";
import { ACTOR_SPECS } from "../../mesh/registry.ts";
import type { ScriptTurn } from "./personas.ts";
import {
  driveThrough,
  finish,
  type ScenarioOptions,
  shoppersOf,
  sleep,
  within,
} from "./fault_run.ts";
import type { ScenarioFigures } from "./reliability.ts";

/**
 * Every actor's Worker killed in turn, in the middle of traffic: one Worker per actor
 * (`each`), or the one Worker all actors but the aggregator share (`shared`), killed once
 * for each of its actors.
 */
export async function workersKilled(
  o: ScenarioOptions,
  layout: "each" | "shared" = "each",
): Promise<ScenarioFigures> {
  await using t = await startTestSystem({ bus: "jetstream", env: { ACTOR_WORKERS: layout } });
  const runner = t.system.runner;
  const sup = runner instanceof CombinedRunner
    ? runner.runners.find((r) => r instanceof WorkerSupervisor)
    : runner;
  if (!(sup instanceof WorkerSupervisor)) throw new Error("Cannot kill Workers: none run");
  const inWorkers = new Set(sup.states().map((s) => s.name));
  const { traffic, shoppers } = await shoppersOf(t, o);
  let kills = 0;
  await driveThrough(traffic, shoppers, o, async () => {
    const until = Date.now() + o.minMs;
    await sleep(1_000);
    do {
      for (const { name } of ACTOR_SPECS.filter((s) => inWorkers.has(s.name))) {
        sup.kill(name);
        kills++;
        await within(sup.whenReady(name), 120_000, `Worker ${name} restarted`);
        await sleep(400);
      }
    } while (Date.now() < until);
  });
  const restarts = sup.states().reduce((n, s) => n + s.restarts, 0);
  return await finish({
    scenario: layout === "each" ? "workers_killed" : "shared_worker_killed",
    traffic,
    t,
    options: o,
    extra: { kills, restarts },
  });
}

/**
 * nats-server (file storage) restarted while shoppers talk, then down for longer than the
 * bus retries a publish (15 s): turns accepted meanwhile get a 503 and go through on the
 * client's retry.
 */
export async function natsRestarted(o: ScenarioOptions): Promise<ScenarioFigures> {
  await using nats = await startNats();
  await using t = await startTestSystem({ natsUrl: nats.url });
  const { traffic, shoppers } = await shoppersOf(t, o);
  let restarts = 0;
  const outageMs = 18_000;
  await driveThrough(traffic, shoppers, o, async () => {
    const until = Date.now() + o.minMs;
    do {
      await sleep(2_500);
      await nats.restart();
      restarts++;
    } while (Date.now() < until);
    await sleep(2_000);
    await nats.stop();
    await sleep(outageMs);
    await nats.restart();
    await sleep(2_500);
  });
  return await finish({
    scenario: "nats_restarted",
    traffic,
    t,
    options: o,
    extra: { restarts, long_outage_ms: outageMs },
  });
}

/** Says "yes" first: the changes were proposed before the fault began. */
function confirmFirst(): ScriptTurn[] {
  return [{ kind: "confirm", text: "yes" }];
}

/**
 * The orders API at 50% errors and 2 s latency (more than the 1.5 s call timeout, so a
 * change may be made by the store after the caller gave up): changes proposed before the
 * fault are confirmed during it, while others look orders up.
 */
export async function ordersFaulty(o: ScenarioOptions): Promise<ScenarioFigures> {
  await using t = await startTestSystem({ bus: "jetstream" });
  const { traffic, shoppers } = await shoppersOf(t, o);
  // Before: each shopper asks for one change (to be confirmed during the fault).
  await driveThrough(traffic, shoppers, { ...o, minMs: 0 }, () => Promise.resolve(), (s) => {
    const p = s.persona;
    const ask: ScriptTurn[] = [];
    if (p.cancel) ask.push({ kind: "cancel", text: `Please cancel my order ${p.cancel}` });
    if (p.ret) ask.push({ kind: "return", text: `I'd like to return order ${p.ret}` });
    if (p.refund) ask.push({ kind: "refund", text: `I want a refund for ${p.refund}` });
    return ask.slice(0, 1);
  });
  await t.admin("/admin/faults", { orders: { error_rate: 0.5, latency_ms: 2_000 } });
  await driveThrough(traffic, shoppers, o, () => sleep(Math.max(4_000, o.minMs)), confirmFirst);
  await t.admin("/admin/faults", { orders: { error_rate: 0, latency_ms: 0 } });
  const ledger = await t.ledger();
  // A reply that says nothing changed while the store made a change for that very turn.
  const falseClaims = traffic.turns.filter((tr) =>
    tr.messageId && tr.reply &&
    /nothing (on your orders )?(has been|was) changed/i.test(tr.reply) &&
    ledger.some((e) => e.idempotency_key?.startsWith(`${tr.messageId}:`))
  ).length;
  return await finish({
    scenario: "orders_50pct_errors_2s",
    traffic,
    t,
    options: o,
    ledger,
    extra: { changes_made: ledger.length, false_nothing_changed: falseClaims },
  });
}

/** A long script of bad LLM answers: invalid JSON, 500s, slow, and JSON of the wrong shape. */
function badLlmScript(n: number): FakeReply[] {
  const bad: FakeReply[] = [
    { text: "Sure! Here is the JSON you asked for: {intent: cancel" },
    { status: 500 },
    { delayMs: 6_000, then: { json: { intent: "order_status", confidence: 0.9 } } },
    { json: { intent: "refund_everything", confidence: 7, reply: "<script>alert(1)</script>" } },
    { status: 429 },
    { text: "" },
  ];
  return Array.from({ length: n }, (_, i) => bad[i % bad.length]);
}

/**
 * The LLM answering garbage, errors and slowly (past its 1.5 s deadline), then not there
 * at all (its port closed): every turn falls back to the classifier and templates.
 */
export async function llmFaulty(o: ScenarioOptions): Promise<ScenarioFigures> {
  const fake = startFakeLlm(badLlmScript(20_000));
  try {
    await using t = await startTestSystem({
      bus: "jetstream",
      env: { LLM_BASE_URL: fake.baseUrl, LLM_TIMEOUT_MS: "1500" },
    });
    const { traffic, shoppers } = await shoppersOf(t, o);
    let requests = 0;
    await driveThrough(traffic, shoppers, o, async () => {
      await sleep(Math.max(6_000, o.minMs / 2));
      requests = fake.requests.length;
      await fake.close(); // from now on, connection refused
      await sleep(Math.max(3_000, o.minMs / 2));
    });
    const turnTimeouts = traffic.turns.filter((x) => x.answer === "pending").length;
    return await finish({
      scenario: "llm_garbage_slow_down",
      traffic,
      t,
      options: o,
      extra: { llm_requests: requests, answered_after_turn_timeout: turnTimeouts },
    });
  } finally {
    await fake.close();
  }
}
