/**
 * The demo store as one Hono app: customers, orders, tracking and products services with
 * business rules, idempotent changes, an action ledger, faults on demand and OpenAPI at
 * `/openapi.json`. `createStoreApp` builds it; `server.ts` serves it.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { type Logger, silentLogger } from "../shared/log.ts";
import type { FaultsUpdate, LedgerEntry } from "../shared/store_api_requests.ts";
import { registerAdmin } from "./admin.ts";
import { registerAfterSales } from "./after_sales.ts";
import { registerReplacements } from "./replacements.ts";
import { registerCustomerActions } from "./customer_actions.ts";
import { registerCustomerRoutes } from "./customers.ts";
import { Faults } from "./faults.ts";
import { idempotency, IdempotencyStore } from "./idempotency.ts";
import { registerOrderActions } from "./order_actions.ts";
import { registerOrderRoutes } from "./orders.ts";
import { problemResponse, Refusal } from "./problem.ts";
import { registerProducts } from "./products.ts";
import type { StoreDeps } from "./routing.ts";
import { StoreState } from "./state.ts";
import { StoreStateFile } from "./persist.ts";
import { registerTracking } from "./tracking.ts";

/** The staff token of the demo store when none is configured (tier changes need it). */
export const DEFAULT_STAFF_TOKEN = "support-mesh-staff";

/** Options of `createStoreApp`. */
export interface StoreAppOptions {
  /** The clock the data is relative to and rules read; default the real one. */
  clock?: () => Date;
  /** Seed of the data; default `DEFAULT_SEED`. */
  seed?: number;
  /** Faults in force from the start (e.g. from configuration). */
  faults?: FaultsUpdate;
  /** Random draws of the error rate; default seeded. */
  random?: () => number;
  log?: Logger;
  /** Token of staff-only changes; default `DEFAULT_STAFF_TOKEN`. */
  staffToken?: string;
  /**
   * SQLite file the records, ledger and answered idempotency keys are kept in, so a
   * restart finds them; default none (`:memory:` too): seeded afresh on every start.
   */
  statePath?: string;
}

/** The built store: the app and its controls. */
export interface StoreApp {
  /** The Hono app; `app.request()` in tests, `app.fetch` to serve. */
  app: OpenAPIHono;
  /** Fetch handler of the app. */
  fetch(req: Request): Response | Promise<Response>;
  /** Regenerates the seeded data; clears the ledger, idempotency keys and faults. */
  reset(): void;
  /** Every change since the last reset. */
  ledger(): readonly LedgerEntry[];
  /** The faults in force and their controls. */
  faults: Faults;
  /** The records (for tests and tools). */
  state: StoreState;
  /** SHA-256 of the records: equal data, equal hash. */
  hash(): Promise<string>;
  /** Closes the state file, if there is one. */
  close(): void;
}

/** Builds the demo store. */
export function createStoreApp(opts: StoreAppOptions = {}): StoreApp {
  const clock = opts.clock ?? (() => new Date());
  const log = opts.log ?? silentLogger;
  const state = new StoreState({ clock, seed: opts.seed });
  const faults = new Faults({ initial: opts.faults, random: opts.random });
  const keys = new IdempotencyStore();
  const file = opts.statePath && opts.statePath !== ":memory:"
    ? keepState({ path: opts.statePath, state, keys, log })
    : null;
  const deps: StoreDeps = {
    state,
    log,
    staffToken: opts.staffToken ?? DEFAULT_STAFF_TOKEN,
    faults,
  };

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".") || result.target}: ${i.message}`);
      return problemResponse({
        status: 400,
        code: "invalid_request",
        detail: `Cannot accept ${c.req.method} ${c.req.path}: ${issues.join("; ")}`,
        instance: c.req.path,
      });
    },
  });

  app.onError((err, c) => {
    const instance = c.req.path;
    if (err instanceof Refusal) {
      log.info("store refused", { path: instance, status: err.status, code: err.code });
      return problemResponse({ status: err.status, code: err.code, detail: err.message, instance });
    }
    if (err instanceof HTTPException && err.status < 500) {
      const why = err.status === 415
        ? "the body must be JSON (Content-Type: application/json)"
        : err.message || "bad request";
      const detail = `Cannot accept ${c.req.method} ${instance}: ${why}`;
      return problemResponse({ status: err.status, code: "invalid_request", detail, instance });
    }
    log.error("store failed", { path: instance, error: String(err) });
    return problemResponse({
      status: 500,
      code: "internal_error",
      detail: `Cannot serve ${c.req.method} ${instance}: the store failed unexpectedly`,
      instance,
    });
  });
  app.notFound((c) =>
    problemResponse({
      status: 404,
      code: "no_route",
      detail: `Cannot find ${c.req.method} ${c.req.path}: no such endpoint`,
      instance: c.req.path,
    })
  );

  // Faults first: a request failed by an injected fault leaves no idempotency key behind.
  app.use("*", faults.middleware());
  app.use("*", idempotency(keys));

  registerCustomerRoutes(app, deps);
  registerCustomerActions(app, deps);
  registerOrderRoutes(app, deps);
  registerOrderActions(app, deps);
  registerAfterSales(app, deps);
  registerReplacements(app, deps);
  registerTracking(app, deps);
  registerProducts(app, deps);

  const reset = () => {
    state.reset();
    keys.clear();
    faults.reset();
    log.info("store reset", { seeded_at: state.data.seeded_at });
  };
  registerAdmin(app, {
    faults,
    reset,
    ledger: () => state.ledger,
    health: () => ({
      customers: state.data.customers.length,
      orders: state.data.orders.length,
      seeded_at: state.data.seeded_at,
      changes: state.ledger.length,
    }),
  });

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Support Mesh demo store",
      version: "1.0.0",
      description: "Customers, orders, tracking and products of the demo store, with the " +
        "business rules of a real shop. Every change needs an Idempotency-Key header; " +
        "refusals are RFC 9457 problem+json whose detail states the rule.",
    },
  });

  return {
    app,
    fetch: (req) => app.fetch(req),
    reset,
    ledger: () => state.ledger,
    faults,
    state,
    hash: () => state.hash(),
    close: () => file?.[Symbol.dispose](),
  };
}

/** Opens the state file, takes its state back (or saves the seeded one) and says which. */
function keepState(o: {
  path: string;
  state: StoreState;
  keys: IdempotencyStore;
  log: Logger;
}): StoreStateFile {
  const file = StoreStateFile.open(o.path, o.log);
  try {
    const attached = file.attach(o.state, o.keys);
    const fields = { path: o.path, seeded_at: attached.seeded_at, changes: attached.changes };
    if (attached.outcome === "loaded") {
      o.log.info("Demo store state loaded: orders, refunds and ledger as they were", fields);
    } else if (attached.reason) {
      o.log.warn(`Demo store re-seeded: the saved state was ${attached.reason}`, fields);
    } else {
      o.log.info("Demo store seeded; its state is kept from now on", fields);
    }
  } catch (err) {
    file[Symbol.dispose]();
    throw err;
  }
  return file;
}
