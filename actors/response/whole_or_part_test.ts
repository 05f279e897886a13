import assert from "node:assert/strict";
import { wholeOrPart } from "./whole_or_part.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const context = castContext("sarah", { order: "ORD-1003" });
const cancel = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

function answer(text: string, pending_action = cancel) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("cancel_order", text, { confirmation: "unclear" }),
    context,
    session: { pending_action },
  });
  return wholeOrPart(viewOf(msg, new Date(msg.created_at)), "neutral");
}

Deno.test("'does that cancel the whole thing or just the bottles?' says it is the whole order", () => {
  const d = answer("wait, does that cancel the whole thing or just the water bottles?");
  assert.match(d?.text ?? "", /whole order ORD-1003 — the Trail Running Shoes and 2× Insulated/);
  assert.match(d?.text ?? "", /take off 2× Insulated Water Bottle instead/);
  assert.deepEqual(d?.proposed_actions ?? [], []);
  assert.match(
    answer("is that everything or only the shoes?")?.text ?? "",
    /Trail Running Shoes instead/,
  );
});

Deno.test("other questions, or a change of items waiting, are not this answer", () => {
  assert.equal(answer("how long does the refund take?"), null);
  const items = pendingOf({
    type: "modify_items",
    order_id: "ORD-1003",
    params: { items: [{ sku: "OUT-102", quantity: 0 }] },
    requires_confirmation: true,
  });
  assert.equal(answer("the whole thing or just the bottles?", items), null);
});
