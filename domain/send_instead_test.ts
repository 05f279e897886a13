import assert from "node:assert/strict";
import { asksToSendInstead } from "./send_instead.ts";
import type { PendingAction } from "../shared/protocol.ts";

const pending = (type = "refund"): PendingAction => ({
  id: "p1",
  action: {
    type,
    order_id: "ORD-1002",
    params: { amount: 29, reason: "Wrong or missing item" },
    requires_confirmation: true,
  } as PendingAction["action"],
  proposed_in: "m0",
  summary: "Refund 29.00 USD of order ORD-1002",
  expires_at: "2026-03-01T13:00:00Z",
});

Deno.test("'yes send it' while a refund waits takes the goods instead", () => {
  assert.ok(asksToSendInstead("yes send it", pending()));
  assert.ok(asksToSendInstead("just send me one pls", pending()));
  assert.ok(asksToSendInstead("ok send them over", pending()));
});

Deno.test("the goods turned down, a question or another change waiting is not that", () => {
  assert.ok(!asksToSendInstead("no don't send it, refund me", pending()));
  assert.ok(!asksToSendInstead("will you send it today?", pending()));
  assert.ok(!asksToSendInstead("yes send it", pending("cancel_order")));
  assert.ok(!asksToSendInstead("yes please", pending()));
});

Deno.test("'can you send it?' or an exchange while a refund waits asks for the goods", () => {
  assert.ok(asksToSendInstead("can you send it?", pending()));
  assert.ok(asksToSendInstead("could u just send the right one?", pending()));
  assert.ok(asksToSendInstead("i want an exchange", pending()));
  assert.ok(asksToSendInstead("can i exchange it for the right one", pending()));
  assert.ok(asksToSendInstead("exchange pls", pending("return_item")));
  assert.ok(asksToSendInstead("swap it please", pending()));
});

Deno.test("a question about sending, an exchange rate or an exchange refused is not that", () => {
  assert.ok(!asksToSendInstead("can you send it to my work address?", pending()));
  assert.ok(!asksToSendInstead("what's the exchange rate for the refund", pending()));
  assert.ok(!asksToSendInstead("no i don't want an exchange, refund me", pending()));
  assert.ok(!asksToSendInstead("i want an exchange", pending("cancel_order")));
  assert.ok(!asksToSendInstead("can you send it?", pending("return_item")));
});

Deno.test("'can you send me the case?' while a refund for a missing part waits asks for the goods", () => {
  assert.ok(asksToSendInstead("can you send me the case?", pending()));
  assert.ok(asksToSendInstead("could you just send the lid instead", pending()));
  assert.ok(asksToSendInstead("pls send me the missing part", pending()));
  assert.ok(!asksToSendInstead("can you send me the invoice?", pending()));
  assert.ok(!asksToSendInstead("can you send the tracking link", pending()));
  assert.ok(!asksToSendInstead("can you not send the case", pending()));
  assert.ok(!asksToSendInstead("can you send me the case?", pending("cancel_order")));
});

Deno.test("'can't you just send the missing one?' while a refund waits takes the goods instead", () => {
  assert.ok(asksToSendInstead("can't you just send the missing one?", pending()));
  assert.ok(asksToSendInstead("why cant you just send me the missing part", pending()));
  assert.ok(asksToSendInstead("couldn't you send the right one?", pending()));
  assert.ok(!asksToSendInstead("can't you send the invoice?", pending()));
});
