import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { insistsAfterNo } from "./insists.ts";
import {
  castContext,
  intentOf,
  pendingOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";
import type { Intent, SentimentEnrichment } from "../../shared/protocol.ts";

function pressed(
  text: string,
  o: { intent?: Intent; order?: string; last?: Intent; sentiment?: SentimentEnrichment } = {},
) {
  const intent = o.intent ?? "cancel_order";
  const order = o.order ?? "ORD-1001";
  return turnWith({
    text,
    who: "sarah",
    at: "decision_router",
    sentiment: o.sentiment ?? sentimentOf("neutral"),
    intent: intentOf(intent, text, {
      source: "conversation",
      entities: { ...intentOf(intent).entities, order_ids: [order] },
    }),
    context: castContext("sarah", { order }),
    session: { last_intent: o.last ?? intent, last_order_id: order },
  });
}

Deno.test("'I insist' on a change the rules refuse brings a person in, with the refusal as reason", () => {
  for (
    const text of ["I insist", "seriously?? just cancel it", "this is ridiculous", "i mean it"]
  ) {
    const d = decide(pressed(text));
    assert.equal(d.action, "handoff", text);
    assert.match(
      d.reasons.join(";"),
      /insists after the store's no: cancel_order of ORD-1001 \(already_shipped\)/,
    );
    assert.notEqual(d.priority, "low");
  }
});

Deno.test("a calm plea is answered; an angry one is handed over", () => {
  assert.notEqual(decide(pressed("but please")).action, "handoff");
  assert.equal(insistsAfterNo(pressed("but please")), null);
  const angry = sentimentOf("negative", { urgency: "high" });
  assert.ok(insistsAfterNo(pressed("I've been a customer for years!!", { sentiment: angry })));
});

Deno.test("no insistence without a refusal to press: an allowed change, another topic before", () => {
  assert.equal(insistsAfterNo(pressed("I insist", { order: "ORD-1003" })), null);
  assert.equal(insistsAfterNo(pressed("I insist", { last: "order_status" })), null);
});

Deno.test("an insistence while the refusal's offer waits presses the refused change", () => {
  const offer = pendingOf({
    type: "return_item",
    order_id: "ORD-1002",
    requires_confirmation: true,
  });
  const msg = (text: string, confirmation?: "affirm" | "unclear") =>
    turnWith({
      text,
      who: "sarah",
      at: "decision_router",
      intent: intentOf("other", text, {
        confirmation: confirmation ?? "unclear",
        entities: { ...intentOf("other").entities, order_ids: ["ORD-1002"] },
      }),
      context: castContext("sarah", { order: "ORD-1002" }),
      session: { last_intent: "cancel_order", last_order_id: "ORD-1002", pending_action: offer },
    });
  assert.match(
    insistsAfterNo(msg("I insist")) ?? "",
    /cancel_order of ORD-1002 \(already_delivered\)/,
  );
  assert.equal(insistsAfterNo(msg("I insist", "affirm")), null);
  assert.equal(insistsAfterNo(msg("how long does the return take?")), null);
});
