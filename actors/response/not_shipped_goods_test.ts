import assert from "node:assert/strict";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import { notShippedGoods } from "./not_shipped_goods.ts";

function reply(text: string, who: "sarah" | "mike" = "sarah", order = "ORD-1003") {
  const context = castContext(who, { order });
  const msg = turnWith({ text, who, intent: intentOf("delivery_problem", text), context });
  return notShippedGoods(viewOf(msg, new Date(msg.created_at)), "friendly", context.order!);
}

Deno.test("a wrong size told of an order not sent is the size ordered, that line offered off", () => {
  // Talk47: was "nothing from it can have reached you" and what arrived asked.
  const d = reply("the shoes in 1003 - wrong size. can u sort");
  assert.equal(d?.template, "variant_remove");
  assert.doesNotMatch(d!.text, /can have reached you/);
  assert.deepEqual(d!.proposed_actions.map((a) => a.type), ["modify_items"]);
  // Said to have come: what arrived is asked, as before. ("I got the wrong size shoes" of an
  // order not sent is the size chosen: talk44.)
  assert.equal(
    reply("the shoes from 1003 arrived in the wrong size")?.template,
    "delivery_not_shipped",
  );
});

Deno.test("the wrong size chosen for an order not shipped: the order offered cancelled, nothing said to have come", () => {
  for (
    const text of [
      "I think I got the wrong size monitor",
      "oops i ordered the wrong size",
      "ugh i picked the wrong colour",
    ]
  ) {
    const d = reply(text, "mike", "ORD-2002");
    assert.ok(d, text);
    assert.equal(d.template, "variant_cancel", text);
    assert.doesNotMatch(d.text, /can have reached you/, text);
    assert.equal(d.proposed_actions[0]?.type, "cancel_order", text);
  }
  const came = reply("the monitor arrived in the wrong size", "mike", "ORD-2002");
  assert.equal(came?.template, "delivery_not_shipped");
});
