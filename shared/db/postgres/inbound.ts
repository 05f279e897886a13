/**
 * Accepted customer turns into PostgreSQL, a batch at a time in one transaction: one
 * lookup of turns already accepted (same message id, or same session and client id) and
 * of stored customer messages, one multi-row insert into the inbox (a concurrent gateway
 * that wins a race makes it skip the row), one upsert that takes the seqs, one insert of
 * the customer's messages.
 */
import type { Message } from "../../protocol.ts";
import { isoTime } from "../messages.ts";
import type { AcceptResult, InboxState } from "../types.ts";
import { type Db, jsonb } from "./client.ts";
import { claimSeqs, insertMessages, messagesByKey } from "./conversations.ts";

interface Existing {
  message_id: string;
  state: InboxState;
  session_id: string | null;
  client_id: string | null;
  seq: number | null;
}

/** Accepts `messages` in the open transaction; one result per message. */
export async function acceptTurns(
  db: Db,
  messages: Message[],
  now: string,
): Promise<AcceptResult[]> {
  // Within the batch, a later copy (same id, or same session and client) is a retry.
  const firstOf: number[] = [];
  const seen = new Map<string, number>();
  messages.forEach((m, i) => {
    const keys = identities(m);
    const j = keys.map((k) => seen.get(k)).find((x) => x !== undefined);
    firstOf.push(j ?? i);
    if (j === undefined) { for (const k of keys) seen.set(k, i); }
  });
  const unique = messages.filter((_, i) => firstOf[i] === i);

  const results = new Map<number, AcceptResult>();
  const [existing, stored] = await Promise.all([
    findAccepted(db, unique),
    messagesByKey(db, unique.map((m) => `${m.id}:customer`)),
  ]);
  let fresh = unique.filter((m) => !matchIn(existing, m));
  if (fresh.length > 0) {
    const inserted = await db<{ message_id: string }[]>`
      INSERT INTO inbox (message_id, conversation_id, session_id, client_id, text,
        received_at, state, attempts, updated_at, envelope)
      SELECT id, conv, session, client, text, received, 'accepted', 1, ${now}::timestamptz, env
      FROM jsonb_to_recordset(${jsonb(db, fresh.map(inboxRow))}) AS x(id text,
        conv text, session text, client text, text text, received timestamptz, env jsonb)
      ON CONFLICT DO NOTHING
      RETURNING message_id`;
    const won = new Set(inserted.map((r) => r.message_id));
    const lost = fresh.filter((m) => !won.has(m.id));
    // Another gateway accepted the same turn meanwhile: report what it stored.
    if (lost.length > 0) existing.push(...await findAccepted(db, lost));
    fresh = fresh.filter((m) => won.has(m.id));
  }

  const claims = fresh.map((m) => {
    const received = isoTime(m.payload.customer_message.received_at);
    const added = stored.has(`${m.id}:customer`) ? 0 : 1;
    // Touched now, and no earlier than the message it adds.
    return { message: m, added, updated: added && received > now ? received : now };
  });
  const firstSeqs = await claimSeqs(db, claims);
  await insertMessages(
    db,
    claims.filter((c) => c.added > 0).map((c) => {
      const m = c.message;
      const cm = m.payload.customer_message;
      return {
        conversation_id: m.conversation_id,
        seq: firstSeqs[claims.indexOf(c)],
        role: "customer",
        text: cm.text,
        message_id: m.id,
        dedupe_key: `${m.id}:customer`,
        created_at: isoTime(cm.received_at),
        meta: { channel: cm.channel, client_id: cm.client_id },
      };
    }),
  );
  const freshIds = new Set(fresh.map((m) => m.id));
  claims.forEach((c, i) => {
    const seq = c.added > 0 ? firstSeqs[i] : stored.get(`${c.message.id}:customer`)!.seq;
    results.set(messages.indexOf(c.message), {
      created: true,
      message_id: c.message.id,
      state: "accepted",
      seq,
    });
  });
  return messages.map((m, i) => {
    const first = messages[firstOf[i]];
    if (firstOf[i] === i && freshIds.has(m.id)) return results.get(i)!;
    if (firstOf[i] !== i && freshIds.has(first.id)) {
      const r = results.get(firstOf[i])!;
      return { created: false, message_id: r.message_id, state: r.state, seq: r.seq };
    }
    const e = matchIn(existing, first)!;
    return { created: false, message_id: e.message_id, state: e.state, seq: e.seq };
  });
}

/** The keys that make two accepted turns the same. */
function identities(m: Message): string[] {
  const session = m.session.session_id;
  const client = m.payload.customer_message.client_id;
  return session !== null && client !== null
    ? [`id:${m.id}`, `client:${session}\u0000${client}`]
    : [`id:${m.id}`];
}

function matchIn(existing: Existing[], m: Message): Existing | undefined {
  const session = m.session.session_id;
  const client = m.payload.customer_message.client_id;
  return existing.find((e) =>
    e.message_id === m.id ||
    (session !== null && client !== null && e.session_id === session && e.client_id === client)
  );
}

/** Turns already accepted with the id, or the session and client id, of one of `messages`. */
async function findAccepted(db: Db, messages: Message[]): Promise<Existing[]> {
  if (messages.length === 0) return [];
  const pairs = messages.filter((m) =>
    m.session.session_id !== null && m.payload.customer_message.client_id !== null
  );
  const rows = await db<Existing[]>`
    SELECT i.message_id, i.state, i.session_id, i.client_id, m.seq
    FROM inbox i LEFT JOIN messages m ON m.dedupe_key = i.message_id || ':customer'
    WHERE i.message_id = ANY(${messages.map((m) => m.id)}::text[])
      OR (i.session_id, i.client_id) IN (
        SELECT * FROM unnest(${pairs.map((m) => m.session.session_id!)}::text[],
          ${pairs.map((m) => m.payload.customer_message.client_id!)}::text[]))`;
  return rows.map((r) => ({ ...r, seq: r.seq ?? null }));
}

function inboxRow(m: Message): Record<string, unknown> {
  const cm = m.payload.customer_message;
  return {
    id: m.id,
    conv: m.conversation_id,
    session: m.session.session_id,
    client: cm.client_id,
    text: cm.text,
    received: isoTime(cm.received_at),
    env: m,
  };
}
