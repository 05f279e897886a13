/**
 * The running system's types and version.
 */
import { type Config } from "../shared/config.ts";
import { type Logger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";
import { type LaunchedNats } from "../shared/nats_launcher.ts";
import { type ActorRunner, type ActorSpec } from "../mesh/supervisor.ts";
import type { Store } from "../shared/store/types.ts";
import type { History } from "../shared/db/types.ts";

/** Version shown by health endpoints. */
export const VERSION = "0.1.0";

/** Options for `startSystem`. */
export interface SystemOptions {
  config: Config;
  log?: Logger;
  /** Actors to run; default all of `mesh/registry.ts`. */
  specs?: readonly ActorSpec[];
  /** Start the gateway's HTTP server (default true). */
  serve?: boolean;
  /**
   * The nats-server launched when no NATS_URL is set: its binary (default the one on the
   * PATH) and preferred port (default 4222; a free one when busy).
   */
  launch?: { binary?: string; port?: number };
}

/** A running Support Mesh. */
export interface System extends AsyncDisposable {
  config: Config;
  bus: Bus;
  runner: ActorRunner;
  /** Gateway URL, when served. */
  url: string | null;
  /** The gateway's request handler (for `app.request()` style tests). */
  fetch: (req: Request) => Response | Promise<Response>;
  /** The nats-server this process launched, if any. */
  nats: LaunchedNats | null;
  /** The store's API in use (the in-process demo store unless STORE_API_URL is set). */
  storeUrl: string;
  /** The history database (audit trail, conversations). */
  history: History;
  /** The session store (sessions, pending actions, caches). */
  sessions: Store;
  /** Drains actors and stops everything, in order. */
  stop(): Promise<void>;
}
