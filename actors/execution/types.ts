/**
 * The shape of one action handler: what it needs, how it is described to the customer,
 * what it checks first and which store call carries it out.
 */
import type { z } from "zod";
import type { StoreService } from "../../shared/circuit_breaker.ts";
import type {
  ActionType,
  ContextEnrichment,
  Message,
  ProposedAction,
} from "../../shared/protocol.ts";
import type { StoreClient } from "../../shared/store_client.ts";

/** The store methods execution uses. */
export type ExecutionStore = Pick<
  StoreClient,
  | "getOrder"
  | "getProduct"
  | "getTracking"
  | "getRefundStatus"
  | "getCredits"
  | "cancelOrder"
  | "modifyItems"
  | "changeAddress"
  | "returnItem"
  | "returnLabel"
  | "refund"
  | "replacement"
  | "expediteOrder"
  | "expediteTracking"
  | "investigation"
  | "orderNote"
  | "customerNote"
  | "scheduleCallback"
  | "goodwillCredit"
>;

/** Runs one store call behind a service's breaker with the per-call deadline. */
export type GuardedCall = <T>(
  service: StoreService,
  fn: (signal: AbortSignal) => Promise<T>,
) => Promise<T>;

/** Everything a handler sees of one action. */
export interface ActionInput<P> {
  action: ProposedAction;
  /** The action's params, validated by the handler's schema. */
  params: P;
  /** The order acted on: the action's, else the context's order in question. */
  orderId: string | null;
  customerId: string;
  context: ContextEnrichment | undefined;
  msg: Message;
}

/** What a handler uses to reach the store. */
export interface RunEnv {
  store: ExecutionStore;
  call: GuardedCall;
  /** The idempotency key of this change: `${msg.id}:${type}`. */
  idempotencyKey: string;
}

/** What a handler reports: one sentence and the facts for the reply. */
export interface HandlerOutcome {
  detail: string;
  data: Record<string, unknown>;
  /** The order the action turned out to concern (e.g. found through a parcel). */
  orderId?: string | null;
}

/** One action: validation, description, pre-check and the store call. */
export interface ActionHandler<P = Record<string, unknown>> {
  type: ActionType;
  /** A change waits for the customer's yes; a look-up runs at once. */
  change: boolean;
  /** Whether the action concerns one order (`order_id` required). */
  order: "required" | "optional" | "none";
  /** The action's params; defaults filled in. */
  params: z.ZodType<P>;
  /** Imperative summary of the action for the confirmation: "Cancel order ORD-1003". */
  describe(input: ActionInput<P>): string;
  /** A refusal (the rule) found before asking or running, else null. */
  precheck?(input: ActionInput<P>, env: RunEnv): Promise<string | null>;
  /** Carries the action out. Throws StoreRefusal for a rule, RetryableError for a failure. */
  run(input: ActionInput<P>, env: RunEnv): Promise<HandlerOutcome>;
}
