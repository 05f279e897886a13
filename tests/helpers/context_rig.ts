/**
 * Test rig of the context and execution actors: the real demo store on a free port with
 * a clock tests can move, its client, an in-memory session store and fresh breakers.
 */
import { startStore } from "../../mocks/server.ts";
import type { RunningStore } from "../../mocks/server.ts";
import { type BreakerOptions, BreakerRegistry } from "../../shared/circuit_breaker.ts";
import { silentLogger } from "../../shared/log.ts";
import {
  createMessage,
  type Entities,
  type Intent,
  type Message,
  type Payload,
  type PendingAction,
} from "../../shared/protocol.ts";
import { KvStore } from "../../shared/store/kv.ts";
import { StoreClient } from "../../shared/store_client.ts";
import type { ActorContext } from "../../shared/actor.ts";

/** Everything a test of these actors needs; disposing stops the store and closes KV. */
export interface Rig extends AsyncDisposable {
  running: RunningStore;
  client: StoreClient;
  kv: KvStore;
  breakers: BreakerRegistry;
  /** The store's and the actors' clock. */
  now(): Date;
  /** Moves the clock forward. */
  advanceDays(days: number): void;
  /** Sets faults on the store through its admin API. */
  faults(body: Record<string, unknown>): Promise<void>;
  /** The store's ledger (every change made). */
  ledger(): Promise<{ action: string; target: string; idempotency_key: string }[]>;
  /** A step context on the rig's clock. */
  ctx(signal?: AbortSignal): ActorContext;
}

/** Starts the rig. */
export async function startRig(o: { breakers?: BreakerOptions } = {}): Promise<Rig> {
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const running = await startStore({ port: 0, clock: now });
  const kv = await KvStore.open(":memory:", { now: () => now().getTime() });
  const client = new StoreClient({ baseUrl: running.url, timeoutMs: 2000 });
  const breakers = new BreakerRegistry({ now: () => now().getTime(), ...o.breakers });
  return {
    running,
    client,
    kv,
    breakers,
    now,
    advanceDays: (d) => (offset += d * 86_400_000),
    async faults(body) {
      const res = await fetch(`${running.url}/admin/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      await res.body?.cancel();
      if (!res.ok) throw new Error(`Cannot set faults: ${res.status}`);
    },
    async ledger() {
      const res = await fetch(`${running.url}/admin/ledger`);
      return await res.json();
    },
    ctx: (signal) => ({
      signal: signal ?? new AbortController().signal,
      log: silentLogger,
      now,
      deliveryCount: 1,
    }),
    async [Symbol.asyncDispose]() {
      await kv[Symbol.asyncDispose]();
      await running.close();
    },
  };
}

/** Options of `turn`: who asks what, and what earlier actors added. */
export interface TurnOptions {
  text?: string;
  customerId?: string | null;
  sessionId?: string | null;
  intent?: Intent;
  entities?: Partial<Entities>;
  lastOrderId?: string | null;
  pending?: PendingAction | null;
  payload?: Partial<Omit<Payload, "customer_message" | "intent">>;
  id?: string;
}

/** A message as it reaches context or execution in a test. */
export function turn(o: TurnOptions = {}): Message {
  const customerId = o.customerId === undefined ? "CUST-0001" : o.customerId;
  const msg = createMessage({
    id: o.id,
    text: o.text ?? "Hello",
    conversationId: "conv-test",
    customer: customerId,
    session: {
      session_id: o.sessionId === undefined ? "sess-test" : o.sessionId,
      customer_id: customerId,
      email: null,
      pending_action: o.pending ?? null,
      last_order_id: o.lastOrderId ?? null,
    },
    channel: "test",
  });
  msg.payload.intent = {
    intent: o.intent ?? "order_status",
    confidence: 0.9,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
      ...o.entities,
    },
    source: "rules",
  };
  Object.assign(msg.payload, o.payload ?? {});
  return msg;
}
