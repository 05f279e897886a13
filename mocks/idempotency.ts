/**
 * Idempotency of the store's changes: every POST outside `/admin` needs an
 * `Idempotency-Key`; a repeat with the same key gets the first answer (same status and
 * body) and changes nothing again, also while the first is still running.
 */
import type { MiddlewareHandler } from "hono";
import { problemResponse } from "./problem.ts";

/** A stored answer. */
export interface Stored {
  status: number;
  body: string;
  contentType: string;
}

interface Entry {
  fingerprint: string;
  result: Promise<Stored>;
}

/** A key with its settled answer, as saved and restored. */
export interface SettledKey {
  key: string;
  fingerprint: string;
  stored: Stored;
}

/** Keys seen since the last reset; the oldest are forgotten past `max`. */
export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();
  readonly #max: number;
  #onSettled: ((k: SettledKey) => void) | null = null;
  constructor(max = 100_000) {
    this.#max = max;
  }
  /** Most keys remembered. */
  get max(): number {
    return this.#max;
  }
  /** Number of keys remembered. */
  get size(): number {
    return this.#entries.size;
  }
  /** Forgets every key. */
  clear(): void {
    this.#entries.clear();
  }
  /** Calls `fn` with every answer that sticks (persistence). */
  onSettled(fn: (k: SettledKey) => void): void {
    this.#onSettled = fn;
  }
  /** Remembers answers given before a restart. */
  restore(keys: readonly SettledKey[]): void {
    for (const k of keys) {
      this.set(k.key, { fingerprint: k.fingerprint, result: Promise.resolve(k.stored) });
    }
  }
  /** An answer that sticks: repeats of its key get it from now on. */
  settled(k: SettledKey): void {
    this.#onSettled?.(k);
  }
  /** The entry of a key, if any. */
  get(key: string): Entry | undefined {
    return this.#entries.get(key);
  }
  /** Remembers a key's (pending) answer. */
  set(key: string, entry: Entry): void {
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
  /** Forgets one key (an answer that should not stick, such as a 5xx). */
  delete(key: string): void {
    this.#entries.delete(key);
  }
}

/** The header that makes a change safe to repeat. */
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

function canonical(text: string): string {
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

function replay(s: Stored): Response {
  return new Response(s.body, {
    status: s.status,
    headers: { "content-type": s.contentType, "idempotent-replayed": "true" },
  });
}

/** Middleware enforcing and applying idempotency keys on changes (POST outside /admin). */
export function idempotency(store: IdempotencyStore): MiddlewareHandler {
  return async function idempotent(c, next) {
    if (c.req.method !== "POST" || c.req.path.startsWith("/admin/")) return await next();
    const instance = c.req.path;
    const key = c.req.header(IDEMPOTENCY_HEADER)?.trim();
    if (!key || key.length > 255) {
      return problemResponse({
        status: 400,
        code: "idempotency_key_required",
        detail: `Cannot accept POST ${instance}: a change needs an ${IDEMPOTENCY_HEADER} header ` +
          "of 1 to 255 characters",
        instance,
      });
    }
    const fingerprint = [
      instance,
      c.req.header("x-customer-id") ?? "",
      canonical(await c.req.text()),
    ].join("\n");
    const seen = store.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint) {
        return problemResponse({
          status: 422,
          code: "idempotency_key_reused",
          detail: `Cannot accept POST ${instance}: ${IDEMPOTENCY_HEADER} ${key} was first used ` +
            "for a different request",
          instance,
        });
      }
      return replay(await seen.result);
    }
    let settle!: (s: Stored) => void;
    const result = new Promise<Stored>((resolve) => (settle = resolve));
    store.set(key, { fingerprint, result });
    try {
      await next();
    } finally {
      const res = c.res;
      const stored: Stored = {
        status: res.status,
        body: await res.clone().text(),
        contentType: res.headers.get("content-type") ?? "application/json",
      };
      // A failure of the store itself must not stick: the same key may be tried again.
      if (stored.status >= 500) store.delete(key);
      else store.settled({ key, fingerprint, stored });
      settle(stored);
    }
  };
}
