import assert from "node:assert/strict";
import { aboutSeveralOrders, otherOrdersInTransit } from "./other_parcels.ts";
import { CAST_ORDERS, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function about(text: string, requests = 1): boolean {
  const intent = intentOf("order_status", text, {
    requests: Array.from({ length: requests }, (_, i) => ({
      intent: i === 0 ? "order_status" as const : "cancel_order" as const,
      confidence: 0.9,
      text,
      start: 0,
      end: text.length,
    })),
  });
  return aboutSeveralOrders(turnWith({ text, who: "mike", intent }));
}

Deno.test("a message of several requests, several orders or 'both' is about several orders", () => {
  assert.equal(about("where is my keyboard? also pls cancel 2002", 2), true);
  assert.equal(about("refund both"), true);
  assert.equal(about("one never came and the other came smashed"), true);
  assert.equal(about("where are ORD-2001 and ORD-2002"), true);
  assert.equal(about("where is my keyboard"), false);
});

Deno.test("the other orders in transit leave out the order in question and delivered ones", () => {
  const orders = Object.values(CAST_ORDERS);
  const ids = (o: ReturnType<typeof otherOrdersInTransit>) => o.map((x) => x.id).sort();
  const others = otherOrdersInTransit(orders, CAST_ORDERS["ORD-2002"]);
  assert.ok(others.length <= 2);
  for (const o of others) {
    assert.equal(o.status, "shipped");
    assert.ok(o.tracking_number);
  }
  assert.ok(!ids(otherOrdersInTransit(orders, CAST_ORDERS["ORD-2001"])).includes("ORD-2001"));
  assert.ok(!ids(otherOrdersInTransit(orders, null)).includes("ORD-1002"), "delivered");
});

Deno.test("a yes to a request put off about another order is about that order too", () => {
  const deferred = [{
    intent: "delivery_problem" as const,
    order_id: "ORD-3001",
    text: "when will the robot vacuum finally arrive?",
    raised: true,
  }];
  const yes = (raised: boolean) =>
    aboutSeveralOrders(turnWith({
      text: "yes",
      who: "emma",
      intent: "affirm",
      session: {
        turn: 2,
        pending_action: null,
        dialogue: {
          focus: null,
          mentioned: [],
          unanswered: [],
          deferred: deferred.map((d) => ({ ...d, raised })),
        },
      },
    }));
  assert.equal(yes(true), true);
  assert.equal(yes(false), false);
});
