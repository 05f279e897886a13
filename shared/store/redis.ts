/**
 * The Redis adapter of the session store (node-redis), for several gateways and actor
 * replicas sharing one state. Commands fail fast with `RetryableError` while Redis is
 * unreachable (no offline queue, a per-command timeout) and the connection is restored in
 * the background with capped exponential backoff.
 */
import { createClient, ErrorReply, type RedisClientType } from "redis";
import { describeError, PermanentError, RetryableError } from "../errors.ts";
import { type Logger, silentLogger } from "../log.ts";
import { PendingAction } from "../protocol.ts";
import {
  SessionRecord,
  type SessionRecordInput,
  type Store,
  type StoreKind,
  type StoreOptions,
  type StoreWrite,
} from "./types.ts";

/** Options of `RedisStore.connect`. */
export interface RedisStoreOptions extends StoreOptions {
  /** Prepended to every key, so deployments can share one Redis. Default `sm:`. */
  keyPrefix?: string;
  /** Longest wait for one command before it fails as retryable. Default 1000 ms. */
  commandTimeoutMs?: number;
  /** Longest wait for a TCP connection. Default 2000 ms. */
  connectTimeoutMs?: number;
  /** First reconnect delay; doubles per failed try up to `reconnectMaxMs`. Default 100. */
  reconnectMinMs?: number;
  /** Longest delay between reconnect tries. Default 5000 ms. */
  reconnectMaxMs?: number;
  /** Wait for the first connection (default). False starts degraded and keeps trying. */
  waitForConnection?: boolean;
  log?: Logger;
}

interface Entry {
  v: unknown;
  exp: number;
}

/** Redis errors that go away by themselves (loading, failover, script busy, memory). */
/** Compare-and-set: replaces (or, given "", deletes) KEYS[1] only if it still holds ARGV[1]. */
const CAS_SCRIPT = `
if redis.call("GET", KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == "" then redis.call("DEL", KEYS[1]) else
  redis.call("SET", KEYS[1], ARGV[2], "PX", tonumber(ARGV[3])) end
return 1`;
/** Compare-and-set rounds lost to concurrent writers before giving up. */
const CAS_TRIES = 200;
const TRANSIENT_REPLY = /^(LOADING|BUSY|TRYAGAIN|MASTERDOWN|READONLY|OOM|CLUSTERDOWN)/;

/** The session store on Redis. */
export class RedisStore implements Store {
  /** Which adapter this is. */
  readonly kind: StoreKind = "redis";
  #client: RedisClientType;
  #prefix: string;
  #now: () => number;
  #log: Logger;
  #timeoutMs: number;
  #minDelay: number;
  #maxDelay: number;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connecting: Promise<void> | null = null;
  #wasUp = false;
  #closed = false;

