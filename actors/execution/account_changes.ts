/**
 * Changes to the customer's account: notes, goodwill credit within the tier's limit, a
 * call back, and a supervisor's review. Tier changes stay with staff: there is no action.
 */
import { z } from "zod";
import { outcome, reasonParam } from "./common.ts";
import type { ActionHandler, ActionInput, RunEnv } from "./types.ts";

const Note = z.object({ text: z.string().trim().min(1).max(2000).optional().catch(undefined) })
  .passthrough();

function noteText(i: ActionInput<{ text?: string }>): string {
  // Without a text, the note records what the customer asked, so staff see why it exists.
  return i.params.text ??
    `Customer wrote: ${i.msg.payload.customer_message.text.slice(0, 1500)}`;
}

function keyed(i: ActionInput<unknown>, env: RunEnv, signal: AbortSignal) {
  return { signal, customerId: i.customerId, idempotencyKey: env.idempotencyKey };
}

/** Adds a note to the customer's account. */
export const customerNote: ActionHandler<z.infer<typeof Note>> = {
  type: "customer_note",
  change: true,
  order: "none",
  params: Note,
  describe: () => "Add a note to your account",
  async run(i, env) {
    const o = await env.call(
      "customers",
      (signal) =>
        env.store.customerNote({ ...keyed(i, env, signal), text: noteText(i), author: "agent" }),
    );
    return outcome(o, null);
  },
};

/** Adds a note to an order. */
export const orderNote: ActionHandler<z.infer<typeof Note>> = {
  type: "order_note",
  change: true,
  order: "required",
  params: Note,
  describe: (i) => `Add a note to order ${i.orderId}`,
  async run(i, env) {
    const o = await env.call(
      "orders",
      (signal) =>
        env.store.orderNote(i.orderId!, {
          ...keyed(i, env, signal),
          text: noteText(i),
          author: "agent",
        }),
    );
    return outcome(o, i.orderId);
  },
};

const Credit = z.object({
  amount: z.coerce.number().positive().max(10_000),
  reason: reasonParam("Goodwill gesture"),
}).passthrough();

/** Issues a goodwill credit within the tier's 30-day limit. */
export const goodwillCredit: ActionHandler<z.infer<typeof Credit>> = {
  type: "goodwill_credit",
  change: true,
  order: "optional",
  params: Credit,
  describe: (i) =>
    `Add a goodwill credit of ${money(i.params.amount, currencyOf(i))} to your account`,
  async precheck(i, env) {
    const c = await env.call(
      "customers",
      (signal) => env.store.getCredits(i.customerId, { signal }),
    );
    if (!c) return `Cannot issue a goodwill credit to ${i.customerId}: the customer is unknown`;
    if (Math.round((i.params.amount + c.issued_30d) * 100) > Math.round(c.limit_30d * 100)) {
      const tier = i.context?.customer?.tier ?? "your tier's";
      return `Cannot issue a goodwill credit of ${
        money(i.params.amount, c.currency)
      } to ${i.customerId}: ${tier} customers can receive up to ${
        money(c.limit_30d, c.currency)
      } in 30 days and ${money(c.issued_30d, c.currency)} was already issued`;
    }
    return null;
  },
  async run(i, env) {
    const o = await env.call("customers", (signal) =>
      env.store.goodwillCredit({
        ...keyed(i, env, signal),
        amount: i.params.amount,
        reason: i.params.reason,
        order_id: i.orderId ?? undefined,
      }));
    return outcome(o, i.orderId);
  },
};

const Callback = z.object({
  topic: z.string().trim().min(1).max(500).optional().catch(undefined),
  phone: z.string().trim().min(5).max(30).optional().catch(undefined),
  at: z.string().datetime({ offset: true }).optional().catch(undefined),
}).passthrough();

/** Schedules a call back by a person; no time means the next free slot. */
export const scheduleCallback: ActionHandler<z.infer<typeof Callback>> = {
  type: "schedule_callback",
  change: true,
  order: "optional",
  params: Callback,
  describe: (i) =>
    `Schedule a call back${i.params.at ? ` at ${i.params.at.slice(0, 16).replace("T", " ")}` : ""}`,
  async run(i, env) {
    const topic = i.params.topic ?? topicOf(i);
    const o = await env.call("customers", (signal) =>
      env.store.scheduleCallback({
        ...keyed(i, env, signal),
        topic,
        phone: i.params.phone,
        at: i.params.at,
      }));
    return outcome(o, i.orderId);
  },
};

const Supervisor = z.object({ reason: reasonParam("Customer asked for a supervisor") })
  .passthrough();

/**
 * Asks a supervisor to review the conversation. The store has no escalation endpoint yet,
 * so it is recorded as a flagged note on the account, which staff work from.
 */
export const escalateSupervisor: ActionHandler<z.infer<typeof Supervisor>> = {
  type: "escalate_supervisor",
  change: true,
  order: "optional",
  params: Supervisor,
  describe: () => "Ask a supervisor to review your case",
  async run(i, env) {
    const about = i.orderId ? ` (order ${i.orderId})` : "";
    const text =
      `[Supervisor review requested] ${i.params.reason}${about}. Conversation ${i.msg.conversation_id}, message ${i.msg.id}.`;
    const o = await env.call(
      "customers",
      (signal) => env.store.customerNote({ ...keyed(i, env, signal), text, author: "agent" }),
    );
    const done = outcome(o, i.orderId);
    return {
      ...done,
      detail: "A supervisor was asked to review the case",
      data: { ...done.data, supervisor_review: true },
    };
  },
};

function topicOf(i: ActionInput<unknown>): string {
  const intent = i.msg.payload.intent?.intent?.replaceAll("_", " ") ?? "support";
  return `${intent}${i.orderId ? ` about order ${i.orderId}` : ""}`;
}

function currencyOf(i: ActionInput<unknown>): string {
  return i.context?.orders[0]?.currency ?? "USD";
}

function money(n: number, currency: string): string {
  return `${n.toFixed(2)} ${currency}`;
}
