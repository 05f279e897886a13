/**
 * Any number of gateways: two gateway processes (ACTORS=none) and the actors in a third, on
 * one nats-server, Redis and PostgreSQL. Thirty shoppers send 300 turns, half on sockets of
 * gateway A, half over HTTP to gateway B while their socket sits on A; B is killed outright
 * mid-run and started again. Every accepted turn is answered once, the store's ledger holds
 * no change twice, a reply accepted by B reaches the shopper's socket on A, and one
 * session's rate limit holds across both gateways.
 */
import assert from "node:assert/strict";
import postgres from "postgres";
import { natsMissing, startNats } from "./helpers/nats.ts";
import { redisMissing, startRedis } from "./helpers/redis.ts";
import { postgresMissing, startPostgres } from "./helpers/postgres.ts";
import { freePort } from "./helpers/binaries.ts";
import { type MeshProcess, startMeshProcess } from "./helpers/mesh_process.ts";
import { Traffic } from "./helpers/traffic.ts";
import { idleTurn, loadPersonas, scriptFor } from "./helpers/personas.ts";
import { WsChat } from "./helpers/ws_chat.ts";
import { duplicateChanges } from "./helpers/reliability.ts";
import type { LedgerEntry } from "./helpers/system.ts";

const TURNS_EACH = 10;
const SHOPPERS = 30;
const SESSION_LIMIT = 30;

