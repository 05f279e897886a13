/**
 * The history contract suite's rig: the same cases run against SQLite (a file in a
 * temporary folder) and a real PostgreSQL (one server per suite, a fresh database per
 * case), plus the turns the cases write.
 */
import { DatabaseSync } from "node:sqlite";
import postgres from "postgres";
import { createMessage, type Handoff, type Message } from "../../shared/protocol.ts";
import { HistoryDb } from "../../shared/db/history.ts";
import { PgHistory } from "../../shared/db/postgres/history.ts";
import { SCHEMA_VERSION } from "../../shared/db/migrations.ts";
import { PG_SCHEMA_VERSION } from "../../shared/db/postgres/migrations.ts";
import type { History, HistoryKind } from "../../shared/db/types.ts";
import { postgresMissing, type PostgresServer, startPostgres } from "./postgres.ts";

/** One case's database, and ways to open it. */
export interface HistoryHarness extends AsyncDisposable {
  kind: HistoryKind;
  /** The schema version this build writes with this adapter. */
  schemaVersion: number;
  /** Opens the case's history; another call is another connection to the same database. */
  open(opts?: { now?: () => number }): Promise<History>;
  /** The versions recorded in `schema_version`, read behind the adapter's back. */
  recordedVersions(): Promise<number[]>;
  /** Records a schema version from a newer build, as that build would. */
  addFutureVersion(): Promise<void>;
}

/** A contract case: a name, the body, and the adapter it is limited to, if any. */
export interface HistoryCase {
  name: string;
  fn: (h: HistoryHarness) => Promise<void>;
  only?: HistoryKind;
}

interface Backend extends AsyncDisposable {
  harness(): Promise<HistoryHarness>;
}

interface Adapter {
  kind: HistoryKind;
  ignore: boolean;
  start(): Promise<Backend>;
}

const ADAPTERS: Adapter[] = [
  { kind: "sqlite", ignore: false, start: () => Promise.resolve(sqliteBackend()) },
  { kind: "postgres", ignore: postgresMissing(), start: postgresBackend },
];

/**
 * Registers one test per adapter that runs every case as a step, each on a database of its
 * own (PostgreSQL is started once per test, then stopped and removed).
 */
export function historyContract(title: string, cases: HistoryCase[]): void {
  for (const adapter of ADAPTERS) {
    Deno.test({ name: `${title} (${adapter.kind})`, ignore: adapter.ignore }, async (t) => {
      await using backend = await adapter.start();
      for (const c of cases) {
        if (c.only && c.only !== adapter.kind) continue;
        await t.step(c.name, async () => {
          await using h = await backend.harness();
          await c.fn(h);
        });
      }
    });
  }
}

function sqliteBackend(): Backend {
  return {
    async harness() {
      const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
      const path = `${dir}/sub/history.db`;
      const raw = <T>(fn: (db: DatabaseSync) => T): Promise<T> => {
        const db = new DatabaseSync(path);
        try {
          return Promise.resolve(fn(db));
        } finally {
          db.close();
        }
      };
      return {
        kind: "sqlite",
        schemaVersion: SCHEMA_VERSION,
        open: (opts = {}) => HistoryDb.open(path, opts),
        recordedVersions: () =>
          raw((db) =>
            db.prepare("SELECT version FROM schema_version ORDER BY version").all()
              .map((r) => Number(r.version))
          ),
        addFutureVersion: () =>
          raw((db) => {
            db.prepare("INSERT INTO schema_version VALUES (?, 'future', 'x')")
              .run(SCHEMA_VERSION + 1);
          }),
        async [Symbol.asyncDispose]() {
          await Deno.remove(dir, { recursive: true });
        },
      };
    },
    [Symbol.asyncDispose]: () => Promise.resolve(),
  };
}

