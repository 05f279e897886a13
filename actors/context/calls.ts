/**
 * How the context actor calls the store: each call behind its service's breaker, with
 * its own deadline tied to the step's signal, and failures turned into notes.
 */
import type { BreakerRegistry, StoreService } from "../../shared/circuit_breaker.ts";
import type { StoreClient } from "../../shared/store_client.ts";

/** The store methods the context actor uses. */
export type ContextStore = Pick<
  StoreClient,
  "getCustomer" | "listOrders" | "getHistory" | "getOrder" | "getOrderWithTracking" | "getTracking"
>;

/** What one call needs: the store, the breakers, the step's signal and the deadline. */
export interface CallEnv {
  store: ContextStore;
  breakers: BreakerRegistry;
  signal: AbortSignal;
  timeoutMs: number;
}

/** The outcome of a guarded call: its value, or the error and a note saying what failed. */
export type Called<T> =
  | { ok: true; value: T }
  | { ok: false; error: unknown; note: string };

/** Runs one store call behind `service`'s breaker with the per-call deadline; `what` names it in notes. */
export async function call<T>(
  env: CallEnv,
  service: StoreService,
  fn: (signal: AbortSignal) => Promise<T>,
  what?: string,
): Promise<Called<T>> {
  try {
    const value = await env.breakers.run(service, fn, {
      signal: env.signal,
      timeoutMs: env.timeoutMs,
    });
    return { ok: true, value };
  } catch (error) {
    // The step itself was cancelled: nothing partial is worth returning.
    if (env.signal.aborted) throw env.signal.reason ?? error;
    const about = what ? ` (${what})` : "";
    return { ok: false, error, note: `${service} service unavailable${about}: ${reason(error)}` };
  }
}

function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // "Cannot GET /orders/ORD-1: the orders service is unavailable" → keep the cause only.
  return text.replace(/^Cannot [A-Z]+ \S+: /, "");
}