Deno.test({
  name: "two gateways, actors apart: 300 turns answered once across a gateway kill",
  ignore: natsMissing() || redisMissing() || postgresMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using nats = await startNats();
    await using redis = await startRedis();
    await using pg = await startPostgres();
    await using database = await pg.createDatabase();
    const storePort = freePort();
    const storeUrl = `http://127.0.0.1:${storePort}`;
    const dataDir = await Deno.makeTempDir({ prefix: "mesh_multigw_" });
    const shared = {
      BUS: "nats",
      NATS_URL: nats.url,
      REDIS_URL: redis.url,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: "4",
      SESSION_SECRET: "multi-gateway-test-secret-0123456789abcdef",
      AGENT_TOKEN: "test-agent-token",
      LOG_LEVEL: "warn",
      RATE_LIMIT_SESSION: String(SESSION_LIMIT),
      RATE_LIMIT_IP: "100000",
      RATE_LIMIT_NEW_SESSIONS_IP: "100000",
      RATE_LIMIT_NEW_SESSIONS_EMAIL: "100000",
      ACK_WAIT_MS: "6000",
      ACTOR_DEADLINE_MS: "5000",
      RETRY_BASE_MS: "50",
      TURN_TIMEOUT_MS: "15000",
    };
    const gatewayEnv = (name: string) => ({
      ...shared,
      ACTORS: "none",
      STORE_API_URL: storeUrl,
      DATA_DIR: `${dataDir}/${name}`,
    });
    const processes: MeshProcess[] = [];
    const started = async (p: Promise<MeshProcess>) => {
      const proc = await p;
      processes.push(proc);
      return proc;
    };
    try {
      // The actors (and the demo store they act on) in a process of their own.
      const actors = await started(startMeshProcess({
        name: "actors",
        port: freePort(),
        env: { ...shared, ACTORS: "all", MOCKS_PORT: String(storePort), DATA_DIR: `${dataDir}/a` },
      }));
      const gwA = await started(
        startMeshProcess({ name: "gateway A", port: freePort(), env: gatewayEnv("ga") }),
      );
      const portB = freePort();
      const startB = () =>
        startMeshProcess({ name: "gateway B", port: portB, env: gatewayEnv("gb") });
      let gwB = await started(startB());

      const personas = (await loadPersonas(storeUrl, { customers: 26, guests: 4 }))
        .slice(0, SHOPPERS);
      assert.equal(personas.length, SHOPPERS, "enough demo customers");
      const onA = new Traffic({ url: gwA.url, seed: 17, wsShare: 1, thinkMs: [50, 250] });
      const onB = new Traffic({ url: gwB.url, seed: 71, wsShare: 0, thinkMs: [50, 250] });
      await using _a = onA;
      await using _b = onB;
      const socketShoppers = await onA.open(personas.slice(0, SHOPPERS / 2));
      const httpShoppers = await onB.open(personas.slice(SHOPPERS / 2));
      assert.equal(socketShoppers.length + httpShoppers.length, SHOPPERS);
      // Each HTTP shopper also has the chat open on gateway A: B's replies must reach it.
      const watchers = new Map<string, WsChat>();
      for (const s of httpShoppers) {
        const ws = new WsChat(gwA.url, s.token);
        await ws.connect();
        watchers.set(s.sessionId, ws);
      }

      const script = (traffic: Traffic) =>
        traffic.run(
          traffic.shoppers,
          (s, n, rng) =>
            n >= TURNS_EACH ? null : (scriptFor(s.persona, rng)[n] ?? idleTurn(s.persona, rng)),
        );
      const running = Promise.all([script(onA), script(onB)]);
      // Gateway B dies without a drain once about a third of its turns are in.
      while (onB.turns.length < (SHOPPERS / 2) * TURNS_EACH / 3) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await gwB.kill();
      processes.splice(processes.indexOf(gwB), 1);
      await new Promise((r) => setTimeout(r, 1_000));
      gwB = await started(startB());
      await running;

      const settledA = await onA.settle(60_000);
      const settledB = await onB.settle(60_000);
      const figures = {
        turns: onA.turns.length + onB.turns.length,
        accepted: settledA.accepted + settledB.accepted,
        answered: settledA.answered + settledB.answered,
        handoffs: settledA.handoffs + settledB.handoffs,
        statuses_b: onB.statusCounts(),
        latency_a: onA.latency(),
        latency_b: onB.latency(),
      };
      // deno-lint-ignore no-console
      console.info("multi-gateway figures", JSON.stringify(figures));
      assert.equal(figures.turns, SHOPPERS * TURNS_EACH);
      assert.equal(figures.accepted, SHOPPERS * TURNS_EACH, "every turn was accepted in the end");
      assert.deepEqual([...settledA.unanswered, ...settledB.unanswered], [], "all answered");
      assert.deepEqual([...settledA.answeredTwice, ...settledB.answeredTwice], []);
      assert.deepEqual([...settledA.mismatched, ...settledB.mismatched], []);
      assert.ok(onB.statusCounts()["0"] > 0, "some HTTP turns met the dead gateway B");

      // Every reply of B's turns reached the shopper's socket on A, those B answered and
      // those answered while B was dead (read from the history by A).
      const live: string[] = [];
      const missed: string[] = [];
      for (const t of onB.turns) {
        if (!t.messageId) continue;
        const shopper = onB.shoppers.find((x) => x.index === t.shopper)!;
        const got = await watchers.get(shopper.sessionId)!.reply(t.messageId, 10_000);
        (got ? live : missed).push(t.messageId);
      }
      const repeats = [...watchers.values()].reduce((n, w) => n + w.repeats, 0);
      // deno-lint-ignore no-console
      console.info("sockets on A", JSON.stringify({ live: live.length, repeats }));
      assert.deepEqual(missed, [], "each reply reached the socket on the other gateway");

      // Each shopper changes an order once at most: no change twice in the store's ledger.
      const ledger: LedgerEntry[] = await fetch(`${storeUrl}/admin/ledger`)
        .then((r) => r.json()).then((b) => Array.isArray(b) ? b : b.entries ?? b.ledger ?? []);
      assert.ok(ledger.length > 0, "the run changed orders");
      assert.deepEqual(duplicateChanges(ledger), []);

      // A turn accepted by B, answered while the shopper's socket is on A, reaches it.
      const s = httpShoppers[0];
      const res = await fetch(`${gwB.url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ message: "What is your return policy?", client_id: "cross-1" }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      const body = await res.json();
      const seen = await watchers.get(s.sessionId)!.reply(body.message_id, 20_000);
      assert.equal(seen?.text, body.reply, "the socket on A got B's reply");

      // One session's limit holds across both gateways: a burst alternating A and B.
      assert.ok(await rateLimitHolds(gwA.url, gwB.url), "the per-session limit held");

      // The history's own view: no turn left unanswered, none answered twice.
      await using db = pgClient(database.url);
      const [{ open }] = await db.sql<{ open: number }[]>`
        SELECT count(*)::int AS open FROM inbox WHERE state = 'accepted'`;
      assert.equal(open, 0, "no accepted turn left unanswered");
      const twice = await db.sql`
        SELECT message_id FROM messages WHERE role = 'assistant' AND message_id IS NOT NULL
        GROUP BY message_id HAVING count(*) > 1`;
      assert.equal(twice.length, 0, "no turn answered twice");
      for (const ws of watchers.values()) await ws.close();
      await actors.stop();
    } catch (err) {
      // deno-lint-ignore no-console
      for (const p of processes) console.error(p.logTail());
      throw err;
    } finally {
      for (const p of processes) await p.stop();
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    }
  },
});

/**
 * Sends SESSION_LIMIT + 10 turns of one new session at once, alternating gateways: each sees
 * fewer than the limit, so only one shared count refuses any; with it exactly SESSION_LIMIT
 * are taken. A burst that straddles the limit's minute window is tried
 * once more with a fresh session.
 */
async function rateLimitHolds(a: string, b: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const session = await fetch(`${a}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `burst.${attempt}@example.org` }),
    }).then((r) => r.json());
    const statuses = await Promise.all(
      Array.from({ length: SESSION_LIMIT + 10 }, async (_, i) => {
        const res = await fetch(`${i % 2 ? b : a}/api/chat`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${session.token}`,
          },
          body: JSON.stringify({ message: "What shipping options do you have?" }),
        });
        await res.body?.cancel();
        return { gateway: i % 2 ? "b" : "a", status: res.status };
      }),
    );
    const refused = statuses.filter((s) => s.status === 429);
    const taken = statuses.filter((s) => s.status === 200 || s.status === 202);
    assert.equal(refused.length + taken.length, statuses.length, JSON.stringify(statuses));
    // Past the limit within one window: exactly the limit taken. A burst that straddled
    // two windows may take more, or refuse none: try again.
    if (refused.length === 0 || taken.length !== SESSION_LIMIT) continue;
    // Each gateway saw 20 requests, fewer than the limit: counting alone, neither would
    // have refused one.
    assert.equal(refused.length, 10);
    return true;
  }
  return false;
}

function pgClient(url: string): { sql: postgres.Sql } & AsyncDisposable {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  return { sql, [Symbol.asyncDispose]: () => sql.end() };
}
