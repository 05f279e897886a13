import assert from "node:assert/strict";
import { pushbackReading } from "./pushback_reading.ts";
import { intentOf, pendingOf } from "../../tests/fixtures/turns.ts";

const afterNo = {
  pending_action: null,
  last_intent: "cancel_order",
  last_order_id: "ORD-1001",
} as const;

Deno.test("a push right after a refused change is that change again, about the same order", () => {
  const cases: [string, Parameters<typeof intentOf>[0]][] = [
    ["I insist", "other"],
    ["but pleeease", "other"],
    ["come on, I've been a customer for years", "complaint"],
    ["fine, then what CAN you do?", "small_talk"],
    ["its only one day late, come on", "delivery_problem"],
  ];
  for (const [text, read] of cases) {
    const r = pushbackReading(intentOf(read, text, { confidence: 0.7 }), text, afterNo);
    assert.equal(r.intent, "cancel_order", text);
    assert.deepEqual(r.entities.order_ids, ["ORD-1001"], text);
    assert.equal(r.source, "conversation", text);
  }
});

Deno.test("'I insist. Change it.' presses an address change, not a change of items", () => {
  const session = { ...afterNo, last_intent: "change_address" } as const;
  const text = "I insist. Change it.";
  const r = pushbackReading(intentOf("modify_order", text, { confidence: 0.8 }), text, session);
  assert.equal(r.intent, "change_address");
});

Deno.test("no push is read with a change waiting, a person asked, another order or no refusal", () => {
  const read = (text: string, session: Parameters<typeof pushbackReading>[2]) =>
    pushbackReading(intentOf("other", text, { confidence: 0.5 }), text, session).intent;
  const waiting = {
    ...afterNo,
    pending_action: pendingOf({
      type: "cancel_order",
      order_id: "ORD-1003",
      requires_confirmation: true,
    }),
  };
  assert.equal(read("I insist", waiting), "other");
  assert.equal(read("I insist, get me a manager", afterNo), "other");
  assert.equal(read("please, what about ORD-1002", afterNo), "other");
  assert.equal(read("I insist", { ...afterNo, last_intent: "order_status" }), "other");
  assert.equal(read("where is it now?", afterNo), "other");
  const returning = pushbackReading(
    intentOf("return_item", "come on, can I return it", { confidence: 0.9 }),
    "come on, can I return it",
    afterNo,
  );
  assert.equal(returning.intent, "return_item");
});
