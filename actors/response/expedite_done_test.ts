import assert from "node:assert/strict";
import { shippingOptions } from "./info.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function reply(text: string, who: "emma" | "sarah", order?: string) {
  const msg = turnWith({
    text,
    who,
    intent: intentOf("shipping_options", text),
    context: castContext(who, order ? { order } : {}),
  });
  return shippingOptions(viewOf(msg, FIXTURE_NOW), "friendly");
}

Deno.test("a speed-up of a delivered order says it arrived, not the price list of speeds", () => {
  const named = reply("can you expedite ORD-3002", "emma", "ORD-3002");
  assert.equal(named.template, "expedite_refused");
  assert.match(named.text, /ORD-3002 was already delivered/);
  assert.doesNotMatch(named.text, /overnight|business days/);
  assert.deepEqual(named.proposed_actions, []);
  // Named by its goods: the same.
  assert.match(reply("speed up my mixer order pls", "emma").text, /ORD-3002 was already delivered/);
  // An order still to come is offered the upgrade, as before.
  const open = reply("speed up ORD-1003", "sarah", "ORD-1003");
  assert.notEqual(open.template, "expedite_refused");
});
