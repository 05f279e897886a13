/**
 * Changes to an order before it ships: cancel, change items, change the address; and
 * notes, which are always allowed. Each needs an Idempotency-Key and lands in the ledger.
 */
import {
  AddressChangeRequest,
  CancelRequest,
  ItemsRequest,
  NoteRequest,
} from "../shared/store_api_requests.ts";
import { makeRefund, priceIn, REFUND_DAYS, shippingFee } from "./builders.ts";
import { Refusal } from "./problem.ts";
import { checkAddress, checkCancel, checkItems } from "./rules.ts";
import { actingCustomer, changeRoute, keyOf, outcome, param } from "./routing.ts";
import type { StoreApp, StoreDeps } from "./routing.ts";
import { formatMoney, money } from "./types.ts";

const id = param("id", "ORD-1003");

/** Registers cancel, items, address and notes. */
export function registerOrderActions(app: StoreApp, { state }: StoreDeps): void {
  app.openapi(
    changeRoute({
      path: "/orders/{id}/cancel",
      tag: "orders",
      summary: "Cancel an order",
      description:
        "Only before it ships (pending or processing). A paid order is refunded in full.",
      params: id,
      body: CancelRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      const actor = actingCustomer(c, body.customer_id);
      state.assertOwner(order, actor, `Cannot cancel order ${order.id}`);
      const refused = checkCancel(order);
      if (refused) throw refused;
      const now = state.now();
      order.status = "cancelled";
      order.cancelled_at = order.updated_at = now.toISOString();
      let detail = `Order ${order.id} was cancelled`;
      const refund = order.paid_amount > 0
        ? makeRefund({
          id: state.nextId("RF"),
          amount: order.paid_amount - order.refunded_amount,
          currency: order.currency,
          at: now,
          reason: body.reason ?? "Order cancelled",
          now,
        })
        : null;
      if (refund) {
        order.refunds.push(refund);
        order.refunded_amount = money(order.refunded_amount + refund.amount);
        order.payment_status = "refunded";
        detail += `; ${formatMoney(refund.amount, refund.currency)} will be back on the ` +
          `${order.payment_method.replace("_", " ")} within ${REFUND_DAYS} days`;
      }
      const entry = state.commit({
        action: "cancel_order",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: { reason: body.reason ?? null, refund: refund?.amount ?? 0 },
        history: { kind: "cancellation", summary: `Cancelled ${order.id}`, order_id: order.id },
      });
      const view = state.orderView(order);
      return c.json(outcome(entry, order.customer_id, detail, { order: view, refund }), 200);
    },
  );

  app.openapi(
    changeRoute({
      path: "/orders/{id}/items",
      tag: "orders",
      summary: "Change the items of an order",
      description: "Sets each listed sku's quantity (0 removes it); only before it ships.",
      params: id,
      body: ItemsRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      const action = `Cannot change the items of order ${order.id}`;
      state.assertOwner(order, actingCustomer(c, body.customer_id), action);
      const refused = checkItems(order);
      if (refused) throw refused;
      const items = order.items.map((it) => ({ ...it }));
      for (const change of body.items) {
        const sku = change.sku.toUpperCase();
        const product = state.product(sku);
        const line = items.find((it) => it.sku === sku);
        if (!product) {
          throw new Refusal(422, "unknown_product", `${action}: product ${sku} does not exist`);
        }
        if (
          change.quantity > (line?.quantity ?? 0) &&
          product.stock < change.quantity - (line?.quantity ?? 0)
        ) {
          throw new Refusal(
            422,
            "out_of_stock",
            `${action}: ${product.name} (${sku}) is out of stock`,
          );
        }
        if (line) line.quantity = change.quantity;
        else if (change.quantity > 0) {
          items.push({
            sku,
            name: product.name,
            quantity: change.quantity,
            price: priceIn(product, order.currency),
          });
        }
      }
      const kept = items.filter((it) => it.quantity > 0);
      if (kept.length === 0) {
        throw new Refusal(
          422,
          "empty_order",
          `${action}: it would leave the order empty; cancel it instead`,
        );
      }
      const before = order.total;
      order.items = kept;
      order.subtotal = money(kept.reduce((s, it) => s + it.price * it.quantity, 0));
      order.shipping_fee = shippingFee(order.shipping_method, order.subtotal, order.currency);
      order.total = money(order.subtotal + order.shipping_fee);
      if (order.payment_status === "paid") order.paid_amount = order.total;
      order.updated_at = state.now().toISOString();
      const diff = money(order.total - before);
      let detail = `Order ${order.id} now totals ${formatMoney(order.total, order.currency)}`;
      if (order.payment_status === "paid" && diff !== 0) {
        detail += diff > 0
          ? `; the difference of ${formatMoney(diff, order.currency)} is charged to the ${
            order.payment_method.replace("_", " ")
          }`
          : `; ${formatMoney(-diff, order.currency)} is refunded to the ${
            order.payment_method.replace("_", " ")
          }`;
      }
      const entry = state.commit({
        action: "modify_items",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: { items: body.items, total_before: before, total_after: order.total },
        history: {
          kind: "order_change",
          summary: `Changed the items of ${order.id}`,
          order_id: order.id,
        },
      });
      return c.json(
        outcome(entry, order.customer_id, detail, { order: state.orderView(order) }),
        200,
      );
    },
  );

  app.openapi(
    changeRoute({
      path: "/orders/{id}/address",
      tag: "orders",
      summary: "Change the shipping address",
      description: "Only before the order ships.",
      params: id,
      body: AddressChangeRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      state.assertOwner(
        order,
        actingCustomer(c, body.customer_id),
        `Cannot change the shipping address of order ${order.id}`,
      );
      const refused = checkAddress(order);
      if (refused) throw refused;
      const before = order.shipping_address;
      order.shipping_address = body.address;
      order.updated_at = state.now().toISOString();
      const a = body.address;
      const entry = state.commit({
        action: "change_address",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: { before, after: a },
        history: {
          kind: "order_change",
          summary: `Changed the address of ${order.id}`,
          order_id: order.id,
        },
      });
      const detail =
        `Order ${order.id} will ship to ${a.line1}, ${a.city} ${a.postcode}, ${a.country}`;
      return c.json(
        outcome(entry, order.customer_id, detail, { order: state.orderView(order) }),
        200,
      );
    },
  );

  app.openapi(
    changeRoute({
      path: "/orders/{id}/notes",
      tag: "orders",
      summary: "Add a note to an order",
      description: "Always allowed; the note is kept with the order.",
      params: id,
      body: NoteRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      state.assertOwner(
        order,
        actingCustomer(c, body.customer_id),
        `Cannot add a note to order ${order.id}`,
      );
      const note = {
        id: state.nextId("NOTE"),
        at: state.now().toISOString(),
        author: body.author,
        text: body.text,
      };
      order.notes.push(note);
      const entry = state.commit({
        action: "order_note",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: { note_id: note.id, author: note.author, text: note.text },
      });
      const detail = `Note ${note.id} was added to order ${order.id}`;
      return c.json(
        outcome(entry, order.customer_id, detail, { order: state.orderView(order), note }),
        200,
      );
    },
  );
}
