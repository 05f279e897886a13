/**
 * What an actor Worker may do. Actors read untrusted text (customer messages, LLM answers),
 * so a Worker gets only what its actors need, derived from the configuration at spawn time:
 * the network to the bus, the store's API, Redis and the LLM; reads of the folders it loads
 * modules from (actors, their models, npm packages); read and write of its own database
 * files; no subprocesses, no FFI, no environment (the config arrives by message; only the PG*
 * variables the PostgreSQL client reads when there is a DATABASE_URL), no system information.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../shared/config.ts";

/** What `workerPermissions` derives the allowance from. */
export interface WorkerPermissionOptions {
  /** The config the Worker receives (its STORE_API_URL pinned to the store in use). */
  config: Config;
  /** The NATS server(s) the Worker connects to, comma-separated like NATS_URL. */
  natsUrl: string;
  /** URLs of the modules the Worker loads beyond the mesh's own (actor and deps modules). */
  modules?: readonly (string | undefined)[];
  /** The project folder; default this repo's. */
  root?: string;
}

/** The project folder this module belongs to. */
export const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));

/**
 * The project's folders a Worker loads modules from — actors and their models, the mesh,
 * the shop's rules, shared code, npm packages — and nothing else of the project: not its
 * data (the session secret), not a `.env` beside docker-compose.yml, not `.git`, not the
 * demo store (`mocks/`).
 */
export const WORKER_SOURCE_DIRS: readonly string[] = [
  "actors",
  "mesh",
  "domain",
  "shared",
  "node_modules",
];

const DEFAULT_PORTS: Record<string, string> = {
  "nats:": "4222",
  "tls:": "4222",
  "redis:": "6379",
  "rediss:": "6379",
  "http:": "80",
  "https:": "443",
  "postgres:": "5432",
  "postgresql:": "5432",
};

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/**
 * `host:port` entries for one URL, as Deno's net permission reads them. A bare NATS
 * address (`host:4222`) is read as `nats://host:4222`. A loopback name brings the others
 * along: a client may connect by the address it resolved.
 */
export function netTargets(raw: string): string[] {
  const text = raw.trim();
  if (!text) return [];
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `nats://${text}`);
  const port = url.port || DEFAULT_PORTS[url.protocol];
  if (!port) throw new Error(`Cannot allow the network to ${text}: unknown default port`);
  const hosts = LOOPBACK_NAMES.includes(url.hostname) ? LOOPBACK_NAMES : [url.hostname];
  return hosts.map((h) => `${h}:${port}`);
}

/**
 * The database files a Worker opens itself: SQLite history (without PostgreSQL) and, without
 * Redis, Deno KV.
 * Files, not DATA_DIR: the folder holds the session secret too. (SQLite's -wal and -shm
 * files beside them are opened by SQLite itself, which Deno's permissions do not see.)
 */
function dataFiles(config: Config): string[] {
  const files = config.DATABASE_URL ? [] : [config.sqlitePath];
  if (!config.REDIS_URL) files.push(config.kvPath);
  return [...new Set(files.filter((f) => f !== ":memory:").map((f) => resolve(f)))];
}

/** The store's API the Worker's actors call (the in-process demo store unless set). */
function storeUrl(config: Config): string {
  return config.STORE_API_URL ?? `http://127.0.0.1:${config.MOCKS_PORT}`;
}

/** The permissions an actor Worker is spawned with. */
export function workerPermissions(opts: WorkerPermissionOptions): Deno.PermissionOptionsObject {
  const { config } = opts;
  const net = new Set<string>();
  const allow = (url: string | undefined) => {
    for (const t of url ? netTargets(url) : []) net.add(t);
  };
  for (const url of opts.natsUrl.split(",")) allow(url);
  allow(storeUrl(config));
  allow(config.REDIS_URL);
  allow(config.LLM_BASE_URL);
  // The aggregator writes the history to PostgreSQL when it is configured.
  allow(config.DATABASE_URL);
  const root = resolve(opts.root ?? PROJECT_ROOT);
  const sources = new Set(WORKER_SOURCE_DIRS.map((d) => resolve(root, d)));
  for (const m of opts.modules ?? []) {
    if (m?.startsWith("file:")) sources.add(dirname(fileURLToPath(m)));
  }
  const data = dataFiles(config);
  return {
    // Deno asks for read access to load a module the main graph did not load.
    read: [...sources, ...data],
    write: data.length ? data : false,
    net: [...net],
    // The PostgreSQL client (npm:postgres) looks its defaults up in PG* variables, whatever
    // the URL says; the rest of the environment stays closed.
    env: config.DATABASE_URL ? ["PG*"] : false,
    run: false,
    ffi: false,
    sys: false,
    import: false,
  };
}
