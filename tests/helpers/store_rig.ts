/**
 * Helpers of the demo store's tests: a store on a fixed (or movable) clock and a terse
 * way to call it in-process with `app.request()`.
 */
import { createStoreApp, type StoreApp, type StoreAppOptions } from "../../mocks/app.ts";

/** The fixed time tests seed the store at. */
export const NOW = new Date("2025-06-02T12:00:00.000Z");

/** A clock tests can move. */
export class TestClock {
  #t: number;
  constructor(start: Date = NOW) {
    this.#t = start.getTime();
  }
  /** The current time. */
  now = (): Date => new Date(this.#t);
  /** Moves the clock by days (fractions allowed). */
  advanceDays(days: number): void {
    this.#t += days * 86_400_000;
  }
}

/** A store seeded at `NOW` (or on the given clock). */
export function testStore(opts: StoreAppOptions = {}): StoreApp {
  return createStoreApp({ clock: () => NOW, ...opts });
}

/** An answer of the store: status, JSON body and headers. */
export interface Answer {
  status: number;
  // deno-lint-ignore no-explicit-any
  body: any;
  headers: Headers;
}

let keys = 0;

/** GETs a path in-process. */
export async function get(
  store: StoreApp,
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await store.app.request(path, { headers });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** POSTs a JSON change in-process; a fresh Idempotency-Key unless `key` is given. */
export async function post(
  store: StoreApp,
  path: string,
  body: unknown,
  o: { key?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const key = o.key === undefined ? `test-${++keys}` : o.key;
  const res = await store.app.request(path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(key === null ? {} : { "idempotency-key": key }),
      ...o.headers,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}
