/**
 * Preparing and running one action: resolve its order, validate its params, check the
 * order is the customer's, call the store. Refusals become results; failures propagate.
 */
import type { ActionResult, Message, ProposedAction } from "../../shared/protocol.ts";
import { StoreRefusal } from "../../shared/store_client.ts";
import { ACTIONS } from "./actions.ts";
import type { ActionHandler, ActionInput, RunEnv } from "./types.ts";

/** An action ready to run, or the refusal that stopped it. */
export type Prepared =
  // deno-lint-ignore no-explicit-any
  | { ok: true; handler: ActionHandler<any>; input: ActionInput<any> }
  | { ok: false; result: ActionResult };

/** A result with defaults filled in. */
export function result(
  action: Pick<ProposedAction, "type" | "order_id">,
  status: ActionResult["status"],
  detail: string,
  more: Partial<Pick<ActionResult, "idempotency_key" | "data" | "order_id">> = {},
): ActionResult {
  return {
    type: action.type,
    order_id: more.order_id !== undefined ? more.order_id : action.order_id ?? null,
    status,
    detail,
    idempotency_key: more.idempotency_key ?? null,
    data: more.data ?? {},
  };
}

/** Resolves the order and validates the params of a proposed action. */
export function prepare(action: ProposedAction, msg: Message, customerId: string): Prepared {
  const handler = ACTIONS[action.type];
  const context = msg.payload.context;
  const implied = context?.order_lookup === "found" ? context.order?.id ?? null : null;
  const orderId = action.order_id?.toUpperCase() ?? (handler.order === "none" ? null : implied);
  const what = action.type.replaceAll("_", " ");
  if (handler.order === "required" && !orderId) {
    const r = result(action, "refused", `Cannot carry out ${what}: no order was named`);
    return { ok: false, result: r };
  }
  const parsed = handler.params.safeParse(action.params ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join(" ").replaceAll("_", " ") || "details";
    const missing = issue?.code === "invalid_type" && /undefined/.test(issue.message);
    const why = missing ? `tell me the ${field}` : `the ${field} ${lowerFirst(issue?.message)}`;
    const detail = `Cannot carry out ${what}: ${why}`;
    return { ok: false, result: result({ ...action, order_id: orderId }, "refused", detail) };
  }
  return {
    ok: true,
    handler,
    input: {
      action: { ...action, order_id: orderId },
      params: parsed.data,
      orderId,
      customerId,
      context,
      msg,
    },
  };
}

/**
 * Null when the order is the customer's: known from the context, else confirmed by the
 * store with the customer's scope. Otherwise the refusal, naming nothing of the order.
 */
export async function checkOwnership(
  input: ActionInput<unknown>,
  env: RunEnv,
): Promise<string | null> {
  const id = input.orderId;
  if (!id) return null;
  const ctx = input.context;
  if (ctx?.order?.id === id || ctx?.orders.some((o) => o.id === id)) return null;
  try {
    const order = await env.call(
      "orders",
      (signal) => env.store.getOrder(id, { signal, customerId: input.customerId }),
    );
    if (!order) return `Cannot act on order ${id}: there is no such order`;
    if (order.customer_id !== input.customerId) return notYours(id);
    return null;
  } catch (err) {
    if (err instanceof StoreRefusal && err.status === 403) return notYours(id);
    if (err instanceof StoreRefusal && err.status === 404) {
      return `Cannot act on order ${id}: there is no such order`;
    }
    throw err;
  }
}

function lowerFirst(s = "is not valid"): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}

function notYours(id: string): string {
  return `Cannot act on order ${id}: it is not one of your orders`;
}

/** Runs a prepared action; a store refusal becomes a "refused" result with the rule. */
export async function runPrepared(
  // deno-lint-ignore no-explicit-any
  p: { handler: ActionHandler<any>; input: ActionInput<any> },
  env: RunEnv,
): Promise<ActionResult> {
  const { handler, input } = p;
  const keyed = handler.change || handler.type === "return_label";
  const key = keyed ? env.idempotencyKey : null;
  try {
    const out = await handler.run(input, env);
    return result(input.action, "done", out.detail, {
      idempotency_key: key,
      data: out.data,
      order_id: out.orderId ?? input.orderId,
    });
  } catch (err) {
    if (err instanceof StoreRefusal) {
      return result(input.action, "refused", err.detail, { idempotency_key: key });
    }
    throw err;
  }
}
