/**
 * The real actors and their real dependencies without a bus: the demo store on a free
 * port, Deno KV and SQLite in a temporary folder, sessions for a population of shoppers,
 * and turns built as the gateway builds them.
 */
import { loadConfig } from "../shared/config.ts";
import { silentLogger } from "../shared/log.ts";
import { MemoryBus } from "../shared/bus/memory.ts";
import { policyFromConfig } from "../shared/bus/connect.ts";
import { createMessage, type Message } from "../shared/protocol.ts";
import { createDeps, type MeshDeps } from "../mesh/deps.ts";
import { ACTOR_SPECS, loadActor } from "../mesh/registry.ts";
import type { ActorContext, ActorDef } from "../shared/actor.ts";
import { startStore } from "../mocks/server.ts";
import type { Config } from "../shared/config.ts";
import type { SessionRecord } from "../shared/store/types.ts";
import { loadTexts, MessageMix, type Persona, personas } from "./population.ts";

/** Reply subject of turns built here (nobody needs to listen). */
export const BENCH_REPLY_TO = "mesh.reply.bench";

/** Everything the floors and the per-actor figures run on. */
export interface DirectWorld extends AsyncDisposable {
  config: Config;
  bus: MemoryBus;
  deps: MeshDeps;
  /** Every actor of the mesh by name. */
  actors: Map<string, ActorDef>;
  /** The step context handed to `process`. */
  ctx: ActorContext;
  /** A new turn from the next shopper, as the gateway would publish it. */
  nextTurn(): Promise<Message>;
}

/** Opens the world with `shoppers` sessions. */
export async function openDirectWorld(
  shoppers: number,
  env: Record<string, string> = {},
): Promise<DirectWorld> {
  const dataDir = await Deno.makeTempDir({ prefix: "bench_direct_" });
  // The store in this process unless the run put it in its own (STORE_API_URL).
  const store = env.STORE_API_URL
    ? null
    : await startStore({ port: 0, hostname: "127.0.0.1", log: silentLogger });
  const storeUrl = env.STORE_API_URL ?? store!.url;
  const config = loadConfig({
    DATA_DIR: dataDir,
    MOCKS_PORT: "0",
    LOG_LEVEL: "error",
    ...env,
    STORE_API_URL: storeUrl,
  });
  const bus = new MemoryBus({ policy: policyFromConfig(config), log: silentLogger });
  const deps = await createDeps(config, silentLogger, bus, { storeUrl });
  const actors = new Map<string, ActorDef>();
  for (const spec of ACTOR_SPECS) {
    const actor = await loadActor(spec);
    await actor.warmUp?.(deps);
    actors.set(spec.name, actor);
  }
  const people = await personas(storeUrl, shoppers);
  const sessions: SessionRecord[] = [];
  for (const p of people) sessions.push(await putSession(deps, p));
  const mix = new MessageMix(await loadTexts());
  let n = 0;
  return {
    config,
    bus,
    deps,
    actors,
    ctx: {
      signal: new AbortController().signal,
      log: silentLogger,
      now: () => new Date(),
      deliveryCount: 1,
    },
    async nextTurn() {
      const i = n++ % sessions.length;
      // What the gateway reads before it builds a turn: the session and its pending change.
      const s = await deps.sessions.getSession(sessions[i].session_id) ?? sessions[i];
      const pending = await deps.sessions.getPending(s.session_id);
      return createMessage({
        text: mix.next(people[i]).text,
        conversationId: s.conversation_id,
        customer: s.email ?? s.customer_id,
        replyTo: BENCH_REPLY_TO,
        channel: "http",
        session: {
          session_id: s.session_id,
          customer_id: s.customer_id,
          email: s.email,
          pending_action: pending,
          last_order_id: s.last_order_id,
          last_intent: s.last_intent,
          turn: s.turn,
        },
      });
    },
    async [Symbol.asyncDispose]() {
      await bus[Symbol.asyncDispose]();
      await deps[Symbol.asyncDispose]();
      await store?.close();
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    },
  };
}

async function putSession(deps: MeshDeps, p: Persona): Promise<SessionRecord> {
  const now = Date.now();
  const record: SessionRecord = {
    session_id: crypto.randomUUID(),
    customer_id: p.customerId,
    email: p.email,
    conversation_id: crypto.randomUUID(),
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + 86_400_000).toISOString(),
    last_order_id: null,
    last_intent: null,
    turn: 0,
    last_message_id: null,
    mode: "ai",
    open_handoff: null,
    dialogue: { focus: null, mentioned: [], unanswered: [] },
  };
  await deps.sessions.putSession(record);
  return record;
}
