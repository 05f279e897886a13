/**
 * The session store: fast, shared, expiring state for the gateway and the actors —
 * sessions, pending confirmations, caches, once-only claims and rate-limit counters.
 * Two adapters implement it with the same contract: Deno KV (`kv.ts`, embedded default)
 * and Redis (`redis.ts`, `REDIS_URL`). Several processes may share one store.
 */
import { z } from "zod";
import { Dialogue, Intent, OpenHandoff, type PendingAction } from "../protocol.ts";

/** Which adapter a store is. */
export type StoreKind = "kv" | "redis";

/** Who answers a session's turns: the AI mesh, or a human agent who took it over. */
export const SessionMode = z.enum(["ai", "human"]);
export type SessionMode = z.infer<typeof SessionMode>;

/** A chat session, kept in the store until `expires_at`. */
export const SessionRecord = z.object({
  session_id: z.string().min(1),
  /** The store's customer id; null for a guest. */
  customer_id: z.string().nullable(),
  email: z.string().nullable(),
  conversation_id: z.string().min(1),
  created_at: z.string().min(1),
  /** ISO time after which the session no longer exists (checked on every read). */
  expires_at: z.string().min(1),
  last_order_id: z.string().nullable().default(null),
  last_intent: Intent.nullable().default(null),
  turn: z.number().int().min(0).default(0),
  /** The message whose turn last moved the session on: a turn delivered again moves it once. */
  last_message_id: z.string().nullable().default(null),
  mode: SessionMode.default("ai"),
  /** The conversation's open handoff (set when a turn hands over, cleared by the agent). */
  open_handoff: OpenHandoff.nullable().default(null),
  /** What the conversation has established (written by the aggregator; empty in old sessions). */
  dialogue: Dialogue.default({ focus: null, mentioned: [], unanswered: [] }),
});
export type SessionRecord = z.infer<typeof SessionRecord>;
/** A session record as written, before defaults are applied. */
export type SessionRecordInput = z.input<typeof SessionRecord>;

/** One write of `Store.write`. */
export type StoreWrite =
  /** Caches a JSON value for `ttlMs`, as `cacheSet`. */
  | { op: "cacheSet"; key: string; value: unknown; ttlMs: number }
  /** Removes one cached value, as `cacheDelete`. */
  | { op: "cacheDelete"; key: string }
  /** Stores the session's pending change, as `putPending`. */
  | { op: "putPending"; sessionId: string; action: PendingAction; ttlMs: number };

/** Options every adapter accepts. */
export interface StoreOptions {
  /** The clock, in epoch ms (tests control time with it). Default `Date.now`. */
  now?: () => number;
}

/**
 * Fast, shared, expiring state. Every read checks expiry itself, so a value is never
 * returned after its time even where the backend expires lazily (Deno KV).
 *
 * Values are JSON. Operations that need the backend may throw `RetryableError` when it
 * cannot be reached (Redis down); they never hang past a short timeout.
 */
export interface Store extends AsyncDisposable {
  /** Which adapter this is. */
  readonly kind: StoreKind;

  /** Stores a session until its `expires_at` (an expired record is not stored). */
  putSession(session: SessionRecordInput): Promise<void>;
  /** The session, or null when absent or expired. */
  getSession(sessionId: string): Promise<SessionRecord | null>;
  /**
   * Changes a session atomically: `change` gets the stored record and returns the new one
   * (or null to leave it); a concurrent write in between makes it run again on the newer
   * record (compare-and-set), so two writers never undo each other. Returns what is stored
   * after, or null when there is no live session.
   */
  updateSession(
    sessionId: string,
    change: (session: SessionRecord) => SessionRecordInput | null,
  ): Promise<SessionRecord | null>;
  /** Removes a session and its pending action. */
  deleteSession(sessionId: string): Promise<void>;

  /** Stores the one change waiting for this session's yes, replacing any earlier one. */
  putPending(sessionId: string, action: PendingAction, ttlMs: number): Promise<void>;
  /** The pending change without removing it, or null. */
  getPending(sessionId: string): Promise<PendingAction | null>;
  /**
   * Reads and removes the pending change atomically: of several concurrent callers
   * exactly one receives it, so a confirmation runs once even when two turns race.
   */
  takePending(sessionId: string): Promise<PendingAction | null>;

  /** A cached JSON value, or null when absent or expired. */
  cacheGet<T = unknown>(key: string): Promise<T | null>;
  /** Caches a JSON value for `ttlMs`. */
  cacheSet(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Removes one cached value. */
  cacheDelete(key: string): Promise<void>;
  /** Removes every cached value whose key starts with `prefix`; returns how many. */
  cacheDeletePrefix(prefix: string): Promise<number>;

  /**
   * Makes several writes at once: all of them or none, and no reader sees some without
   * the others (one atomic commit in KV, one MULTI in Redis). One commit costs about what
   * one write costs, and KV commits are what a busy store runs out of first.
   */
  write(writes: readonly StoreWrite[]): Promise<void>;

  /**
   * Claims `key` once (set-if-absent) for `ttlMs`: true for exactly one of any number of
   * concurrent callers, false for the others until the claim expires or is released.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Gives a claim back (the claimed work failed and may be tried again). */
  release(key: string): Promise<void>;

  /**
   * Counts one hit of `key` in the current fixed window of `windowMs` (windows start at
   * multiples of `windowMs` since the epoch) and returns the count in that window,
   * this hit included. `windowResetMs` says when the window ends.
   */
  hit(key: string, windowMs: number): Promise<number>;

  /** True when the backend answers; never throws. */
  ping(): Promise<boolean>;
}

/** Milliseconds until the fixed window of `windowMs` that holds `now` ends. */
export function windowResetMs(windowMs: number, now: number = Date.now()): number {
  return windowMs - (now % windowMs);
}
