/**
 * The PostgreSQL history schema as numbered migrations. They run in one transaction under
 * an advisory lock, so gateways and aggregators starting together apply each step once. A
 * migration is never edited once released: add the next one instead.
 */
import type postgres from "postgres";
import { PermanentError } from "../../errors.ts";
import type { Migration } from "../migrations.ts";

/** Every PostgreSQL migration, in order. */
export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "conversations, inbox, messages, turns, actions, handoffs",
    // Times are timestamptz and documents jsonb; ids compare bytewise (COLLATE "C") so that
    // lists come out in the same order as SQLite's, whatever the database's locale.
    sql: `
CREATE TABLE conversations (
  id text COLLATE "C" PRIMARY KEY,
  session_id text COLLATE "C",
  customer text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handoff', 'closed')),
  mode text NOT NULL DEFAULT 'ai' CHECK (mode IN ('ai', 'human')),
  last_seq integer NOT NULL DEFAULT 0
);
CREATE INDEX conversations_session ON conversations (session_id, created_at);
CREATE INDEX conversations_updated ON conversations (updated_at);

-- Written when the gateway accepts a turn, before it enters the mesh.
CREATE TABLE inbox (
  message_id text COLLATE "C" PRIMARY KEY,
  conversation_id text COLLATE "C" NOT NULL,
  session_id text COLLATE "C",
  client_id text COLLATE "C",
  text text NOT NULL,
  received_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'accepted' CHECK (state IN ('accepted', 'answered', 'failed')),
  attempts integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  envelope jsonb NOT NULL
);
CREATE UNIQUE INDEX inbox_client ON inbox (session_id, client_id)
  WHERE session_id IS NOT NULL AND client_id IS NOT NULL;
-- Recovery looks for the few turns still accepted: a partial index stays small.
CREATE INDEX inbox_pending ON inbox (received_at, message_id) WHERE state = 'accepted';
CREATE INDEX inbox_conversation ON inbox (conversation_id);

-- What both sides said, in order; seq drives reconnect with last_seen.
CREATE TABLE messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  role text NOT NULL CHECK (role IN ('customer', 'assistant', 'agent', 'system')),
  text text NOT NULL,
  message_id text COLLATE "C",
  dedupe_key text COLLATE "C" UNIQUE,
  created_at timestamptz NOT NULL,
  meta jsonb NOT NULL DEFAULT '{}',
  UNIQUE (conversation_id, seq)
);

-- The audit trail: one row per finished turn, with the whole envelope for replay and the
-- route's steps as [[actor, outcome, ms, attempt, started], ...].
CREATE TABLE turns (
  message_id text COLLATE "C" PRIMARY KEY,
  conversation_id text COLLATE "C" NOT NULL,
  session_id text COLLATE "C",
  customer text,
  intent text COLLATE "C",
  intent_confidence double precision,
  sentiment text,
  sentiment_score double precision,
  urgency text,
  outcome text COLLATE "C",
  guardrail text,
  handoff boolean NOT NULL DEFAULT false,
  attempt integer NOT NULL DEFAULT 1,
  total_ms double precision,
  reply text,
  created_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  timings jsonb,
  envelope jsonb NOT NULL
);
CREATE INDEX turns_conversation ON turns (conversation_id, created_at);
CREATE INDEX turns_created ON turns (created_at);

CREATE TABLE actions (
  id text COLLATE "C" PRIMARY KEY,
  message_id text COLLATE "C" NOT NULL,
  conversation_id text COLLATE "C" NOT NULL,
  type text NOT NULL,
  order_id text,
  status text NOT NULL,
  idempotency_key text,
  detail text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL
);
CREATE INDEX actions_conversation ON actions (conversation_id);
CREATE INDEX actions_order ON actions (order_id);

CREATE TABLE handoffs (
  id text COLLATE "C" PRIMARY KEY,
  conversation_id text COLLATE "C" NOT NULL,
  message_id text COLLATE "C" NOT NULL UNIQUE,
  session_id text COLLATE "C",
  customer text,
  priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  priority_rank integer NOT NULL,
  reason text NOT NULL,
  summary text NOT NULL,
  sentiment text,
  urgency text,
  intent text,
  draft_reply text,
  status text NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'claimed', 'closed', 'returned')),
  assigned_to text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX handoffs_queue ON handoffs (status, priority_rank, created_at);
CREATE INDEX handoffs_conversation ON handoffs (conversation_id);
`,
  },
  {
    version: 2,
    name: "recovery claims on the inbox",
    // With several gateways on one history, the recovery sweep claims the turns it re-sends
    // for a while, so two gateways never send the same stranded turn at once.
    sql: `
ALTER TABLE inbox ADD COLUMN claimed_by text;
ALTER TABLE inbox ADD COLUMN claimed_until timestamptz;
`,
  },
  {
    version: 3,
    name: "a handoff the customer withdrew",
    // "Never mind, I sorted it" while queued takes the handoff out of the queue as `withdrawn`.
    sql: `
ALTER TABLE handoffs DROP CONSTRAINT IF EXISTS handoffs_status_check;
ALTER TABLE handoffs ADD CONSTRAINT handoffs_status_check
  CHECK (status IN ('queued', 'claimed', 'closed', 'returned', 'withdrawn'));
`,
  },
];

/** The PostgreSQL schema version this build writes. */
export const PG_SCHEMA_VERSION: number = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;

// Two-key advisory lock: this project's history, in the schema the connection uses.
const LOCK_KEY = "support-mesh:history";

/**
 * Brings the schema the connection uses up to `PG_SCHEMA_VERSION` in one transaction, under
 * a transaction-scoped advisory lock (a second process waits, then finds nothing to do).
 * Returns the version now in place.
 */
export async function migratePg(
  sql: postgres.Sql,
  opts: { now?: () => number; migrations?: readonly Migration[] } = {},
): Promise<number> {
  const migrations = opts.migrations ?? PG_MIGRATIONS;
  const latest = migrations[migrations.length - 1].version;
  const now = opts.now ?? Date.now;
  return await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext(${LOCK_KEY}), hashtext(current_schema()))`;
    await tx`CREATE TABLE IF NOT EXISTS schema_version (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`;
    const [{ v }] = await tx<{ v: number }[]>`
      SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_version`;
    if (v > latest) {
      throw new PermanentError(
        `Cannot open the history database: its schema version ${v} is newer than this build's ${latest}`,
      );
    }
    for (const m of migrations) {
      if (m.version <= v) continue;
      try {
        await tx.unsafe(m.sql);
      } catch (err) {
        throw new PermanentError(`Cannot apply migration ${m.version} (${m.name}): ${err}`, {
          cause: err,
        });
      }
      await tx`INSERT INTO schema_version (version, name, applied_at)
        VALUES (${m.version}, ${m.name}, ${new Date(now()).toISOString()})`;
    }
    return Math.max(v, latest);
  });
}
