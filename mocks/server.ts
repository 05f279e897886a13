/**
 * Serves the demo store with `Deno.serve`: in-process under the supervisor, standalone
 * through `main.ts`, or on port 0 in tests.
 */
import type { Logger } from "../shared/log.ts";
import { createStoreApp, type StoreApp, type StoreAppOptions } from "./app.ts";

/** Options of `startStore`: where to listen, plus the app's options. */
export interface StartStoreOptions extends StoreAppOptions {
  /** Port; 0 picks a free one (default 8100). */
  port?: number;
  /** Bind address (default 127.0.0.1). */
  hostname?: string;
  /** An app built already; default one built from the options. */
  store?: StoreApp;
}

/** A running store. */
export interface RunningStore extends AsyncDisposable {
  /** Base URL, e.g. `http://127.0.0.1:8100`. */
  url: string;
  port: number;
  /** The app and its controls (reset, ledger, faults). */
  store: StoreApp;
  /** Stops listening and waits for open requests to end. */
  close(): Promise<void>;
}

/** Starts the demo store and resolves once it listens. */
export function startStore(opts: StartStoreOptions = {}): Promise<RunningStore> {
  const store = opts.store ?? createStoreApp(opts);
  const log: Logger | undefined = opts.log;
  const hostname = opts.hostname ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    let server: Deno.HttpServer<Deno.NetAddr>;
    try {
      server = Deno.serve({
        port: opts.port ?? 8100,
        hostname,
        onListen: (addr) => {
          const host = addr.hostname.includes(":") ? `[${addr.hostname}]` : addr.hostname;
          const shown = host === "0.0.0.0" ? "127.0.0.1" : host === "[::]" ? "[::1]" : host;
          const url = `http://${shown}:${addr.port}`;
          log?.info("store listening", { url });
          let closed: Promise<void> | null = null;
          const close = () => (closed ??= server.shutdown().finally(() => store.close()));
          resolve({
            url,
            port: addr.port,
            store,
            close,
            [Symbol.asyncDispose]: close,
          });
        },
      }, store.fetch);
    } catch (err) {
      reject(err);
    }
  });
}