async function postgresBackend(): Promise<Backend> {
  const server: PostgresServer = await startPostgres();
  return {
    async harness() {
      const db = await server.createDatabase();
      const raw = async <T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> => {
        const sql = postgres(db.url, { max: 1, onnotice: () => {} });
        try {
          return await fn(sql);
        } finally {
          await sql.end();
        }
      };
      return {
        kind: "postgres",
        schemaVersion: PG_SCHEMA_VERSION,
        open: (opts = {}) => PgHistory.connect(db.url, { ...opts, max: 4 }),
        recordedVersions: () =>
          raw(async (sql) =>
            (await sql`SELECT version FROM schema_version ORDER BY version`).map((r) =>
              Number(r.version)
            )
          ),
        addFutureVersion: () =>
          raw(async (sql) => {
            await sql`INSERT INTO schema_version VALUES (${
              PG_SCHEMA_VERSION + 1
            }, 'future', now())`;
          }),
        [Symbol.asyncDispose]: () => db[Symbol.asyncDispose](),
      };
    },
    [Symbol.asyncDispose]: () => server.stop(),
  };
}

/** The tests' epoch. */
export const T0 = Date.parse("2025-03-01T10:00:00.000Z");

/** A clock tests move by hand. */
export function clock(start = T0) {
  let t = start;
  return { now: () => t, set: (ms: number) => (t = ms), advance: (ms: number) => (t += ms) };
}

/** What a fixture turn looks like. */
export interface TurnOpts {
  id: string;
  conv?: string;
  session?: string | null;
  clientId?: string | null;
  at?: number;
  text?: string;
  intent?: "order_status" | "cancel_order" | "complaint" | "small_talk";
  sentiment?: "negative" | "neutral" | "positive";
  outcome?: "answered" | "clarify" | "handoff" | "fallback";
  handoff?: Partial<Handoff> | null;
  timings?: [string, number, ("ok" | "error")?][];
}

/** An accepted turn as the gateway builds it. */
export function inbound(o: TurnOpts): Message {
  return createMessage({
    id: o.id,
    text: o.text ?? "Where is ORD-1001?",
    conversationId: o.conv ?? "conv-1",
    customer: "sarah.chen@example.com",
    session: { session_id: o.session === undefined ? "sess-1" : o.session },
    clientId: o.clientId ?? null,
    now: new Date(o.at ?? T0),
  });
}

/** The same turn as the aggregator finishes it. */
export function finished(o: TurnOpts): Message {
  const m = inbound(o);
  const at = o.at ?? T0;
  const timings = o.timings ?? [["sentiment", 2], ["intent", 5], ["aggregator", 1]];
  const handoff: Handoff | null = o.handoff === null || o.handoff === undefined ? null : {
    id: `h-${o.id}`,
    conversation_id: m.conversation_id,
    message_id: m.id,
    session_id: m.session.session_id,
    customer: m.customer,
    priority: "normal",
    reason: "vip and negative",
    summary: "Lost parcel",
    sentiment: "negative",
    urgency: "high",
    intent: "complaint",
    draft_reply: "We are on it.",
    created_at: new Date(at).toISOString(),
    ...o.handoff,
  };
  const score = { negative: -0.6, neutral: 0, positive: 0.7 }[o.sentiment ?? "neutral"];
  return {
    ...m,
    route: {
      ...m.route,
      history: timings.map(([actor, ms, outcome]) => ({
        actor,
        ms,
        outcome: outcome ?? "ok",
        attempt: 1,
        started: new Date(at).toISOString(),
      })),
    },
    payload: {
      ...m.payload,
      sentiment: {
        label: o.sentiment ?? "neutral",
        score,
        urgency: "low",
        is_complaint: false,
        confidence: 0.9,
        signals: [],
      },
      intent: {
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
        },
        source: "classifier",
      },
      execution: {
        results: [{
          type: "cancel_order",
          order_id: "ORD-1003",
          status: "done",
          detail: "Cancelled",
          idempotency_key: `${o.id}:cancel_order`,
          data: {},
        }],
        pending: null,
        text: null,
      },
      escalation: handoff
        ? { kind: "handoff", reason: "vip", failed_actor: null, attempts: 0, text: "x", handoff }
        : undefined,
      aggregation: {
        reply: `Reply to ${o.id}`,
        outcome: o.outcome ?? (handoff ? "handoff" : "answered"),
        actors: [],
        total_ms: timings.reduce((s, [, ms]) => s + ms, 0),
        stored: true,
      },
    },
  };
}
