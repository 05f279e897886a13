import assert from "node:assert/strict";
import type { Message } from "../../shared/protocol.ts";
import { speedsUpTheirOrders } from "./speed_up_all.ts";
import { castContext } from "../../tests/fixtures/turns.ts";

function msg(text: string, o: { orders?: number; guest?: boolean; intent?: string } = {}): Message {
  return {
    payload: {
      customer_message: { text },
      intent: { intent: o.intent ?? "shipping_options" },
      context: {
        guest: o.guest ?? false,
        orders: Array.from({ length: o.orders ?? 2 }, (_, i) => ({ id: `ORD-200${i + 1}` })),
      },
    },
  } as unknown as Message;
}

Deno.test("a speed-up asked of both or all their orders changes orders", () => {
  for (
    const t of ["expedite both my orders pls", "speed up all my orders", "can u rush both of them"]
  ) assert.ok(speedsUpTheirOrders(msg(t)), t);
});

Deno.test("a question about the speeds, one order, a guest or another intent is none", () => {
  assert.ok(!speedsUpTheirOrders(msg("how much is express for my orders?", { orders: 1 })));
  assert.ok(!speedsUpTheirOrders(msg("what shipping options do you have for orders")));
  assert.ok(!speedsUpTheirOrders(msg("expedite both my orders", { guest: true })));
  assert.ok(!speedsUpTheirOrders(msg("cancel both my orders", { intent: "cancel_order" })));
});

Deno.test("a speed-up of two orders named by their goods changes orders", () => {
  const text = "I would like to speed up my headphones order and my shoes order";
  const m = msg(text);
  m.payload.context = castContext("sarah");
  assert.ok(speedsUpTheirOrders(m));
  m.payload.customer_message.text = "can you speed up my headphones";
  assert.ok(!speedsUpTheirOrders(m));
});
