import assert from "node:assert/strict";
import { goodsRefsIn, takenUpView } from "./taken_up.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import { deferredPicked } from "../../domain/deferred.ts";
import type { DeferredRequest } from "../../shared/protocol.ts";

const REFUND: DeferredRequest = {
  intent: "refund_request",
  order_id: "ORD-1002",
  text: "refund the frother on 1002",
  raised: true,
};

function yesTurn() {
  const msg = turnWith({
    text: "yes",
    who: "sarah",
    intent: intentOf("affirm", "yes"),
    context: castContext("sarah"),
  });
  return viewOf(msg, new Date(msg.created_at));
}

Deno.test("a change put off is taken up with the goods its own words named", () => {
  const v = takenUpView(yesTurn(), REFUND);
  assert.equal(v.intent, "refund_request");
  assert.deepEqual(v.entities.order_ids, ["ORD-1002"]);
  assert.deepEqual(v.entities.item_refs?.map((r) => r.name), ["frother"]);
  // A whole order's refund names no goods: none are read in.
  const whole = takenUpView(yesTurn(), { ...REFUND, text: "refund 1002" });
  assert.deepEqual(whole.entities.item_refs, []);
});

Deno.test("goods are read by a telling word of a line's name, not by any word", () => {
  const order = castContext("sarah").orders.find((o) => o.id === "ORD-1002")!;
  assert.deepEqual(goodsRefsIn("the frothers", order).map((r) => r.name), ["frother"]);
  assert.deepEqual(goodsRefsIn("refund the order please", order), []);
});

Deno.test("the change put off picked over the one waiting is known, unless goods are named", () => {
  const msg = turnWith({
    text: "actually just the refund, keep 1003",
    who: "sarah",
    intent: intentOf("refund_request", "actually just the refund", {
      source: "conversation",
      confirmation: "new_request",
    }),
    context: castContext("sarah"),
    session: {
      pending_action: {
        id: "p",
        action: {
          type: "cancel_order",
          order_id: "ORD-1003",
          params: {},
          requires_confirmation: true,
        },
        proposed_in: "m",
        expires_at: "2026-12-07T12:00:00Z",
        summary: "Cancel order ORD-1003",
      },
      dialogue: { focus: null, mentioned: [], unanswered: [], deferred: [REFUND] },
    },
  });
  msg.payload.intent!.withdraws_pending = true;
  msg.payload.intent!.entities.order_ids = ["ORD-1002"];
  assert.deepEqual(deferredPicked(msg), REFUND);
  msg.payload.intent!.entities.products = [{ sku: "KIT-0001", name: "Espresso Machine" }];
  assert.equal(deferredPicked(msg), null);
});
