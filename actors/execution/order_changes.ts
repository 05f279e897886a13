/**
 * Changes to an order: cancel, items, address, return, refund, replacement, expedite. Each waits for
 * the customer's yes; the store enforces its rules again when it runs.
 */
import { z } from "zod";
import { Address } from "../../shared/store_api.ts";
import { MethodParam, outcome, reasonParam } from "./common.ts";
import type { ActionHandler, ActionInput, RunEnv } from "./types.ts";
import { stockRefusal } from "./stock_check.ts";

const Reason = z.object({ reason: reasonParam("Customer asked to cancel") }).passthrough();

function opts(i: ActionInput<unknown>, env: RunEnv, signal: AbortSignal) {
  return { signal, customerId: i.customerId, idempotencyKey: env.idempotencyKey };
}

/** Cancels an order that has not shipped. */
export const cancelOrder: ActionHandler<z.infer<typeof Reason>> = {
  type: "cancel_order",
  change: true,
  order: "required",
  params: Reason,
  describe: (i) => `Cancel order ${i.orderId}`,
  async run(i, env) {
    const o = await env.call(
      "orders",
      (signal) =>
        env.store.cancelOrder(i.orderId!, { ...opts(i, env, signal), reason: i.params.reason }),
    );
    return outcome(o, i.orderId);
  },
};

const Items = z.object({
  items: z.array(z.object({
    sku: z.string().min(1),
    quantity: z.coerce.number().int().min(0).max(20),
    /** The item's name, for the summary the customer reads (the store needs only the sku). */
    name: z.string().max(120).optional(),
    /** How many the order had when proposed: "make it two" back to it drops the change. */
    was: z.number().int().min(0).max(999).optional(),
  })).min(1, "say which items and how many of each").max(20),
}).passthrough();

/** Sets item quantities (0 removes one) of an order that has not shipped. */
export const modifyItems: ActionHandler<z.infer<typeof Items>> = {
  type: "modify_items",
  change: true,
  order: "required",
  params: Items,
  describe: (i) =>
    `Change the items of order ${i.orderId}: ${i.params.items.map(itemChange).join(", ")}`,
  // "Change the monitor to 2" while it is sold out: told now, not refused after the yes.
  precheck: (i, env) => stockRefusal(i, env),
  async run(i, env) {
    const o = await env.call(
      "orders",
      (signal) =>
        env.store.modifyItems(i.orderId!, {
          ...opts(i, env, signal),
          items: i.params.items.map(({ sku, quantity }) => ({ sku, quantity })),
        }),
    );
    return outcome(o, i.orderId);
  },
};

/** One line's change in the customer's words: "remove the Trail Running Shoes", "3× Mug". */
function itemChange(x: { sku: string; quantity: number; name?: string; was?: number }): string {
  if (!x.name) return `${x.sku} × ${x.quantity}`;
  if (x.quantity === 0) return `remove the ${x.name}`;
  // A product the order did not hold: "add 1× Milk Frother" (not "make it").
  return x.was === 0 ? `add ${x.quantity}× ${x.name}` : `make it ${x.quantity}× ${x.name}`;
}

const NewAddress = z.object({ address: Address }).passthrough();

/** Changes the shipping address of an order that has not shipped. */
export const changeAddress: ActionHandler<z.infer<typeof NewAddress>> = {
  type: "change_address",
  change: true,
  order: "required",
  params: NewAddress,
  // The summary names the city only: the full address stays out of logs and replies.
  describe: (i) => `Ship order ${i.orderId} to the new address in ${i.params.address.city}`,
  async run(i, env) {
    const o = await env.call(
      "orders",
      (signal) =>
        env.store.changeAddress(i.orderId!, { ...opts(i, env, signal), address: i.params.address }),
    );
    return outcome(o, i.orderId);
  },
};

const ReturnParams = z.object({
  reason: reasonParam("Customer asked to return it"),
  items: z.array(z.object({ sku: z.string().min(1), quantity: z.coerce.number().int().min(1) }))
    .min(1).optional(),
}).passthrough();

