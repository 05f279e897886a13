import assert from "node:assert/strict";
import { narrowsCancel } from "./pending_cancel_items.ts";
import { extractEntities } from "./entities.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const NOW = new Date("2026-03-01T12:00:00Z");
const pending = (type = "cancel_order"): PendingAction => ({
  id: "p1",
  action: {
    type,
    order_id: "ORD-1003",
    params: {},
    requires_confirmation: true,
  } as PendingAction["action"],
  proposed_in: "m0",
  summary: "Cancel order ORD-1003",
  expires_at: "2026-03-01T13:00:00Z",
});
const narrows = (text: string, denied = false, p = pending()) =>
  narrowsCancel(text, extractEntities(text, { now: NOW }), p, denied);

Deno.test("items named while the whole order's cancellation waits narrow it to them", () => {
  assert.ok(narrows("ok cancel the shoes then"));
  assert.ok(narrows("actually just the shoes"));
  assert.ok(narrows("no, only the water bottles", true));
});

Deno.test("a no, a spared item, a question or another change is left to the confirmation", () => {
  assert.ok(!narrows("no, don't cancel the shoes", true));
  assert.ok(!narrows("no the shoes", true));
  assert.ok(!narrows("keep the shoes"));
  assert.ok(!narrows("will the shoes be refunded too?"));
  assert.ok(!narrows("yes please"));
  assert.ok(!narrows("yes but change the address instead"));
  assert.ok(!narrows("refund the shoes"));
  assert.ok(!narrows("the shoes", false, pending("return_item")));
});

Deno.test("items said to go too narrow nothing: the whole order's cancellation takes them", () => {
  assert.equal(narrows("But please make sure the water bottles go too"), false);
  assert.equal(narrows("the bottles as well"), false);
  assert.equal(narrows("dont forget the shoes"), false);
  assert.ok(narrows("ok cancel just the shoes too"));
});
