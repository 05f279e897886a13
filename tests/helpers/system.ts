/**
 * The whole system for integration and scenario tests: started on the in-process bus or
 * on a real nats-server (with Workers), with a temporary data folder, and a small client
 * that speaks the gateway's API like the chat page does.
 */
import { loadConfig } from "../../shared/config.ts";
import { type Logger, silentLogger } from "../../shared/log.ts";
import { startSystem } from "../../system/start.ts";
import type { System } from "../../system/types.ts";
import { startNats } from "./nats.ts";
import { findBinary, freePort } from "./binaries.ts";
import type { ChatReply } from "../../gateway/replies.ts";

/** Which bus a test system runs on. */
export type SystemBus = "in_process" | "jetstream";

/** A running test system. */
export interface TestSystem extends AsyncDisposable {
  system: System;
  url: string;
  storeUrl: string;
  agentToken: string;
  /** Starts a shopper session. */
  session(email: string): Promise<Shopper>;
  /** Store admin calls (faults, reset, ledger). */
  admin(path: string, body?: unknown): Promise<unknown>;
  /** The store's action ledger. */
  ledger(): Promise<LedgerEntry[]>;
}

/** One entry of the store's ledger. */
export interface LedgerEntry {
  action: string;
  target: string;
  idempotency_key: string | null;
  customer_id: string | null;
  [k: string]: unknown;
}

/** A signed-in shopper. */
export interface Shopper {
  sessionId: string;
  token: string;
  conversationId: string;
  customer: { id: string; name: string; tier: string } | null;
  /** Sends a turn over HTTP and returns the reply (fails on anything but 200). */
  say(text: string, clientId?: string): Promise<ChatReply>;
  /** Sends a turn and returns the raw response. */
  post(body: unknown): Promise<Response>;
}

/** Options of `startTestSystem`. */
export interface TestSystemOptions {
  bus?: SystemBus;
  env?: Record<string, string>;
  /**
   * A nats-server the caller started (and stops): the system runs on JetStream there
   * instead of on a server of its own. Implies `bus: "jetstream"`.
   */
  natsUrl?: string;
  /**
   * Let the system launch its own nats-server, as `deno task start` does with none given
   * (in `<data>/nats`, on a free port). Implies `bus: "jetstream"`.
   */
  launchNats?: boolean;
  /** A data folder the caller owns (kept on dispose), e.g. to start again on it. */
  dataDir?: string;
  /** Where the system logs; default nowhere. */
  log?: Logger;
}

/** Starts a whole system for a test. */
export async function startTestSystem(opts: TestSystemOptions = {}): Promise<TestSystem> {
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? await Deno.makeTempDir({ prefix: "mesh_sys_" });
  const launch = opts.launchNats === true;
  const nats = opts.bus === "jetstream" && !opts.natsUrl && !launch ? await startNats() : null;
  const natsUrl = opts.natsUrl ?? nats?.url;
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    BUS: natsUrl || launch ? "nats" : "in_process",
    NATS_URL: natsUrl,
    DATA_DIR: dataDir,
    MOCKS_PORT: "0",
    AGENT_TOKEN: "test-agent-token",
    LOG_LEVEL: "error",
    RATE_LIMIT_SESSION: "1000",
    RATE_LIMIT_IP: "100000",
    // Suites start many sessions from one address and for one email.
    RATE_LIMIT_NEW_SESSIONS_IP: "100000",
    RATE_LIMIT_NEW_SESSIONS_EMAIL: "100000",
    ACK_WAIT_MS: "6000",
    ACTOR_DEADLINE_MS: "5000",
    RETRY_BASE_MS: "50",
    TURN_TIMEOUT_MS: "15000",
    BREAKER_COOLDOWN_MS: "300",
    ...opts.env,
  });
  let system: System;
  try {
    system = await startSystem({
      config,
      log: opts.log ?? silentLogger,
      launch: launch ? { binary: findBinary("nats-server") ?? undefined, port: freePort() } : {},
    });
  } catch (err) {
    await nats?.[Symbol.asyncDispose]();
    if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    throw err;
  }
  const url = system.url!;
  const storeUrl = system.storeUrl;
  const json = async (res: Response) => {
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return {
    system,
    url,
    storeUrl,
    agentToken: "test-agent-token",
    async session(email) {
      const res = await fetch(`${url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email }),
      });
      const s = await json(res);
      const post = (body: unknown) =>
        fetch(`${url}/api/chat`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
          body: JSON.stringify(body),
        });
      return {
        sessionId: s.session_id,
        token: s.token,
        conversationId: s.conversation_id,
        customer: s.customer,
        post,
        async say(text, clientId) {
          const res = await post({ message: text, ...(clientId ? { client_id: clientId } : {}) });
          if (res.status !== 200) {
            throw new Error(`chat answered ${res.status}: ${await res.text()}`);
          }
          return await res.json();
        },
      };
    },
    admin(path, body) {
      return fetch(`${storeUrl}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(json);
    },
    async ledger() {
      const body = await json(await fetch(`${storeUrl}/admin/ledger`));
      return Array.isArray(body) ? body : body.entries ?? body.ledger ?? [];
    },
    async [Symbol.asyncDispose]() {
      await system.stop();
      await nats?.[Symbol.asyncDispose]();
      if (ownDir) await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    },
  };
}
