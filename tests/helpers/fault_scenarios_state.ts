/**
 * Fault scenarios of the state the gateway keeps: Redis (sessions, pending changes,
 * caches) going away and coming back empty, and the gateway itself restarted while
 * sockets are open and turns are in flight.
 */
import { type Shopper, startTestSystem, type TestSystem } from "./system.ts";
import { createMessage } from "../../shared/protocol.ts";
import { startRedis } from "./redis.ts";
import { freePort } from "./binaries.ts";
import { startStore } from "../../mocks/server.ts";
import { silentLogger } from "../../shared/log.ts";
import { HistoryDb } from "../../shared/db/history.ts";
import { WsChat } from "./ws_chat.ts";
import { loadPersonas } from "./personas.ts";
import {
  driveThrough,
  finish,
  openShoppers,
  readyStatus,
  type ScenarioOptions,
  shoppersOf,
  sleep,
} from "./fault_run.ts";
import type { ScenarioFigures } from "./reliability.ts";

/** What a client gets from the gateway while Redis is down. */
export interface RedisOutage {
  /** `/health/ready` status, HTTP status and whether its `session_store` check passed. */
  ready: string;
  ready_code: number;
  session_store_ok: boolean;
  /** `POST /api/sessions`: status, content type, and whether it has a detail. */
  new_session: { status: number; type: string | null; detail: string | null; retry: string | null };
  /** `POST /api/chat` with a session from before the outage. */
  chat: { status: number; type: string | null; detail: string | null };
}

async function problemOf(res: Response) {
  const type = res.headers.get("content-type");
  const body = await res.json().catch(() => ({}));
  return { status: res.status, type, detail: typeof body.detail === "string" ? body.detail : null };
}

/**
 * Redis stopped under traffic (sessions, pending changes and caches live there), then
 * started again, empty. Returns the figures and what clients saw during the outage.
 */
export async function redisDown(
  o: ScenarioOptions,
): Promise<
  ScenarioFigures & {
    outages: RedisOutage[];
    ready_after: string;
    ready_after_code: number;
    turn_after: number;
  }
> {
  await using redis = await startRedis();
  await using t = await startTestSystem({ bus: "jetstream", env: { REDIS_URL: redis.url } });
  const { traffic, shoppers } = await shoppersOf(t, o);
  const outages: RedisOutage[] = [];
  await driveThrough(traffic, shoppers, o, async () => {
    const until = Date.now() + o.minMs;
    do {
      await sleep(2_000);
      await redis.stop();
      const ready = await readyStatus(t.url, "not ready", 10_000);
      const created = await fetch(`${t.url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "sarah.chen@example.com" }),
      });
      const retry = created.headers.get("retry-after");
      const chat = await fetch(`${t.url}/api/chat`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${shoppers[0].token}`,
        },
        body: JSON.stringify({ message: "Hello?" }),
      });
      outages.push({
        ready: ready.status,
        ready_code: ready.code,
        session_store_ok: ready.checks.session_store?.ok ?? true,
        new_session: { ...(await problemOf(created)), retry },
        chat: await problemOf(chat),
      });
      await sleep(3_000);
      await redis.restart();
      await readyStatus(t.url, "ready", 30_000);
    } while (Date.now() < until);
  });
  const after = await readyStatus(t.url, "ready", 30_000);
  const fresh = await t.session("mike.johnson@example.com");
  const turn = await fresh.post({ message: "Where is my order ORD-2001?" });
  await turn.body?.cancel();
  const figures = await finish({ scenario: "redis_down", traffic, t, options: o });
  return {
    ...figures,
    outages,
    ready_after: after.status,
    ready_after_code: after.code,
    turn_after: turn.status,
  };
}

/**
 * The gateway (in-process bus, same data folder and port, the store outside it) stopped
 * and started again while sockets are open and turns are in the middle of the mesh: the
 * clients reconnect with `last_seen`, and the turns left unanswered are recovered. Before
 * each stop a few probe shoppers send a turn over their socket while the store is slower
 * than its call timeout (so turns are likely in flight when the gateway goes), and each
 * has one turn written down but never sent into the mesh, as when a gateway dies between
 * the two: those are surely left for the recovery sweep.
 */
export async function gatewayRestarted(o: ScenarioOptions): Promise<
  ScenarioFigures & {
    left_unanswered: number[];
    probes: number;
    probes_answered: number;
    probes_recovered: number;
    stranded: number;
    stranded_answered: number;
    stranded_recovered: number;
    polled: number;
    socket_repeats: number;
  }