/** Opens a return (within 30 days of delivery) and issues its label. */
export const returnItem: ActionHandler<z.infer<typeof ReturnParams>> = {
  type: "return_item",
  change: true,
  order: "required",
  params: ReturnParams,
  describe: (i) => {
    // "Open a return of the Milk Frother from order ORD-1002": the lines, when not all.
    const order = i.context?.orders.find((o) => o.id === i.orderId) ??
      (i.context?.order?.id === i.orderId ? i.context.order : null);
    const names = (i.params.items ?? []).map((it) =>
      order?.items.find((l) => l.sku.toUpperCase() === it.sku.toUpperCase())?.name ?? it.sku
    );
    const what = names.length > 0 ? `a return of ${names.join(" and ")} from` : "a return for";
    return `Open ${what} order ${i.orderId} and send the return label`;
  },
  async run(i, env) {
    const o = await env.call("orders", (signal) =>
      env.store.returnItem(i.orderId!, {
        ...opts(i, env, signal),
        reason: i.params.reason,
        items: i.params.items,
      }));
    return outcome(o, i.orderId);
  },
};

const RefundParams = z.object({
  reason: reasonParam("Customer asked for a refund"),
  amount: z.coerce.number().positive().optional().catch(undefined),
}).passthrough();

/** Refunds a delivered order, once, within 30 days of delivery. */
export const refund: ActionHandler<z.infer<typeof RefundParams>> = {
  type: "refund",
  change: true,
  order: "required",
  params: RefundParams,
  describe: (i) => {
    const ctx = i.context?.orders.find((o) => o.id === i.orderId) ??
      (i.context?.order?.id === i.orderId ? i.context.order : null);
    const amount = i.params.amount !== undefined
      ? `${i.params.amount.toFixed(2)}${ctx ? ` ${ctx.currency}` : ""} of `
      : "";
    return `Refund ${amount}order ${i.orderId}`;
  },
  async run(i, env) {
    const o = await env.call("orders", (signal) =>
      env.store.refund(i.orderId!, {
        ...opts(i, env, signal),
        reason: i.params.reason,
        amount: i.params.amount,
      }));
    return outcome(o, i.orderId);
  },
};

const ReplacementParams = z.object({
  reason: reasonParam("Customer asked for a replacement"),
  /** Set when the customer reported in chat that the delivered items arrived damaged or wrong. */
  reported_issue: z.enum(["damaged", "wrong_item", "missing_item"]).optional().catch(undefined),
  /** The items sent again when only some of the order's came wrong; absent: all of it. */
  items: z.array(z.object({ sku: z.string().min(1), quantity: z.coerce.number().int().min(1) }))
    .optional().catch(undefined),
}).passthrough();

/** Sends a replacement for a lost parcel or delivered items that arrived damaged, once. */
export const replacement: ActionHandler<z.infer<typeof ReplacementParams>> = {
  type: "replacement",
  change: true,
  order: "required",
  params: ReplacementParams,
  describe: (i) => `Send a replacement for order ${i.orderId}, free of charge`,
  async run(i, env) {
    const o = await env.call("orders", (signal) =>
      env.store.replacement(i.orderId!, {
        ...opts(i, env, signal),
        reason: i.params.reason,
        reportedIssue: i.params.reported_issue,
        items: i.params.items,
      }));
    return outcome(o, i.orderId);
  },
};

const Expedite = z.object({ method: MethodParam.catch("express") }).passthrough();

/** Upgrades the shipping of an order that has not been delivered. */
export const expediteOrder: ActionHandler<z.infer<typeof Expedite>> = {
  type: "expedite_order",
  change: true,
  order: "required",
  params: Expedite,
  describe: (i) => `Upgrade order ${i.orderId} to ${i.params.method} shipping`,
  async run(i, env) {
    const o = await env.call(
      "orders",
      (signal) =>
        env.store.expediteOrder(i.orderId!, { ...opts(i, env, signal), method: i.params.method }),
    );
    return outcome(o, i.orderId);
  },
};
