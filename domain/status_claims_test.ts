import assert from "node:assert/strict";
import {
  allowedClaims,
  contradictedClaims,
  type OrderState,
  orderStateOf,
  statusClaimsIn,
} from "./status_claims.ts";
import { CAST_ORDERS, CAST_TRACKING, FIXTURE_NOW } from "../tests/fixtures/turns.ts";

const stateOf = (id: string): OrderState =>
  orderStateOf(CAST_ORDERS[id], CAST_TRACKING[id] ?? null, FIXTURE_NOW);
const states = new Map(["ORD-1001", "ORD-1002", "ORD-1003", "ORD-2001", "ORD-3001", "ORD-3002"]
  .map((id) => [id, stateOf(id)]));
const claims = (s: string, focus: string | null = null) =>
  statusClaimsIn(s, focus).map((c) => `${c.orderId} ${c.claim}`);
const wrong = (s: string, focus: string | null = null) =>
  contradictedClaims(s, states, focus).map((c) => `${c.orderId} ${c.claim}`);

Deno.test("Emma's lost ORD-3001 may be called shipped, lost or late, never on its way", () => {
  const s = stateOf("ORD-3001");
  assert.equal(s.parcel, "lost");
  assert.deepEqual([...allowedClaims(s)].sort(), ["delayed", "lost", "shipped"]);
  assert.deepEqual(
    wrong("Refunds are for delivered orders, and order ORD-3001 is still on its way."),
    ["ORD-3001 in_transit"],
  );
  assert.deepEqual(wrong("Order ORD-3001 has been delivered."), ["ORD-3001 delivered"]);
  assert.deepEqual(wrong("The carrier has marked the parcel as lost.", "ORD-3001"), []);
  assert.deepEqual(wrong("Order ORD-3001 (Robot Vacuum Cleaner) shipped on June 1 with DHL."), []);
});

Deno.test("a status claim is found where the reply asserts it, not where it supposes it", () => {
  assert.deepEqual(
    claims("Once it's delivered, you'll have 30 days to return it.", "ORD-3001"),
    [],
  );
  assert.deepEqual(
    claims("If they confirm the parcel is lost, we'll send a replacement.", "X"),
    [],
  );
  assert.deepEqual(claims("Order ORD-1003 hasn't shipped yet."), []);
  assert.deepEqual(claims("Order ORD-1001 will be delivered on June 17."), []);
  assert.deepEqual(claims("Your refund of 120.00 USD is on its way.", "ORD-1003"), []);
  assert.deepEqual(claims("Refunds are for delivered orders."), []);
  assert.deepEqual(claims("It is running late.", "ORD-2001"), ["ORD-2001 delayed"]);
  assert.deepEqual(claims("Order ORD-1001 is on its way — it shipped on June 13 with UPS."), [
    "ORD-1001 in_transit",
    "ORD-1001 shipped",
  ]);
});

Deno.test("each order of a sentence is held to its own status", () => {
  assert.deepEqual(
    wrong(
      "I can see ORD-3001 (Robot Vacuum Cleaner, on its way) and ORD-3002 (Stand Mixer, delivered).",
    ),
    ["ORD-3001 in_transit"],
  );
  assert.deepEqual(wrong("ORD-1002 was delivered, but ORD-1003 is on its way."), [
    "ORD-1003 in_transit",
  ]);
  // Without a named order or a focus, "it" belongs to nobody: nothing is checked.
  assert.deepEqual(wrong("It is on its way."), []);
});

Deno.test("delivered, cancelled and delayed must match the order and its tracking", () => {
  assert.deepEqual(wrong("Order ORD-1002 is still on its way."), ["ORD-1002 in_transit"]);
  assert.deepEqual(wrong("Order ORD-1002 was delivered on June 5."), []);
  assert.deepEqual(wrong("Order ORD-2001 is delayed by the carrier."), []);
  assert.deepEqual(wrong("Order ORD-1001 is delayed."), ["ORD-1001 delayed"]);
  assert.deepEqual(wrong("Order ORD-1003 was cancelled."), ["ORD-1003 cancelled"]);
  assert.deepEqual(wrong("Order ORD-1003 has shipped."), ["ORD-1003 shipped"]);
  const cancelled = orderStateOf(
    { ...CAST_ORDERS["ORD-1003"], status: "cancelled" },
    null,
    FIXTURE_NOW,
  );
  assert.deepEqual([...allowedClaims(cancelled)], ["cancelled"]);
});

Deno.test("a parcel without a scan for the policy's days may be called possibly lost", () => {
  const quiet = orderStateOf(CAST_ORDERS["ORD-1001"], {
    ...CAST_TRACKING["ORD-1001"],
    days_since_last_scan: 6,
  }, FIXTURE_NOW);
  assert.ok(allowedClaims(quiet).has("lost"));
  assert.ok(!allowedClaims(stateOf("ORD-1001")).has("lost"));
});

Deno.test("the replies in Spanish, French and German are held to the same facts", () => {
  assert.deepEqual(wrong("Ihre Bestellung ORD-3001 ist unterwegs."), ["ORD-3001 in_transit"]);
  assert.deepEqual(wrong("Tu pedido ORD-3001 está en camino."), ["ORD-3001 in_transit"]);
  assert.deepEqual(wrong("Votre commande ORD-1001 a été livrée."), ["ORD-1001 delivered"]);
  assert.deepEqual(wrong("Tu pedido ORD-1003 está cancelado."), ["ORD-1003 cancelled"]);
  assert.deepEqual(
    wrong(
      "Tu pedido ORD-3001 se ha perdido en el envío: el transportista da el paquete por perdido.",
    ),
    [],
  );
  assert.deepEqual(wrong("Ihre Bestellung ORD-3002 wurde am 2.12.2026 zugestellt."), []);
  assert.deepEqual(wrong("Votre commande ORD-2001 est en route, mais en retard."), []);
  assert.deepEqual(wrong("Votre commande ORD-1001 n'a pas encore été livrée."), []);
  assert.deepEqual(wrong("Ihre Bestellung ORD-1001 wurde noch nicht zugestellt."), []);
});

Deno.test("a lost parcel refunded is still lost, and never delivered", () => {
  const refunded = orderStateOf(
    { ...CAST_ORDERS["ORD-3001"], status: "refunded" },
    CAST_TRACKING["ORD-3001"] ?? null,
    FIXTURE_NOW,
  );
  assert.deepEqual([...allowedClaims(refunded)].sort(), ["lost", "shipped"]);
});
