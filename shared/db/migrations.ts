/**
 * The history database's schema as numbered migrations, applied in order when the
 * database opens. A migration is never edited once released: add the next one instead.
 */
import type { DatabaseSync } from "node:sqlite";
import { PermanentError } from "../errors.ts";

/** One step of the schema. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "conversations, inbox, messages, turns, timings, actions, handoffs",
    sql: `
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  session_id TEXT,
  customer TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handoff', 'closed')),
  mode TEXT NOT NULL DEFAULT 'ai' CHECK (mode IN ('ai', 'human')),
  last_seq INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX conversations_session ON conversations (session_id, created_at);
CREATE INDEX conversations_updated ON conversations (updated_at);

-- Written when the gateway accepts a turn, before it enters the mesh.
CREATE TABLE inbox (
  message_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  session_id TEXT,
  client_id TEXT,
  text TEXT NOT NULL,
  received_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('accepted', 'answered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  envelope TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX inbox_client ON inbox (session_id, client_id)
  WHERE session_id IS NOT NULL AND client_id IS NOT NULL;
CREATE INDEX inbox_state ON inbox (state, received_at);
CREATE INDEX inbox_conversation ON inbox (conversation_id);

-- What both sides said, in order; seq drives reconnect with last_seen.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('customer', 'assistant', 'agent', 'system')),
  text TEXT NOT NULL,
  message_id TEXT,
  dedupe_key TEXT UNIQUE,
  created_at TEXT NOT NULL,
  meta TEXT NOT NULL DEFAULT '{}',
  UNIQUE (conversation_id, seq)
) STRICT;
CREATE INDEX messages_turn ON messages (message_id);

-- The audit trail: one row per finished turn, with the whole envelope for replay.
CREATE TABLE turns (
  message_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  session_id TEXT,
  customer TEXT,
  intent TEXT,
  intent_confidence REAL,
  sentiment TEXT,
  sentiment_score REAL,
  urgency TEXT,
  outcome TEXT,
  guardrail TEXT,
  handoff INTEGER NOT NULL DEFAULT 0,
  attempt INTEGER NOT NULL DEFAULT 1,
  total_ms REAL,
  reply TEXT,
  created_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  envelope TEXT NOT NULL
) STRICT;
CREATE INDEX turns_conversation ON turns (conversation_id, created_at);
CREATE INDEX turns_created ON turns (created_at);

CREATE TABLE actor_timings (
  message_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  actor TEXT NOT NULL,
  outcome TEXT NOT NULL,
  ms REAL NOT NULL,
  attempt INTEGER NOT NULL,
  started TEXT NOT NULL,
  PRIMARY KEY (message_id, idx)
) STRICT;
CREATE INDEX actor_timings_started ON actor_timings (started, actor);

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  message_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  type TEXT NOT NULL,
  order_id TEXT,
  status TEXT NOT NULL,
  idempotency_key TEXT,
  detail TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX actions_conversation ON actions (conversation_id);
CREATE INDEX actions_order ON actions (order_id);

CREATE TABLE handoffs (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL UNIQUE,
  session_id TEXT,
  customer TEXT,
  priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  priority_rank INTEGER NOT NULL,
  reason TEXT NOT NULL,
  summary TEXT NOT NULL,
  sentiment TEXT,
  urgency TEXT,
  intent TEXT,
  draft_reply TEXT,
  status TEXT NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'claimed', 'closed', 'returned')),
  assigned_to TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX handoffs_queue ON handoffs (status, priority_rank, created_at);
CREATE INDEX handoffs_conversation ON handoffs (conversation_id);
`,
  },
  {
    version: 2,
    name: "actor timings in the turn row; no unused messages index",
    // A turn wrote one actor_timings row per step (with two indexes, one of them at a
    // random place): most of its cost. The steps now go in one JSON column of the turn,
    // `[[actor, outcome, ms, attempt, started], ...]`; existing rows are carried over.
    sql: `
ALTER TABLE turns ADD COLUMN timings TEXT;
UPDATE turns SET timings = (
  SELECT json_group_array(json_array(a.actor, a.outcome, a.ms, a.attempt, a.started)
    ORDER BY a.idx)
  FROM actor_timings a WHERE a.message_id = turns.message_id)
WHERE EXISTS (SELECT 1 FROM actor_timings a WHERE a.message_id = turns.message_id);
DROP TABLE actor_timings;
DROP INDEX messages_turn;
`,
  },
  {
    version: 3,
    name: "recovery claims on the inbox",
    // The same claim as on PostgreSQL: the sweep takes a turn for a while before re-sending it.
    sql: `
ALTER TABLE inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE inbox ADD COLUMN claimed_until TEXT;
`,
  },
  {
    version: 4,
    name: "a handoff the customer withdrew",
    // "Never mind, I sorted it" while queued takes the handoff out of the queue as
    // `withdrawn`. SQLite cannot change a CHECK in place: the table is copied.
    sql: `
CREATE TABLE handoffs_v4 (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  message_id TEXT NOT NULL UNIQUE,
  session_id TEXT,
  customer TEXT,
  priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  priority_rank INTEGER NOT NULL,
  reason TEXT NOT NULL,
  summary TEXT NOT NULL,
  sentiment TEXT,
  urgency TEXT,
  intent TEXT,
  draft_reply TEXT,
  status TEXT NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'claimed', 'closed', 'returned', 'withdrawn')),
  assigned_to TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO handoffs_v4 SELECT id, conversation_id, message_id, session_id, customer, priority,
  priority_rank, reason, summary, sentiment, urgency, intent, draft_reply, status, assigned_to,
  created_at, updated_at FROM handoffs;
DROP TABLE handoffs;
ALTER TABLE handoffs_v4 RENAME TO handoffs;
CREATE INDEX handoffs_queue ON handoffs (status, priority_rank, created_at);
CREATE INDEX handoffs_conversation ON handoffs (conversation_id);
`,
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * Brings the database up to `SCHEMA_VERSION`, one migration per transaction (so several
 * processes opening it at once apply each step once). Returns the version now in place.
 */
export function migrate(db: DatabaseSync, now: () => number = Date.now): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const current = db.prepare("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version");
  const first = Number(current.get()?.v ?? 0);
  if (first > SCHEMA_VERSION) {
    throw new PermanentError(
      `Cannot open the history database: its schema version ${first} is newer than this build's ${SCHEMA_VERSION}`,
    );
  }
  for (const m of MIGRATIONS) {
    db.exec("BEGIN IMMEDIATE");
    try {
      if (Number(current.get()?.v ?? 0) < m.version) {
        db.exec(m.sql);
        db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")
          .run(m.version, m.name, new Date(now()).toISOString());
      }
      db.exec("COMMIT");
    } catch (err) {
      db.exec("ROLLBACK");
      throw new PermanentError(`Cannot apply migration ${m.version} (${m.name}): ${err}`, {
        cause: err,
      });
    }
  }
  return Number(current.get()?.v ?? 0);
}
