import assert from "node:assert/strict";
import { modifyOrder } from "./orders_change.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function reply(text: string, order: string) {
  const context = castContext("sarah", { order });
  const msg = turnWith({ text, who: "sarah", intent: intentOf("modify_order", text), context });
  return modifyOrder(viewOf(msg, new Date(msg.created_at)), "neutral");
}

Deno.test("'ok so what can i do' after a refused change of items lists what can be done", () => {
  for (const text of ["ok so what can i do", "what are my options then", "so what now?"]) {
    const d = reply(text, "ORD-1001");
    assert.equal(d.template, "modify_options", text);
    assert.match(d.text, /new order/);
    assert.match(d.text, /once it's delivered you can return/);
    assert.equal(d.proposed_actions.length, 0);
  }
  const delivered = reply("ok so what can i do", "ORD-1002");
  assert.match(delivered.text, /I can start a return of what you don't need \(you have until/);
  // The change itself asked again is refused as before.
  assert.equal(reply("add 2 bottles to ORD-1001", "ORD-1001").template, "modify_refused");
});
