/**
 * The chat transcript as the page keeps it: entries merged from optimistic sends, HTTP
 * answers, socket events and replayed history, de-duplicated by seq, client id and
 * (role, message id). Pure functions, so the merge rules are easy to test.
 */
import type {
  ActionInfo,
  ChatReply,
  HandoffInfo,
  PendingConfirmation,
  Role,
  StoredMessage,
} from "../shared/api_types.ts";

/** One line of the conversation on the page. */
export interface Entry {
  /** Stable render key. */
  key: string;
  seq: number | null;
  role: Role;
  text: string;
  message_id: string | null;
  client_id: string | null;
  created_at: string;
  /** Customer messages: whether the server has them yet. */
  status?: "sending" | "sent" | "failed";
  agent?: string | null;
  actions?: ActionInfo[];
  pending_confirmation?: PendingConfirmation | null;
  handoff?: HandoffInfo | null;
}

let counter = 0;

function newKey(): string {
  counter += 1;
  return `e${counter}`;
}

function findMatch(list: readonly Entry[], e: Omit<Entry, "key">): number {
  if (e.seq !== null) {
    const i = list.findIndex((x) => x.seq === e.seq);
    if (i >= 0) return i;
  }
  if (e.client_id) {
    const i = list.findIndex((x) => x.client_id === e.client_id);
    if (i >= 0) return i;
  }
  if (e.message_id) {
    const i = list.findIndex((x) => x.role === e.role && x.message_id === e.message_id);
    if (i >= 0) return i;
  }
  if (e.role === "customer" && e.seq !== null) {
    // A message sent just before a socket dropped may never have been acknowledged: it
    // comes back in the replay without our client id, so match it by its text.
    const i = list.findIndex((x) =>
      x.role === "customer" && x.seq === null && x.message_id === null && x.text === e.text
    );
    if (i >= 0) return i;
  }
  return -1;
}

function insertAt(list: readonly Entry[], e: Entry): Entry[] {
  const out = list.slice();
  if (e.seq === null) {
    out.push(e);
    return out;
  }
  const after = out.findIndex((x) => x.seq !== null && x.seq > e.seq!);
  if (after < 0) out.push(e);
  else out.splice(after, 0, e);
  return out;
}

/** Adds an entry, or updates the one it duplicates (keeping its key and known fields). */
export function mergeEntry(list: readonly Entry[], incoming: Omit<Entry, "key">): Entry[] {
  const i = findMatch(list, incoming);
  if (i < 0) return insertAt(list, { ...incoming, key: newKey() });
  const old = list[i];
  const merged: Entry = {
    ...old,
    ...Object.fromEntries(
      Object.entries(incoming).filter(([, v]) => v !== undefined && v !== null),
    ),
    key: old.key,
    seq: incoming.seq ?? old.seq,
    message_id: incoming.message_id ?? old.message_id,
    client_id: incoming.client_id ?? old.client_id,
  } as Entry;
  // A seq learned late may move the entry to its place in the order.
  if (old.seq === null && merged.seq !== null) {
    return insertAt(list.filter((_, j) => j !== i), merged);
  }
  const out = list.slice();
  out[i] = merged;
  return out;
}

/** Merges many entries in order. */
export function mergeAll(list: readonly Entry[], incoming: Omit<Entry, "key">[]): Entry[] {
  return incoming.reduce<Entry[]>((acc, e) => mergeEntry(acc, e), list.slice());
}

function metaValue<T>(
  meta: Record<string, unknown> | null | undefined,
  key: string,
): T | undefined {
  const v = meta?.[key];
  return v === undefined || v === null ? undefined : v as T;
}

/** A stored message (history, replay) as an entry. */
export function fromStored(
  m: Omit<StoredMessage, "conversation_id" | "meta"> & { meta?: StoredMessage["meta"] | null },
): Omit<Entry, "key"> {
  const meta = m.meta ?? {};
  return {
    seq: m.seq,
    role: m.role,
    text: m.text,
    message_id: m.message_id ?? null,
    client_id: metaValue<string>(meta, "client_id") ?? null,
    created_at: m.created_at,
    status: m.role === "customer" ? "sent" : undefined,
    agent: metaValue<string>(meta, "agent"),
    actions: metaValue<ActionInfo[]>(meta, "actions"),
    pending_confirmation: metaValue<PendingConfirmation>(meta, "pending_confirmation"),
    handoff: metaValue<HandoffInfo>(meta, "handoff"),
  };
}

/** A chat reply (HTTP or socket) as the assistant's entry. */
export function fromReply(
  reply: ChatReply,
  seq: number | null,
  createdAt: string,
): Omit<Entry, "key"> {
  return {
    seq,
    role: "assistant",
    text: reply.reply,
    message_id: reply.message_id,
    client_id: null,
    created_at: createdAt,
    actions: reply.actions ?? [],
    pending_confirmation: reply.pending_confirmation,
    handoff: reply.handoff,
  };
}

/** The highest seq in the transcript (what `last_seen` reports), 0 when none. */
export function lastSeq(list: readonly Entry[]): number {
  return list.reduce((max, e) => (e.seq !== null && e.seq > max ? e.seq : max), 0);
}

/** The confirmation the customer can answer now: on the last entry, not yet expired. */
export function openConfirmation(
  list: readonly Entry[],
  now = Date.now(),
): PendingConfirmation | null {
  const last = list[list.length - 1];
  if (!last || last.role !== "assistant" || !last.pending_confirmation) return null;
  const exp = new Date(last.pending_confirmation.expires_at).getTime();
  return Number.isFinite(exp) && exp < now ? null : last.pending_confirmation;
}
