import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import { refundsEach } from "./refunds_each.ts";
import type { TurnView } from "./view.ts";

const NOW = new Date("2026-12-08T12:00:00Z");
function order(id: string, method: string, refunds: OrderView["refunds"]): OrderView {
  return {
    id,
    status: "refunded",
    placed_at: "2026-09-01T10:00:00Z",
    total: 59,
    currency: "USD",
    items: [{ sku: "CMP-107", name: "HD Webcam", quantity: 1, price: 59 }],
    tracking_number: null,
    payment_status: "refunded",
    payment_method: method,
    refunds,
  } as OrderView;
}
const refund = (created: string, due: string, status = "completed") => ({
  amount: 59,
  reason: "Refund requested",
  status,
  created_at: created,
  expected_by: due,
});
const view = (intent: string) =>
  ({ intent, now: NOW, text: "did my refund go through?", name: "Ella" }) as unknown as TurnView;

Deno.test("'did my refund go through?' with a refund on each order tells each, not which", () => {
  const orders = [
    order("ORD-10537", "paypal", [refund("2026-09-21T10:00:00Z", "2026-09-26T10:00:00Z")]),
    order("ORD-10365", "card", [
      refund("2026-12-07T10:00:00Z", "2026-12-12T10:00:00Z", "processing"),
    ]),
  ];
  const d = refundsEach(view("refund_status"), "neutral", orders)!;
  assert.match(d.text, /On ORD-10537 .* to your PayPal account — paid out by September 26/);
  assert.match(d.text, /On ORD-10365 .* on its way and due by December 12/);
  assert.doesNotMatch(d.text, /which order do you mean/i);
  // An order with no refund among them, or another request: asked as before.
  assert.equal(
    refundsEach(view("refund_status"), "neutral", [orders[0], order("ORD-1", "card", [])]),
    null,
  );
  assert.equal(refundsEach(view("order_status"), "neutral", orders), null);
});
