import assert from "node:assert/strict";
import type { Intent } from "../../shared/protocol.ts";
import { castContext, decisionOf, entitiesIn, intentOf } from "../../tests/fixtures/turns.ts";
import { replyTo } from "../../tests/fixtures/replies.ts";

const FROTHER = { sku: "KIT-110", name: "Milk Frother" };
const KEYBOARD = { sku: "CMP-101", name: "Mechanical Keyboard" };

async function asked(
  text: string,
  who: "sarah" | "mike",
  order: string,
  products = [FROTHER],
  intent: Intent = "modify_order",
) {
  return await replyTo({
    text,
    who,
    intent: intentOf(intent, text, { entities: entitiesIn(text, { products }) }),
    context: castContext(who, { order }),
    decision: decisionOf("act"),
  });
}

Deno.test("a product the order does not hold is added to it: 'add a milk frother to order 1003'", async () => {
  const r = await asked("can you add a milk frother to order 1003?", "sarah", "ORD-1003");
  assert.equal(r.proposed_actions.length, 1, r.text);
  assert.equal(r.proposed_actions[0].type, "modify_items");
  assert.deepEqual(r.proposed_actions[0].params.items, [
    { sku: "KIT-110", quantity: 1, name: "Milk Frother", was: 0 },
  ]);
  assert.match(r.text, /add 1× Milk Frother/);
});

Deno.test("'add 2 milk frothers to my shoes order' adds frothers, the shoes only name the order", async () => {
  const r = await asked("i'd like to add 2 milk frothers to my shoes order", "sarah", "ORD-1003");
  const items = r.proposed_actions[0]?.params.items as { sku: string; quantity: number }[];
  assert.deepEqual(items.map((i) => [i.sku, i.quantity]), [["KIT-110", 2]], r.text);
  const k = await asked("can i add a keyboard to my monitor order", "mike", "ORD-2002", [KEYBOARD]);
  const added = k.proposed_actions[0]?.params.items as { sku: string; quantity: number }[];
  assert.deepEqual(added.map((i) => [i.sku, i.quantity]), [["CMP-101", 1]], k.text);
});

Deno.test("'replace the water bottles with a milk frother' on an order not shipped swaps the line", async () => {
  const r = await asked(
    "can you replace the water bottles with a milk frother on 1003",
    "sarah",
    "ORD-1003",
    [FROTHER],
    "delivery_problem",
  );
  const items = r.proposed_actions[0]?.params.items as { sku: string; quantity: number }[];
  assert.deepEqual(items.map((i) => [i.sku, i.quantity]), [["OUT-102", 0], ["KIT-110", 1]], r.text);
  assert.doesNotMatch(r.text, /nothing to (?:replace|send back)/);
});

Deno.test("a product only asked about beside another change is not added", async () => {
  const r = await asked(
    "can i add another water bottle to 1003? also is the milk frother in stock?",
    "sarah",
    "ORD-1003",
  );
  const items = (r.proposed_actions[0]?.params.items ?? []) as { sku: string }[];
  assert.ok(!items.some((i) => i.sku === "KIT-110"), r.text);
});

Deno.test("'change it to 2 monitors' on the monitor's order adds no Studio Monitor Headphones", async () => {
  const headphones = { sku: "AUD-104", name: "Studio Monitor Headphones" };
  const monitor = { sku: "CMP-103", name: "27-inch 4K Monitor" };
  const r = await asked("can I change it to 2 monitors instead?", "mike", "ORD-2002", [
    headphones,
    monitor,
  ]);
  assert.doesNotMatch(r.text, /Headphones/, r.text);
  const items = (r.proposed_actions[0]?.params.items ?? []) as { sku: string }[];
  assert.ok(!items.some((i) => i.sku === "AUD-104"), r.text);
});
