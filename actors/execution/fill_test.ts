/**
 * A proposal is filled with what the customer said in the same message: the new address,
 * their reason, the time for a call back; what the proposal carries already is kept.
 */
import assert from "node:assert/strict";
import { fillFromMessage } from "./fill.ts";
import { createMessage, Message, type ProposedAction } from "../../shared/protocol.ts";

function msgOf(text: string, dates: { text: string; iso: string }[] = []): Message {
  const m = createMessage({ text, conversationId: "c-1", now: new Date("2026-11-25T12:00:00Z") });
  return Message.parse({
    ...m,
    payload: {
      ...m.payload,
      intent: {
        intent: "change_address",
        confidence: 0.9,
        source: "classifier",
        entities: { dates },
      },
      context: {
        guest: false,
        customer: {
          id: "CUST-0001",
          email: "sarah.chen@example.com",
          name: "Sarah Chen",
          tier: "gold",
        },
        orders: [],
        order: null,
        order_lookup: "none",
        tracking: null,
        risk: { level: "low", reasons: [] },
        summary: "",
      },
    },
  });
}

const action = (
  type: ProposedAction["type"],
  params: Record<string, unknown> = {},
): ProposedAction => ({
  type,
  order_id: "ORD-1003",
  params,
  requires_confirmation: true,
});

Deno.test("a change of address without one takes the address written in the message", () => {
  const filled = fillFromMessage(
    action("change_address"),
    msgOf("change the address on ORD-1003 to 22 Baker Street, London NW1 6XE"),
  );
  assert.deepEqual(filled.params.address, {
    name: "Sarah Chen",
    line1: "22 Baker Street",
    line2: null,
    city: "London",
    region: null,
    postcode: "NW1 6XE",
    country: "GB",
  });
});

Deno.test("an address the proposal carries is kept, and none is made up from a partial one", () => {
  const given = { name: "Sarah Chen", line1: "1 A St", city: "X", postcode: "1", country: "US" };
  const kept = fillFromMessage(
    action("change_address", { address: given }),
    msgOf("to 22 Baker Street, London NW1 6XE"),
  );
  assert.deepEqual(kept.params.address, given);
  const partial = fillFromMessage(action("change_address"), msgOf("to 22 Baker Street"));
  assert.equal(partial.params.address, undefined);
});

Deno.test("the customer's reason replaces a generic one and never one they gave", () => {
  const text = "cancel ORD-1003 because I found it cheaper elsewhere";
  assert.equal(
    fillFromMessage(action("cancel_order", { reason: "Customer request in chat" }), msgOf(text))
      .params.reason,
    "I found it cheaper elsewhere",
  );
  assert.equal(
    fillFromMessage(action("return_item", { reason: "Arrived damaged" }), msgOf(text)).params
      .reason,
    "Arrived damaged",
  );
});

Deno.test("a call back takes the time given in the message", () => {
  const filled = fillFromMessage(
    action("schedule_callback"),
    msgOf("call me tomorrow", [{ text: "tomorrow", iso: "2026-11-26T09:00:00Z" }]),
  );
  assert.equal(filled.params.at, "2026-11-26T09:00:00.000Z");
});

Deno.test("a whole order's change keeps its goods; a change of some lines keeps its own", () => {
  const m = msgOf("cancel 1003");
  m.payload.context!.orders = [
    {
      id: "ORD-1003",
      status: "processing",
      placed_at: "2026-11-24T12:00:00Z",
      total: 192,
      currency: "USD",
      items: [
        { sku: "OUT-101", name: "Trail Running Shoes", quantity: 1, price: 124 },
        { sku: "OUT-102", name: "Insulated Water Bottle", quantity: 2, price: 34 },
      ],
      tracking_number: null,
    } as NonNullable<Message["payload"]["context"]>["orders"][number],
  ];
  assert.deepEqual(fillFromMessage(action("cancel_order"), m).params.goods, ["OUT-101", "OUT-102"]);
  const part = action("return_item", { items: [{ sku: "OUT-101", quantity: 1 }] });
  assert.equal(fillFromMessage(part, m).params.goods, undefined);
  assert.equal(fillFromMessage(action("modify_items"), m).params.goods, undefined);
});
