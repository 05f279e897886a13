import assert from "node:assert/strict";
import { changeAddress } from "./orders_change.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function reply(text: string, order: string) {
  const context = castContext("sarah", { order });
  const msg = turnWith({ text, who: "sarah", intent: intentOf("change_address", text), context });
  return changeAddress(viewOf(msg, new Date(msg.created_at)), "neutral");
}

Deno.test("'ok what can i do then' after a refused address change lists what can be done", () => {
  for (
    const text of [
      "ok what can i do then",
      "so what are my options",
      "well that's useless. what can i do now?",
    ]
  ) {
    const d = reply(text, "ORD-1001");
    assert.equal(d.template, "address_options", text);
    assert.match(d.text, /redirect it or hold it at a pickup point/);
    assert.match(d.text, /TRK\d{10}/);
    assert.match(d.text, /return it within 30 days/);
    assert.match(d.text, /colleague/);
    assert.equal(d.proposed_actions.length, 0);
  }
  const delivered = reply("what are my options", "ORD-1002");
  assert.equal(delivered.template, "address_options");
  assert.match(delivered.text, /start a return \(you have until/);
  // The change itself asked again is refused as before.
  assert.equal(reply("change the address on ORD-1001", "ORD-1001").template, "address_refused");
});
