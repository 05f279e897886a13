/**
 * Faults during live traffic, on NATS with Workers (the gateway restart on the in-process
 * bus): shoppers keep talking over HTTP and WebSocket while an actor's Worker dies,
 * nats-server restarts or the one the system launched is killed, the orders API fails, the LLM misbehaves, Redis goes away or the
 * gateway restarts. Every accepted turn must end in a reply or a handoff, no change may
 * be made twice, and deliveries per message stay bounded. Each prints its figures.
 */
import assert from "node:assert/strict";
import { natsMissing } from "./helpers/nats.ts";
import { redisMissing } from "./helpers/redis.ts";
import { CI_SIZE, type ScenarioOptions } from "./helpers/fault_run.ts";
import { printFigures, type ScenarioFigures } from "./helpers/reliability.ts";
import {
  llmFaulty,
  natsRestarted,
  ordersFaulty,
  workersKilled,
} from "./helpers/fault_scenarios.ts";
import { gatewayRestarted, redisDown } from "./helpers/fault_scenarios_state.ts";
import { launchedNatsKilled } from "./helpers/fault_scenarios_bus.ts";

/** MAX_DELIVER of the test systems: no step may be delivered more often. */
const MAX_DELIVER = 5;

const size = (seed: number): ScenarioOptions => ({ ...CI_SIZE, seed });

/** The checks every scenario must pass. */
function assertSurvived(f: ScenarioFigures): void {
  printFigures(f);
  assert.ok(f.accepted > 0, "traffic was accepted");
  assert.equal(f.unanswered, 0, "every accepted turn ended in a reply or a handoff");
  assert.equal(f.answered, f.accepted);
  assert.equal(f.mismatched, 0, "the reply a shopper saw is the one stored");
  assert.equal(f.answered_twice, 0, "no turn was answered twice");
  assert.equal(f.duplicates, 0, "no change was made twice");
  assert.ok(f.max_deliveries <= MAX_DELIVER, `deliveries bounded (${f.max_deliveries})`);
  assert.equal(f.statuses["500"] ?? 0, 0, "no 500s");
}

const test = (name: string, ignore: boolean, fn: () => Promise<void>) =>
  Deno.test({ name, ignore, sanitizeOps: false, sanitizeResources: false, fn });

const noNats = natsMissing();

test(
  "faults: each actor's Worker killed mid-turn — all answered, nothing done twice",
  noNats,
  async () => {
    const f = await workersKilled(size(11));
    assertSurvived(f);
    assert.ok((f.kills as number) >= 9, "every actor's Worker was killed");
  },
);

test(
  "faults: the shared Worker killed mid-turn, again and again — all answered, nothing done twice",
  noNats,
  async () => {
    const f = await workersKilled(size(15), "shared");
    assertSurvived(f);
    assert.ok((f.kills as number) >= 8, "killed once for each actor it runs");
  },
);

test("faults: nats-server restarted mid-traffic — all answered", noNats, async () => {
  const f = await natsRestarted(size(12));
  assertSurvived(f);
  assert.ok((f.restarts as number) >= 1);
});

test(
  "faults: orders API at 50% errors and 2 s latency — answered or handed over, once",
  noNats,
  async () => {
    const f = await ordersFaulty(size(13));
    assertSurvived(f);
    assert.ok(f.handoffs > 0, "failed look-ups and changes were handed to a person");
    assert.equal(f.false_nothing_changed, 0, "no reply says nothing changed when it did");
  },
);

test("faults: LLM answering garbage, slowly, then down — all answered", noNats, async () => {
  const f = await llmFaulty(size(14));
  assertSurvived(f);
  assert.ok((f.llm_requests as number) > 0, "the LLM was asked");
});

test(
  "faults: the nats-server deno task start launched killed with SIGKILL — not ready, restarted by the launcher, ready, all answered once",
  noNats,
  async () => {
    const f = await launchedNatsKilled(size(17));
    assertSurvived(f);
    assert.ok(f.kills >= 1);
    assert.ok(f.restarts >= f.kills, "the launcher restarted it after every kill");
    // After every kill readiness said 503 not ready, and why, then 200 again.
    const said = Object.entries(f.not_ready);
    assert.equal(said.reduce((n, [, c]) => n + c, 0), f.kills);
    for (const [what] of said) {
      assert.match(what, /^503 not ready \((bus disconnected|nats-server restarting)\)$/);
    }
    assert.equal(f.ready_again_ms.length, f.kills, "ready again after every kill");
    assert.ok(f.new_pid_each_time, "a new nats-server process serves after each kill");
    const o = f.outage_turns;
    assert.ok(o.sent >= 3);
    const statuses = JSON.stringify(o.statuses);
    assert.equal(o.accepted, o.sent, `turns sent at the kill were taken (${statuses})`);
    assert.equal(o.answered_once, o.sent, "and each answered once");
  },
);

test(
  "faults: Redis down — not ready (503), 503 problems, recovers when back",
  noNats || redisMissing(),
  async () => {
    const f = await redisDown(size(15));
    assertSurvived(f);
    for (const o of f.outages) {
      assert.equal(o.ready, "not ready", "readiness says the gateway cannot take turns");
      assert.equal(o.ready_code, 503);
      assert.equal(o.session_store_ok, false);
      assert.equal(o.new_session.status, 503);
      assert.equal(o.new_session.type, "application/problem+json");
      assert.ok(o.new_session.detail, "a clear detail");
      assert.ok(o.new_session.retry, "Retry-After");
      assert.equal(o.chat.status, 503);
      assert.equal(o.chat.type, "application/problem+json");
    }
    assert.equal(f.ready_after, "ready");
    assert.equal(f.ready_after_code, 200);
    assert.ok([200, 202].includes(f.turn_after), "a new session is served once Redis is back");
  },
);

test(
  "faults: gateway restarted with sockets open — nothing missing, unanswered recovered",
  false,
  async () => {
    const f = await gatewayRestarted(size(16));
    assertSurvived(f);
    assert.equal(f.polled, 0, "every socket turn got its reply on the socket (live or replayed)");
    assert.ok((f.socket_reconnects as number) > 0, "sockets reconnected");
    const left = f.left_unanswered.reduce((a, b) => a + b, 0);
    assert.ok(f.stranded > 0 && left >= f.stranded, "turns were left unanswered at each stop");
    assert.ok(f.recovered_turns + f.probes_recovered + f.stranded_recovered >= left, "re-sent");
    assert.equal(f.stranded_recovered, f.stranded, "the recovery sweep sent them again");
    assert.equal(f.stranded_answered, f.stranded, "and their replies reached the sockets");
    assert.equal(f.probes_answered, f.probes, "the turns in flight were answered on the socket");
  },
);
