import assert from "node:assert/strict";
import { castContext, intentOf } from "../../tests/fixtures/turns.ts";
import { replyTo } from "../../tests/fixtures/replies.ts";

function asked(text: string, why: "focus" | "explicit") {
  const context = castContext("mike", { order: "ORD-2001" });
  context.focus = { order_id: "ORD-2001", why };
  return replyTo({ text, who: "mike", intent: intentOf("payment_issue", text), context });
}

Deno.test("'and the payment?' with the paid keyboard in focus is the unpaid monitor's payment", async () => {
  const r = await asked("and the payment?", "focus");
  assert.match(r.text, /payment for order ORD-2002/, r.text);
  assert.doesNotMatch(r.text, /tell me the order number/);
});

Deno.test("a payment question naming the paid order itself stays about that order", async () => {
  const r = await asked("was ORD-2001 paid?", "explicit");
  assert.doesNotMatch(r.text, /ORD-2002/, r.text);
});