  private constructor(url: string, opts: RedisStoreOptions) {
    this.#prefix = opts.keyPrefix ?? "sm:";
    this.#now = opts.now ?? Date.now;
    this.#log = (opts.log ?? silentLogger).child({ component: "store", store: "redis" });
    this.#timeoutMs = opts.commandTimeoutMs ?? 1000;
    this.#minDelay = opts.reconnectMinMs ?? 100;
    this.#maxDelay = opts.reconnectMaxMs ?? 5000;
    this.#client = createClient({
      url,
      // Fail at once while disconnected instead of queueing until Redis returns.
      disableOfflineQueue: true,
      // Reconnection is ours (#schedule): cancellable timers, one log line per outage.
      socket: { connectTimeout: opts.connectTimeoutMs ?? 2000, reconnectStrategy: false },
    }) as unknown as RedisClientType;
    this.#client.on("error", (err: unknown) => this.#onError(err));
  }

  /**
   * Connects to Redis at `url`. Throws `RetryableError` when it cannot be reached, unless
   * `waitForConnection` is false.
   */
  static async connect(url: string, opts: RedisStoreOptions = {}): Promise<RedisStore> {
    const store = new RedisStore(url, opts);
    if (opts.waitForConnection === false) {
      store.#connect().catch(() => store.#schedule());
      return store;
    }
    try {
      await store.#connect();
    } catch (err) {
      await store[Symbol.asyncDispose]();
      throw new RetryableError(`Cannot connect to Redis: ${describeError(err)}`, { cause: err });
    }
    return store;
  }

  /** Stores a session until its `expires_at`. */
  async putSession(session: SessionRecordInput): Promise<void> {
    const record = SessionRecord.parse(session);
    const exp = Date.parse(record.expires_at);
    const key = this.#key("session", record.session_id);
    await this.#run("store the session", async (c) => {
      const ttl = exp - this.#now();
      // An expired record is not stored, and must not leave an older one readable.
      if (ttl > 0) await c.set(key, encode(record, exp), { PX: pxOf(ttl) });
      else await c.del(key);
    });
  }

  /** The session, or null when absent or expired. */
  async getSession(sessionId: string): Promise<SessionRecord | null> {
    const raw = await this.#run("read the session", (c) => c.get(this.#key("session", sessionId)));
    const parsed = SessionRecord.safeParse(this.#decode(raw));
    if (!parsed.success) return null;
    return Date.parse(parsed.data.expires_at) > this.#now() ? parsed.data : null;
  }

  /** Changes a session with compare-and-set (see `Store.updateSession`). */
  async updateSession(
    sessionId: string,
    change: (session: SessionRecord) => SessionRecordInput | null,
  ): Promise<SessionRecord | null> {
    const key = this.#key("session", sessionId);
    for (let i = 0; i < CAS_TRIES; i++) {
      const raw = await this.#run("read the session", (c) => c.get(key));
      if (raw === null) return null;
      const current = SessionRecord.safeParse(this.#decode(raw));
      if (!current.success || !(Date.parse(current.data.expires_at) > this.#now())) return null;
      const wanted = change(current.data);
      if (wanted === null) return current.data;
      const record = SessionRecord.parse(wanted);
      const exp = Date.parse(record.expires_at);
      const ttl = exp - this.#now();
      const swapped = await this.#run("update the session", (c) =>
        c.eval(CAS_SCRIPT, {
          keys: [key],
          arguments: [raw, ttl > 0 ? encode(record, exp) : "", String(ttl > 0 ? pxOf(ttl) : 0)],
        }));
      if (Number(swapped) === 1) return ttl > 0 ? record : null;
    }
    throw new RetryableError("Cannot update the session: too many concurrent writers");
  }

  /** Removes a session and its pending action. */
  async deleteSession(sessionId: string): Promise<void> {
    const keys = [this.#key("session", sessionId), this.#key("pending", sessionId)];
    await this.#run("delete the session", (c) => c.del(keys));
  }

  /** Stores the change waiting for this session's yes. */
  async putPending(sessionId: string, action: PendingAction, ttlMs: number): Promise<void> {
    const value = encode(PendingAction.parse(action), this.#now() + ttlMs);
    const key = this.#key("pending", sessionId);
    await this.#run("store the pending action", (c) => c.set(key, value, { PX: pxOf(ttlMs) }));
  }

  /** The pending change without removing it, or null. */
  async getPending(sessionId: string): Promise<PendingAction | null> {
    const key = this.#key("pending", sessionId);
    const raw = await this.#run("read the pending action", (c) => c.get(key));
    return parsePending(this.#decode(raw));
  }

  /** Reads and removes the pending change atomically (GETDEL). */
  async takePending(sessionId: string): Promise<PendingAction | null> {
    const key = this.#key("pending", sessionId);
    const raw = await this.#run("take the pending action", (c) => c.getDel(key));
    return parsePending(this.#decode(raw));
  }

  /** A cached JSON value, or null when absent or expired. */
  async cacheGet<T = unknown>(key: string): Promise<T | null> {
    const raw = await this.#run("read the cache", (c) => c.get(this.#key("cache", key)));
    return this.#decode(raw) as T | null;
  }

  /** Caches a JSON value for `ttlMs`. */
  async cacheSet(key: string, value: unknown, ttlMs: number): Promise<void> {
    const raw = encode(value, this.#now() + ttlMs);
    const k = this.#key("cache", key);
    await this.#run("write the cache", (c) => c.set(k, raw, { PX: pxOf(ttlMs) }));
  }

  /** Removes one cached value. */
  async cacheDelete(key: string): Promise<void> {
    await this.#run("delete from the cache", (c) => c.del(this.#key("cache", key)));
  }

  /** Removes every cached value whose key starts with `prefix` (SCAN, then UNLINK). */
  async cacheDeletePrefix(prefix: string): Promise<number> {
    const match = escapeGlob(this.#key("cache", prefix)) + "*";
    // A scan walks the whole keyspace: it gets more time than a single command.
    return await this.#run("delete from the cache", async (c) => {
      let count = 0;
      for await (const keys of c.scanIterator({ MATCH: match, COUNT: 500 })) {
        if (keys.length > 0) count += await c.unlink(keys);
      }
      return count;
    }, this.#timeoutMs * 10);
  }

  /** Makes several writes in one MULTI. */
  async write(writes: readonly StoreWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const now = this.#now();
    await this.#run("write to the session store", (c) => {
      const multi = c.multi();
      for (const w of writes) {
        if (w.op === "cacheDelete") multi.del(this.#key("cache", w.key));
        else if (w.op === "cacheSet") {
          const raw = encode(w.value, now + w.ttlMs);
          multi.set(this.#key("cache", w.key), raw, { PX: pxOf(w.ttlMs) });
        } else {
          const raw = encode(PendingAction.parse(w.action), now + w.ttlMs);
          multi.set(this.#key("pending", w.sessionId), raw, { PX: pxOf(w.ttlMs) });
        }
      }
      return multi.exec();
    });
  }

  /** Claims `key` once for `ttlMs` (SET NX PX). */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    const k = this.#key("claim", key);
    const res = await this.#run(
      `claim ${key}`,
      (c) => c.set(k, "1", { condition: "NX", expiration: { type: "PX", value: pxOf(ttlMs) } }),
    );
    return res === "OK";
  }

  /** Gives a claim back. */
  async release(key: string): Promise<void> {
    await this.#run(`release ${key}`, (c) => c.del(this.#key("claim", key)));
  }

  /** Counts one hit in the current fixed window (INCR + PEXPIRE in one MULTI). */
  async hit(key: string, windowMs: number): Promise<number> {
    const now = this.#now();
    const window = Math.floor(now / windowMs);
    const k = this.#key("hit", `${key}:${window}`);
    const ttl = pxOf((window + 1) * windowMs - now);
    const [count] = await this.#run(
      `count a hit of ${key}`,
      (c) => c.multi().incr(k).pExpire(k, ttl).exec(),
    );
    return Number(count);
  }

  /** True when Redis answers PING; never throws. */
  async ping(): Promise<boolean> {
    try {
      return (await this.#run("ping", (c) => c.ping())) === "PONG";
    } catch {
      return false;
    }
  }

  /** Stops reconnecting and closes the connection. */
  async [Symbol.asyncDispose](): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#connecting?.catch(() => {});
    if (this.#client.isReady) await this.#client.close();
    else if (this.#client.isOpen) this.#client.destroy();
  }

  #key(kind: string, id: string): string {
    return `${this.#prefix}${kind}:${id}`;
  }

  #decode(raw: string | null | undefined): unknown {
    if (raw == null) return null;
    try {
      const entry = JSON.parse(raw) as Entry;
      return entry.exp > this.#now() ? entry.v : null;
    } catch {
      return null;
    }
  }

  /**
   * Runs commands against a ready connection, within the command timeout. node-redis's
   * own timeout stops at the socket write, so a Redis that accepts but never answers
   * (paused, overloaded) is caught here; the connection is then dropped and rebuilt.
   */
  async #run<T>(
    action: string,
    fn: (c: RedisClientType) => Promise<T>,
    timeoutMs = this.#timeoutMs,
  ): Promise<T> {
    if (this.#closed) throw new PermanentError(`Cannot ${action}: the store is closed`);
    if (!this.#client.isReady) {
      throw new RetryableError(`Cannot ${action}: Redis is unreachable`);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new RetryableError(`Cannot ${action}: Redis did not answer in ${timeoutMs} ms`));
        this.#drop("a command timed out");
      }, timeoutMs);
    });
    try {
      return await Promise.race([fn(this.#client), timeout]);
    } catch (err) {
      if (err instanceof RetryableError) throw err;
      if (err instanceof ErrorReply && !TRANSIENT_REPLY.test(err.message)) {
        throw new PermanentError(`Cannot ${action}: ${err.message}`, { cause: err });
      }
      throw new RetryableError(`Cannot ${action}: ${describeError(err)}`, { cause: err });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Drops a connection that stopped answering; commands on it fail, a reconnect follows. */
  #drop(reason: string): void {
    if (this.#closed || !this.#client.isOpen) return;
    this.#log.warn("Dropping the Redis connection; reconnecting in the background", { reason });
    this.#wasUp = false;
    this.#client.destroy();
    this.#schedule();
  }

  #connect(): Promise<void> {
    const attempt = this.#client.connect().then(() => {
      this.#failures = 0;
      this.#wasUp = true;
      this.#log.info("Connected to Redis");
    });
    this.#connecting = attempt.finally(() => {
      this.#connecting = null;
    });
    return this.#connecting;
  }

  #onError(err: unknown): void {
    if (this.#closed) return;
    if (this.#wasUp) {
      this.#wasUp = false;
      this.#log.warn("Lost Redis; reconnecting in the background", { error: describeError(err) });
    } else {
      this.#log.debug("Redis still unreachable", { error: describeError(err) });
    }
    if (!this.#client.isOpen) this.#schedule();
  }

  /** Plans one reconnect try; backoff doubles per failure, with jitter, up to the cap. */
  #schedule(): void {
    if (this.#closed || this.#timer !== undefined || this.#connecting) return;
    const base = Math.min(this.#maxDelay, this.#minDelay * 2 ** this.#failures);
    const delay = base / 2 + Math.random() * (base / 2);
    this.#failures++;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#closed || this.#client.isOpen) return;
      this.#connect().catch(() => this.#schedule());
    }, delay);
  }
}

function encode(v: unknown, exp: number): string {
  return JSON.stringify({ v, exp } satisfies Entry);
}

function parsePending(value: unknown): PendingAction | null {
  const parsed = PendingAction.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function pxOf(ms: number): number {
  return Math.max(1, Math.ceil(ms));
}

function escapeGlob(s: string): string {
  return s.replace(/[*?[\]\\]/g, "\\$&");
}
