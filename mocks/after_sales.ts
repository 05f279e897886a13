/**
 * After-sales changes of a delivered order: returns (within 30 days of delivery), their
 * labels, and refunds (delivered or returned, within 30 days, once, up to what was paid).
 */
import {
  RefundRequest,
  ReturnLabelRequest,
  ReturnRequestBody,
} from "../shared/store_api_requests.ts";
import { makeRefund, REFUND_DAYS } from "./builders.ts";
import { Refusal } from "./problem.ts";
import { checkRefund, checkReturn, refundable } from "./rules.ts";
import { actingCustomer, changeRoute, keyOf, outcome, param } from "./routing.ts";
import type { StoreApp, StoreDeps } from "./routing.ts";
import { formatMoney, money } from "./types.ts";

const id = param("id", "ORD-1002");
/** Days the customer has to send a return parcel. */
export const RETURN_SEND_DAYS = 14;

/** Registers return, return label and refund. */
export function registerAfterSales(app: StoreApp, { state }: StoreDeps): void {
  app.openapi(
    changeRoute({
      path: "/orders/{id}/return",
      tag: "after-sales",
      summary: "Open a return",
      description: "A delivered order, within 30 days of delivery, once. Issues a prepaid label.",
      params: id,
      body: ReturnRequestBody,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      const action = `Cannot return order ${order.id}`;
      state.assertOwner(order, actingCustomer(c, body.customer_id), action);
      const refused = checkReturn(order, state.now());
      if (refused) throw refused;
      const items = body.items ?? order.items.map((it) => ({ sku: it.sku, quantity: it.quantity }));
      for (const it of items) {
        const line = order.items.find((l) => l.sku === it.sku.toUpperCase());
        if (!line) throw new Refusal(422, "not_in_order", `${action}: it has no item ${it.sku}`);
        if (it.quantity > line.quantity) {
          throw new Refusal(
            422,
            "too_many",
            `${action}: it has only ${line.quantity} of ${line.name} (${line.sku})`,
          );
        }
      }
      const rma = state.nextId("RMA");
      const ret = {
        id: rma,
        requested_at: state.now().toISOString(),
        reason: body.reason,
        items: items.map((it) => ({ sku: it.sku.toUpperCase(), quantity: it.quantity })),
        status: "label_issued" as const,
        label_url: `https://store.example/returns/${rma}/label.pdf`,
      };
      order.return_request = ret;
      order.updated_at = ret.requested_at;
      const entry = state.commit({
        action: "return_item",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: { return_id: rma, reason: body.reason, items: ret.items },
        history: {
          kind: "return",
          summary: `Opened return ${rma} for ${order.id}`,
          order_id: order.id,
        },
      });
      const detail = `Return ${rma} for order ${order.id} is open: print the prepaid label at ` +
        `${ret.label_url} and send the parcel within ${RETURN_SEND_DAYS} days`;
      return c.json(
        outcome(entry, order.customer_id, detail, {
          order: state.orderView(order),
          return_request: ret,
        }),
        200,
      );
    },
  );

  app.openapi(
    changeRoute({
      path: "/orders/{id}/return-label",
      tag: "after-sales",
      summary: "Re-issue a return label",
      description: "For an open return that has not been received yet.",
      params: id,
      body: ReturnLabelRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      const action = `Cannot issue a return label for order ${order.id}`;
      state.assertOwner(order, actingCustomer(c, body.customer_id), action);
      const ret = order.return_request;
      if (!ret) throw new Refusal(409, "no_return", `${action}: no return has been opened`);
      if (ret.status === "received") {
        throw new Refusal(
          409,
          "return_received",
          `${action}: return ${ret.id} was already received`,
        );
      }
      const entry = state.commit({
        action: "return_label",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: { return_id: ret.id, label_url: ret.label_url },
      });
      const detail = `The prepaid label of return ${ret.id} is at ${ret.label_url}`;
      return c.json(outcome(entry, order.customer_id, detail, { return_request: ret }), 200);
    },
  );

  app.openapi(
    changeRoute({
      path: "/orders/{id}/refund",
      tag: "after-sales",
      summary: "Refund an order",
      description: "A delivered or returned order within 30 days of delivery, or a shipped " +
        "order whose parcel the carrier reports lost; paid, once, " +
        "up to what was paid. No amount refunds all that is left.",
      params: id,
      body: RefundRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      state.assertOwner(
        order,
        actingCustomer(c, body.customer_id),
        `Cannot refund order ${order.id}`,
      );
      const now = state.now();
      const refused = checkRefund(order, now, {
        amount: body.amount,
        parcel: state.parcelOf(order),
      });
      if (refused) throw refused;
      const amount = money(body.amount ?? refundable(order));
      const refund = makeRefund({
        id: state.nextId("RF"),
        amount,
        currency: order.currency,
        at: now,
        reason: body.reason,
        now,
      });
      order.refunds.push(refund);
      order.refunded_amount = money(order.refunded_amount + amount);
      const full = order.refunded_amount >= order.paid_amount;
      order.payment_status = full ? "refunded" : "partially_refunded";
      if (full) order.status = "refunded";
      order.updated_at = now.toISOString();
      const entry = state.commit({
        action: "refund",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: { refund_id: refund.id, amount, currency: order.currency, reason: body.reason },
        history: {
          kind: "refund",
          summary: `Refund of ${formatMoney(amount, order.currency)} for ${order.id}`,
          order_id: order.id,
        },
      });
      const detail = `Refund ${refund.id} of ${formatMoney(amount, order.currency)} for order ` +
        `${order.id} is on its way and reaches the ${order.payment_method.replace("_", " ")} ` +
        `within ${REFUND_DAYS} days`;
      return c.json(
        outcome(entry, order.customer_id, detail, { order: state.orderView(order), refund }),
        200,
      );
    },
  );
}
