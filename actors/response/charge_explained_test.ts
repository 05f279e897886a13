import assert from "node:assert/strict";
import type { ContextEnrichment, OrderView } from "../../shared/protocol.ts";
import { chargeExplained, orderBreakdown } from "./charge_explained.ts";
import type { TurnView } from "./view.ts";

const machine: OrderView = {
  id: "ORD-1002",
  status: "delivered",
  placed_at: "2026-02-20T10:00:00Z",
  total: 428,
  currency: "USD",
  items: [
    { sku: "A", name: "Espresso Machine", quantity: 1, price: 399 },
    { sku: "B", name: "Milk Frother", quantity: 1, price: 29 },
  ],
  tracking_number: null,
  payment_status: "paid",
  shipping_fee: 0,
};
const unpaid: OrderView = { ...machine, id: "ORD-2002", total: 329, payment_status: "pending" };
const view = (text: string, amounts: number[], orders = [machine, unpaid]) =>
  ({
    text,
    guest: false,
    entities: { amounts: amounts.map((value) => ({ value })) },
    context: { order_lookup: "none", order: null, orders } as unknown as ContextEnrichment,
  }) as unknown as TurnView;

Deno.test("an amount questioned is the order it names, line by line", () => {
  const said = chargeExplained(view("I was charged 428 but the machine was 399??", [428, 399]))!;
  assert.match(
    said[0],
    /came to 428\.00 USD: Espresso Machine 399\.00 USD, Milk Frother 29\.00 USD and free shipping/,
  );
  assert.equal(
    orderBreakdown({ ...machine, total: 433.99, shipping_fee: 5.99 }).endsWith(
      "5.99 USD shipping.",
    ),
    true,
  );
});

Deno.test("a charge with no order seen lists their orders and who traces the rest", () => {
  const said = chargeExplained(view("my card was charged but I can't see the order", []))!.join(
    " ",
  );
  assert.match(said, /ORD-1002 \(428\.00 USD, delivered\)/);
  assert.match(said, /another email address/);
});

Deno.test("a payment still awaited, or a double charge, is not explained this way", () => {
  assert.equal(
    chargeExplained(view("I paid 329 but it says pending, it was only 329", [329])),
    null,
  );
  assert.equal(chargeExplained(view("I was charged twice for 1002", [])), null);
  assert.equal(chargeExplained(view("I paid for ORD-2002 but it still says pending", [])), null);
});
