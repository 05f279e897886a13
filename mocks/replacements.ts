/**
 * Replacements: a lost parcel, or a delivered order whose items arrived damaged, wrong or incomplete, is sent
 * again free of charge — once, and never as well as a refund. Each lands in the ledger.
 */
import { ReplacementRequest } from "../shared/store_api_requests.ts";
import { REPLACEMENT_DISPATCH_DAYS, SHIPPING_SPEEDS } from "../domain/policy.ts";
import { checkReplacement, parcelLost } from "./rules.ts";
import { actingCustomer, changeRoute, keyOf, outcome, param } from "./routing.ts";
import type { StoreApp, StoreDeps } from "./routing.ts";
import { addDays, type OrderRecord } from "./types.ts";
import { Refusal } from "./problem.ts";

const id = param("id", "ORD-3001");

/** Registers `POST /orders/{id}/replacement`. */
export function registerReplacements(app: StoreApp, { state }: StoreDeps): void {
  app.openapi(
    changeRoute({
      path: "/orders/{id}/replacement",
      tag: "after-sales",
      summary: "Send a replacement",
      description: "A shipped order whose parcel the carrier reports lost, or a delivered order " +
        "whose items arrived damaged, wrong or incomplete (within 30 days of delivery); paid, once, and not as well " +
        "as a refund. Ships free, the way the order did.",
      params: id,
      body: ReplacementRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      state.assertOwner(
        order,
        actingCustomer(c, body.customer_id),
        `Cannot send a replacement for order ${order.id}`,
      );
      const now = state.now();
      const parcel = state.parcelOf(order);
      const refused = checkReplacement(order, now, {
        parcel,
        reportsDamage: body.reported_issue === "damaged",
        reportsWrong: body.reported_issue === "wrong_item" ||
          body.reported_issue === "missing_item",
      });
      if (refused) throw refused;
      const items = replacedItems(order, body.items);
      const reported = order.reported_issue ?? body.reported_issue ?? "damaged";
      const issue = parcelLost(order, parcel) ? "lost" as const : reported;
      if (issue !== "lost" && !order.reported_issue) order.reported_issue = issue;
      const speed = SHIPPING_SPEEDS[order.shipping_method];
      const replacement = {
        id: state.nextId("RPL"),
        created_at: now.toISOString(),
        issue,
        reason: body.reason,
        items,
        status: "processing" as const,
        eta: addDays(now, REPLACEMENT_DISPATCH_DAYS + speed.maxDays).toISOString(),
      };
      order.replacement = replacement;
      order.updated_at = replacement.created_at;
      const entry = state.commit({
        action: "replacement",
        target: order.id,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: {
          replacement_id: replacement.id,
          issue,
          reason: body.reason,
          items: replacement.items,
        },
        history: {
          kind: "order_change",
          summary: `Sent replacement ${replacement.id} for ${order.id} (${issue})`,
          order_id: order.id,
        },
      });
      const detail = `Replacement ${replacement.id} for order ${order.id} leaves our warehouse ` +
        `within ${REPLACEMENT_DISPATCH_DAYS} business day and ships ${order.shipping_method}, free of charge`;
      return c.json(
        outcome(entry, order.customer_id, detail, { order: state.orderView(order), replacement }),
        200,
      );
    },
  );
}

/** The items sent again: those asked for (each a line of the order, no more than it had), else all. */
function replacedItems(
  order: OrderRecord,
  asked: { sku: string; quantity: number }[] | undefined,
): { sku: string; quantity: number }[] {
  if (!asked || asked.length === 0) {
    return order.items.map((it) => ({ sku: it.sku, quantity: it.quantity }));
  }
  const action = `Cannot send a replacement for order ${order.id}`;
  return asked.map((it) => {
    const line = order.items.find((l) => l.sku === it.sku.toUpperCase());
    if (!line) throw new Refusal(422, "not_in_order", `${action}: it has no item ${it.sku}`);
    if (it.quantity > line.quantity) {
      throw new Refusal(422, "too_many", `${action}: it has only ${line.quantity} of ${line.name}`);
    }
    return { sku: line.sku, quantity: it.quantity };
  });
}
