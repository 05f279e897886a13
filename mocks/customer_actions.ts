/**
 * Changes to a customer's account: notes, call backs, goodwill credit (within the tier's
 * 30-day limit) and tier (staff only, header `X-Staff-Token`).
 */
import {
  CallbackRequest,
  CreditRequest,
  NoteRequest,
  TierRequest,
} from "../shared/store_api_requests.ts";
import { Refusal } from "./problem.ts";
import { CALLBACK_MAX_DAYS, checkCredit, CREDIT_PERIOD_DAYS } from "./rules.ts";
import { actingCustomer, changeRoute, keyOf, outcome, param } from "./routing.ts";
import type { StoreApp, StoreDeps } from "./routing.ts";
import { addDays, addHours, formatMoney, money } from "./types.ts";

const id = param("id", "CUST-0001");

/** Registers notes, call backs, credit and tier. */
export function registerCustomerActions(app: StoreApp, deps: StoreDeps): void {
  const { state } = deps;
  const own = (customerId: string, actor: string | null, action: string) => {
    const customer = state.customer(customerId);
    if (actor && actor !== customer.id) {
      throw new Refusal(403, "not_owner", `${action}: it is another customer's account`);
    }
    return customer;
  };

  app.openapi(
    changeRoute({
      path: "/customers/{id}/notes",
      tag: "customers",
      summary: "Add a note to a customer",
      description: "Always allowed.",
      params: id,
      body: NoteRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const pid = c.req.valid("param").id;
      const customer = own(pid, actingCustomer(c, body.customer_id), `Cannot add a note to ${pid}`);
      const note = {
        id: state.nextId("NOTE"),
        at: state.now().toISOString(),
        author: body.author,
        text: body.text,
      };
      state.data.customer_notes.push({ ...note, customer_id: customer.id });
      const entry = state.commit({
        action: "customer_note",
        target: customer.id,
        customerId: customer.id,
        idempotencyKey: keyOf(c),
        details: { note_id: note.id, author: note.author, text: note.text },
        history: { kind: "note", summary: body.text.slice(0, 200), order_id: null },
      });
      return c.json(
        outcome(entry, customer.id, `Note ${note.id} was added to ${customer.id}`, { note }),
        200,
      );
    },
  );

  app.openapi(
    changeRoute({
      path: "/customers/{id}/callbacks",
      tag: "customers",
      summary: "Schedule a call back",
      description:
        `In the future, up to ${CALLBACK_MAX_DAYS} days ahead; no time means the next free slot.`,
      params: id,
      body: CallbackRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const pid = c.req.valid("param").id;
      const action = `Cannot schedule a call back for ${pid}`;
      const customer = own(pid, actingCustomer(c, body.customer_id), action);
      const phone = body.phone ?? customer.phone;
      if (!phone) throw new Refusal(422, "no_phone", `${action}: no phone number is on file`);
      const now = state.now();
      const at = body.at ? new Date(body.at) : nextSlot(now);
      if (Number.isNaN(at.getTime())) {
        throw new Refusal(422, "bad_time", `${action}: ${body.at} is not a date and time`);
      }
      if (at <= now) {
        throw new Refusal(422, "time_in_past", `${action}: ${at.toISOString()} is in the past`);
      }
      if (at > addDays(now, CALLBACK_MAX_DAYS)) {
        throw new Refusal(
          422,
          "time_too_far",
          `${action}: calls can be scheduled up to ${CALLBACK_MAX_DAYS} days ahead`,
        );
      }
      const callback = {
        id: state.nextId("CB"),
        scheduled_for: at.toISOString(),
        phone,
        topic: body.topic,
      };
      state.data.callbacks.push({ ...callback, customer_id: customer.id });
      const entry = state.commit({
        action: "schedule_callback",
        target: customer.id,
        customerId: customer.id,
        idempotencyKey: keyOf(c),
        details: {
          callback_id: callback.id,
          scheduled_for: callback.scheduled_for,
          topic: body.topic,
        },
        history: {
          kind: "callback",
          summary: `Call back scheduled: ${body.topic.slice(0, 150)}`,
          order_id: null,
        },
      });
      const detail = `A call back to ${phone} is scheduled for ${
        callback.scheduled_for.slice(0, 16).replace("T", " ")
      } UTC`;
      return c.json(outcome(entry, customer.id, detail, { callback }), 200);
    },
  );

  app.openapi(
    changeRoute({
      path: "/customers/{id}/credit",
      tag: "customers",
      summary: "Issue a goodwill credit",
      description:
        `Up to the tier's limit in ${CREDIT_PERIOD_DAYS} days: standard 10, silver 20, ` +
        "gold 50, vip 100 (in the customer's currency).",
      params: id,
      body: CreditRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const pid = c.req.valid("param").id;
      const customer = own(
        pid,
        actingCustomer(c, body.customer_id),
        `Cannot issue a goodwill credit to ${pid}`,
      );
      if (body.order_id) {
        state.assertOwner(
          state.order(body.order_id),
          customer.id,
          `Cannot issue a goodwill credit for order ${body.order_id}`,
        );
      }
      const now = state.now();
      const since = addDays(now, -CREDIT_PERIOD_DAYS).toISOString();
      const issued = money(
        state.creditsOf(customer.id).filter((x) => x.at >= since).reduce((s, x) => s + x.amount, 0),
      );
      const amount = money(body.amount);
      const refused = checkCredit({
        customerId: customer.id,
        tier: customer.tier,
        currency: customer.currency,
        amount,
        issued,
      });
      if (refused) throw refused;
      const credit = {
        id: state.nextId("CR"),
        at: now.toISOString(),
        amount,
        currency: customer.currency,
        reason: body.reason,
        order_id: body.order_id?.toUpperCase() ?? null,
      };
      state.data.credits.push({ ...credit, customer_id: customer.id });
      const entry = state.commit({
        action: "goodwill_credit",
        target: customer.id,
        customerId: customer.id,
        idempotencyKey: keyOf(c),
        details: {
          credit_id: credit.id,
          amount,
          currency: credit.currency,
          reason: body.reason,
          order_id: credit.order_id,
        },
        history: {
          kind: "credit",
          summary: `Goodwill credit of ${formatMoney(amount, credit.currency)}`,
          order_id: credit.order_id,
        },
      });
      const view = state.customerView(customer);
      const detail = `A goodwill credit of ${formatMoney(amount, credit.currency)} was added to ` +
        `${customer.id}; the balance is now ${formatMoney(view.credit_balance, credit.currency)}`;
      return c.json(outcome(entry, customer.id, detail, { credit, customer: view }), 200);
    },
  );

  app.openapi(
    changeRoute({
      path: "/customers/{id}/tier",
      tag: "customers",
      summary: "Change a customer's tier (staff only)",
      description: "Needs header X-Staff-Token.",
      params: id,
      body: TierRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const customer = state.customer(c.req.valid("param").id);
      const action = `Cannot change the tier of ${customer.id}`;
      if (c.req.header("x-staff-token") !== deps.staffToken) {
        throw new Refusal(
          403,
          "staff_only",
          `${action}: only staff can, and the X-Staff-Token header is missing or wrong`,
        );
      }
      if (customer.tier === body.tier) {
        throw new Refusal(409, "same_tier", `${action}: the customer is already ${body.tier}`);
      }
      const before = customer.tier;
      customer.tier = body.tier;
      const entry = state.commit({
        action: "change_tier",
        target: customer.id,
        customerId: customer.id,
        idempotencyKey: keyOf(c),
        details: { before, after: body.tier, reason: body.reason ?? null },
        history: {
          kind: "tier_change",
          summary: `Tier changed from ${before} to ${body.tier}`,
          order_id: null,
        },
      });
      const detail = `${customer.id} is now ${body.tier} (was ${before})`;
      return c.json(
        outcome(entry, customer.id, detail, { customer: state.customerView(customer) }),
        200,
      );
    },
  );
}

/** The next call-back slot: the start of the hour after next. */
function nextSlot(now: Date): Date {
  const t = addHours(now, 2);
  t.setUTCMinutes(0, 0, 0);
  return t;
}