> {
  await using store = await startStore({ port: 0, hostname: "127.0.0.1", log: silentLogger });
  const dataDir = await Deno.makeTempDir({ prefix: "mesh_restart_" });
  const env = { PORT: String(freePort()), STORE_API_URL: store.url };
  const faults = (latency: number) =>
    fetch(`${store.url}/admin/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ all: { latency_ms: latency } }),
    }).then((r) => r.body?.cancel());
  let t: TestSystem = await startTestSystem({ dataDir, env });
  const sockets: WsChat[] = [];
  try {
    const { traffic, shoppers } = await openShoppers(
      { url: t.url, storeUrl: store.url, history: () => t.system.history },
      { ...o, wsShare: o.wsShare ?? 0.6 },
    );
    const probePersonas = await loadPersonas(store.url, {
      customers: 3,
      guests: 0,
      cast: false,
      from: 220,
    });
    const probes: { ws: WsChat; ids: string[]; stranded: string[]; session: Shopper }[] = [];
    for (const p of probePersonas) {
      const session = await t.session(p.email);
      const ws = new WsChat(t.url, session.token);
      sockets.push(ws);
      await ws.connect();
      probes.push({ ws, ids: [], stranded: [], session });
    }
    const left: number[] = [];
    let round = 0;
    await driveThrough(traffic, shoppers, o, async () => {
      const until = Date.now() + o.minMs;
      do {
        await sleep(2_500);
        // Slower than the 1.5 s call timeout: the probes' turns are stuck in the mesh.
        await faults(3_000);
        round++;
        for (const [i, p] of probes.entries()) {
          const id = await p.ws.send(`Where is my order? (${round})`, `probe-${i}-${round}`);
          if (id) p.ids.push(id);
        }
        for (const p of probes) p.stranded.push(await strand(t, p.session, round));
        await sleep(300);
        await t.system.stop();
        await faults(0);
        const history = await HistoryDb.open(`${dataDir}/history.db`);
        left.push((await history.pendingInbox(0)).length);
        await history.close();
        await sleep(500);
        t = await startTestSystem({ dataDir, env });
      } while (Date.now() < until);
      await sleep(2_000);
    });
    const answered = async (ws: WsChat, ids: string[]) => {
      let n = 0;
      for (const id of ids) if (await ws.reply(id, 60_000)) n++;
      return n;
    };
    const recovered = async (ids: string[]) => {
      const entries = await Promise.all(ids.map((id) => t.system.history.inboxEntry(id)));
      return entries.filter((e) => (e?.attempts ?? 1) > 1).length;
    };
    let probesAnswered = 0;
    let strandedAnswered = 0;
    for (const p of probes) {
      probesAnswered += await answered(p.ws, p.ids);
      strandedAnswered += await answered(p.ws, p.stranded);
    }
    const ledger = await fetch(`${store.url}/admin/ledger`).then((r) => r.json());
    const polled = traffic.turns.filter((x) => x.polled).length;
    const repeats = [...traffic.shoppers.map((s) => s.ws), ...sockets]
      .reduce((n, ws) => n + (ws?.repeats ?? 0), 0);
    const extra = {
      left_unanswered: left,
      probes: probes.reduce((n, p) => n + p.ids.length, 0),
      probes_answered: probesAnswered,
      probes_recovered: await recovered(probes.flatMap((p) => p.ids)),
      stranded: probes.reduce((n, p) => n + p.stranded.length, 0),
      stranded_answered: strandedAnswered,
      stranded_recovered: await recovered(probes.flatMap((p) => p.stranded)),
      polled,
      socket_repeats: repeats,
    };
    const figures = await finish({
      scenario: "gateway_restarted",
      traffic,
      t,
      options: o,
      ledger,
      extra,
    });
    return { ...figures, ...extra };
  } finally {
    await Promise.all(sockets.map((ws) => ws.close()));
    await t[Symbol.asyncDispose]();
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
  }
}

/**
 * Writes a turn down as accepted without sending it into the mesh, as a gateway that dies
 * between the two leaves it; returns its id.
 */
async function strand(t: TestSystem, s: Shopper, round: number): Promise<string> {
  const message = createMessage({
    text: `Hello, is anyone there? (${round})`,
    conversationId: s.conversationId,
    customer: s.customer?.id ?? null,
    channel: "ws",
    clientId: `stranded-${round}`,
    session: { session_id: s.sessionId, customer_id: s.customer?.id ?? null },
  });
  await t.system.history.acceptInbound(message);
  return message.id;
}
