/**
 * Configuration: one zod schema reads the environment once at start-up into a resolved,
 * typed config with documented defaults. Nothing else reads `Deno.env`.
 */
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const optionalUrl = z.string().url().optional().or(z.literal("").transform(() => undefined));
const list = z
  .string()
  .default("")
  .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean));
/** `scheme://host[:port]`, exactly what a browser sends as `Origin`. */
function isOrigin(s: string): boolean {
  try {
    const u = new URL(s);
    return /^https?:$/.test(u.protocol) && u.origin === s;
  } catch {
    return false;
  }
}
const origins = list.refine(
  (xs) => xs.every(isOrigin),
  "each entry must be an origin like https://shop.example (scheme, host, port; no path)",
);

/** A lone actor's health port when neither HEALTH_PORT nor PORT is set: not the gateway's. */
export const DEFAULT_HEALTH_PORT = 8081;

/** The environment variables Support Mesh reads, with their defaults. */
export const EnvSchema = z.object({
  /** Gateway port. */
  PORT: int(8000),
  /**
   * Port of a lone actor's health server (`deno task actor`); unset: `PORT` when that is
   * set (the deployment files), else 8081 (a free one, logged, when 8081 is taken).
   */
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Gateway bind address. */
  HOST: z.string().default("0.0.0.0"),
  /** `auto` (NATS_URL, else nats-server on PATH, else in-process), `in_process` or `nats`. */
  BUS: z.enum(["auto", "in_process", "nats"]).default("auto"),
  /** A NATS server with JetStream to use; unset means auto. */
  NATS_URL: z.string().optional(),
  /** Replicas of the JetStream streams (3 on a 3-node cluster). */
  NATS_STREAM_REPLICAS: int(1, 1),
  /** Where data (SQLite, KV, launched nats-server's JetStream) is kept. */
  DATA_DIR: z.string().default("./data"),
  /** Actors this process runs: `all`, `none`, or a comma-separated list of names. */
  ACTORS: z.string().default("all"),
  /**
   * On NATS, where the actors run: `shared` (default; all in one Worker, restarted when it
   * dies, steps chained), `each` (one Worker per actor: a crash stops one actor, but nine
   * isolates and a bus hop per step), `none` (in the gateway's isolate). `true` means
   * `shared`, `false` means `none`.
   */
  ACTOR_WORKERS: z
    .enum(["shared", "each", "none", "true", "false", "1", "0", "yes", "no"])
    .default("shared")
    .transform((v) =>
      v === "each"
        ? "each" as const
        : ["none", "false", "0", "no"].includes(v)
        ? "none" as const
        : "shared" as const
    ),
  /**
   * Run the next step at once when its actor is in the same isolate, instead of a bus hop
   * (default true); the first step of a turn and steps elsewhere always go through the bus.
   */
  CHAIN_STEPS: bool.default(true),
  /** Replicas of each actor inside one process (embedded and Workers). */
  ACTOR_CONCURRENCY: int(32, 1),
  /** The store's API; unset means the demo store runs in-process. */
  STORE_API_URL: optionalUrl,
  /** Port of the in-process or standalone demo store. 0 picks a free port. */
  MOCKS_PORT: int(8100),
  /** Added latency of the demo store in ms (fault injection at start). */
  MOCKS_LATENCY_MS: int(0),
  /** Error rate of the demo store, 0…1 (fault injection at start). */
  MOCKS_ERROR_RATE: z.coerce.number().min(0).max(1).default(0),
  /**
   * The demo store's state (orders, refunds, ledger); default `<DATA_DIR>/demo_store.db`,
   * `:memory:` to seed it afresh on every start.
   */
  MOCKS_STATE_PATH: z.string().optional(),
  /** Timeout of each store API call in ms. */
  STORE_TIMEOUT_MS: int(1500, 1),
  /** How long an open circuit breaker fails fast before a trial call, in ms. */
  BREAKER_COOLDOWN_MS: int(10_000, 1),
  /** Redis for sessions, pending actions and cache; unset means Deno KV. */
  REDIS_URL: optionalUrl,
  /** Deno KV path; default `<DATA_DIR>/kv.sqlite3`, `:memory:` for none. */
  KV_PATH: z.string().optional(),
  /** SQLite history path; default `<DATA_DIR>/history.db`, `:memory:` for none. */
  SQLITE_PATH: z.string().optional(),
  /** PostgreSQL for history, audit, handoffs and analytics; unset means SQLite. */
  DATABASE_URL: optionalUrl,
  /** Most connections one process opens to `DATABASE_URL`. */
  DATABASE_POOL_MAX: int(10, 1),
  /** OpenAI-compatible endpoint; unset means rules and templates only. */
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: z.string().default("not-needed"),
  LLM_MODEL: z.string().default("gpt-4o-mini"),
  /** Deadline of one LLM call in ms. */
  LLM_TIMEOUT_MS: int(4000, 1),
  /** `demo` issues sessions by email; `production` needs a shop-signed customer token. */
  AUTH_MODE: z.enum(["demo", "production"]).default("demo"),
  /** Secret the shop signs customer tokens with (production mode). */
  CUSTOMER_TOKEN_SECRET: z.string().optional(),
  /** Secret our session tokens are signed with; default: generated once under DATA_DIR. */
  SESSION_SECRET: z.string().optional(),
  /** Lifetime of a session token in seconds. */
  SESSION_TTL_S: int(86_400, 1),
  /**
   * Bearer token of the human agent console and API; default: generated once, kept under
   * DATA_DIR (`agent_token`, mode 0600) and logged when generated.
   */
  AGENT_TOKEN: z.string().optional(),
  /**
   * `true` where several gateways share no DATA_DIR (Kubernetes): refuse to start unless
   * SESSION_SECRET (32+ characters) and AGENT_TOKEN (16+) are set, rather than generate
   * secrets of this process's own that the other replicas would not accept.
   */
  REQUIRE_SHARED_SECRETS: bool.default(false),
  /** Longest customer message in characters. */
  MAX_MESSAGE_CHARS: int(2000, 1),
  /** Largest HTTP body in bytes. */
  MAX_BODY_BYTES: int(16_384, 64),
  /** Largest WebSocket frame in bytes. */
  MAX_FRAME_BYTES: int(16_384, 64),
  /** Turns per minute one session may send. */
  RATE_LIMIT_SESSION: int(30, 1),
  /** Requests per minute one client address may send. */
  RATE_LIMIT_IP: int(300, 1),
  /** New sessions per minute one client address may start. */
  RATE_LIMIT_NEW_SESSIONS_IP: int(20, 1),
  /** New sessions per minute for one email (or shop customer id), from anywhere. */
  RATE_LIMIT_NEW_SESSIONS_EMAIL: int(10, 1),
  /** Origins allowed by CORS (comma-separated); empty means same origin only. */
  CORS_ORIGINS: origins,
  /**
   * Origins whose pages may frame the widget's chat (`/?embed=1`): comma-separated, `*` for
   * any site, `none` for none; unset or empty means the CORS_ORIGINS. Every other page
   * refuses to be framed.
   */
  FRAME_ANCESTORS: z
    .string()
    .default("")
    .transform((s) => s.trim())
    .refine(
      (s) => ["", "*", "none"].includes(s) || s.split(",").map((x) => x.trim()).every(isOrigin),
      "must be *, none, or origins like https://shop.example, comma-separated",
    ),
  /**
   * Bearer token for `/metrics` and the detailed `/health/ready`. Unset: they are served
   * to loopback clients only (a port-forward, a sidecar), everyone else gets the status.
   */
  METRICS_TOKEN: z
    .string()
    .optional()
    .transform((s) => s || undefined)
    .refine((s) => s === undefined || s.length >= 16, "must be at least 16 characters"),
  /** Turns a gateway keeps in the mesh at once; past it new turns get a 503 (admission control). */
  MAX_TURNS_IN_FLIGHT: int(500, 1),
  /** How long an HTTP turn waits for the mesh before answering 202. */
  TURN_TIMEOUT_MS: int(10_000, 1),
  /** Redelivery delay of an unacked message in ms. */
  ACK_WAIT_MS: int(10_000, 100),
  /** Deliveries of one message before it is given up. */
  MAX_DELIVER: int(5, 1),
  /** Retries of a retryable actor error before it goes to the error handler. */
  MAX_RETRIES: int(3, 0),
  /** Base of the exponential retry delay in ms. */
  RETRY_BASE_MS: int(200, 1),
  /** Deadline of one actor step in ms (actors may set a shorter one). */
  ACTOR_DEADLINE_MS: int(8000, 1),
  /** Context cache lifetime in seconds. */
  CONTEXT_CACHE_TTL_S: int(60, 1),
  /** How long a proposed change waits for the customer's yes, in seconds. */
  PENDING_ACTION_TTL_S: int(900, 1),
  /** History and audit older than this many days are removed (0 keeps all). */
  RETENTION_DAYS: int(90, 0),
  /** Identity of this gateway on the bus; default random. */
  GATEWAY_ID: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

/** The resolved configuration. */
export type Config = z.infer<typeof EnvSchema> & {
  /** Who may frame the widget's chat: `*`, or origins (none: nobody but us). */
  frameAncestors: string[];
  kvPath: string;
  sqlitePath: string;
  mocksStatePath: string;
  gatewayId: string;
  llmEnabled: boolean;
  /** Port of a lone actor's health server: HEALTH_PORT, else PORT when set, else 8081. */
  healthPort: number;
  /** Whether `healthPort` is the default (neither variable set): a busy one may be replaced. */
  healthPortIsDefault: boolean;
};

/**
 * The process's values of the configuration's variables, and of no others: a process run
 * with `--allow-env` narrowed to these names (the permission sets in deno.json) reads them.
 */
export function readEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of Object.keys(EnvSchema.shape)) {
    const v = Deno.env.get(k);
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** Reads the configuration from an environment map (default: the process's). */
export function loadConfig(env: Record<string, string | undefined> = readEnv()): Config {
  const known = Object.keys(EnvSchema.shape);
  const picked = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined),
  );
  const parsed = EnvSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Cannot read configuration: ${lines.join("; ")}`);
  }
  const c = parsed.data;
  const portSet = picked.PORT !== undefined && picked.PORT !== "";
  return {
    ...c,
    frameAncestors: c.FRAME_ANCESTORS === "none"
      ? []
      : c.FRAME_ANCESTORS
      ? c.FRAME_ANCESTORS.split(",").map((x) => x.trim()).filter(Boolean)
      : c.CORS_ORIGINS,
    kvPath: c.KV_PATH ?? `${c.DATA_DIR}/kv.sqlite3`,
    sqlitePath: c.SQLITE_PATH ?? `${c.DATA_DIR}/history.db`,
    // Beside the history, so the two stay in step: a refund stays a refund after a restart.
    mocksStatePath: c.MOCKS_STATE_PATH ?? `${c.DATA_DIR}/demo_store.db`,
    gatewayId: c.GATEWAY_ID ?? crypto.randomUUID().slice(0, 8),
    llmEnabled: Boolean(c.LLM_BASE_URL),
    // PORT is the gateway's; a lone actor takes it only when it is set on purpose (the
    // deployment files set it per container), so it never collides with a gateway here.
    healthPort: c.HEALTH_PORT ?? (portSet ? c.PORT : DEFAULT_HEALTH_PORT),
    healthPortIsDefault: c.HEALTH_PORT === undefined && !portSet,
  };
}
