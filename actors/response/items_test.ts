import assert from "node:assert/strict";
import { countOverLimit, itemChanges, namedItem } from "./items.ts";
import { type TurnView, viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const context = castContext("sarah", { order: "ORD-1003" });
function change(text: string) {
  const msg = turnWith({ text, who: "sarah", intent: intentOf("modify_order", text), context });
  return itemChanges(viewOf(msg, new Date(msg.created_at)), context.order!);
}

Deno.test("a change by count is relative to what the order has: another, two more, one less", () => {
  assert.deepEqual(change("add another pair of running shoes to ORD-1003")?.items, [
    { sku: "OUT-101", quantity: 2 },
  ]);
  assert.deepEqual(change("two more water bottles please")?.items, [
    { sku: "OUT-102", quantity: 4 },
  ]);
  assert.deepEqual(change("one less water bottle")?.items, [{ sku: "OUT-102", quantity: 1 }]);
  assert.deepEqual(change("make it 3 bottles")?.items, [{ sku: "OUT-102", quantity: 3 }]);
  assert.deepEqual(change("just 1 more water bottle")?.items, [{ sku: "OUT-102", quantity: 3 }]);
  assert.deepEqual(change("remove the water bottles")?.items, [{ sku: "OUT-102", quantity: 0 }]);
  assert.equal(change("change the shoes size to 9"), null);
});

Deno.test("a misspelt item is matched to the order's line, not to the item naming the order", () => {
  assert.deepEqual(change("add another water botle to my shoes order")?.items, [
    { sku: "OUT-102", quantity: 3 },
  ]);
  assert.deepEqual(change("one more pair of shose")?.items, [{ sku: "OUT-101", quantity: 2 }]);
  assert.deepEqual(change("remove the water one")?.items, [{ sku: "OUT-102", quantity: 0 }]);
});

Deno.test("while a change of items waits, a new count or the item meant corrects it", () => {
  const waiting = (items: { sku: string; quantity: number }[], text: string) => {
    const msg = turnWith({
      text,
      who: "sarah",
      intent: intentOf("modify_order", text, { confirmation: "new_request" }),
      context,
      session: {
        pending_action: pendingOf({
          type: "modify_items",
          order_id: "ORD-1003",
          params: { items },
          requires_confirmation: true,
        }),
      },
    });
    return itemChanges(viewOf(msg, new Date(msg.created_at)), context.order!);
  };
  assert.deepEqual(waiting([{ sku: "OUT-102", quantity: 1 }], "actually make it 4")?.items, [
    { sku: "OUT-102", quantity: 4 },
  ]);
  assert.deepEqual(
    waiting([{ sku: "OUT-101", quantity: 0 }], "no wait, I meant the bottles")?.items,
    [{ sku: "OUT-102", quantity: 0 }],
  );
  // "Just 1 more" while one more bottle waits is the same change — never "from 2 to 1".
  assert.deepEqual(waiting([{ sku: "OUT-102", quantity: 3 }], "just 1 more")?.items, [
    { sku: "OUT-102", quantity: 3 },
  ]);
});

Deno.test("a colour named is a variant the store does not change", () => {
  assert.equal(change("can i get the blue water bottle instead of the black one"), null);
});

Deno.test("two lines changed in one message are one change of both", () => {
  assert.deepEqual(change("add a second pair of shoes to 1003 and make the bottles 3")?.items, [
    { sku: "OUT-101", quantity: 2 },
    { sku: "OUT-102", quantity: 3 },
  ]);
  assert.deepEqual(change("make the bottles 3")?.items, [{ sku: "OUT-102", quantity: 3 }]);
});

Deno.test("an order named by its goods with no change asked names no item of it", () => {
  const named = (text: string) => {
    const msg = turnWith({ text, who: "sarah", intent: intentOf("modify_order", text), context });
    return namedItem(viewOf(msg, new Date(msg.created_at)), context.order!)?.sku ?? null;
  };
  // "The shoe order" is the order: which of its items is asked, not how many shoes.
  assert.equal(named("can i still change whats in the shoe order?"), null);
  assert.equal(named("add 2 more to my water bottle order"), "OUT-102");
  assert.equal(named("more water bottles in my shoes order"), "OUT-102");
  assert.equal(named("can I change the water bottles"), "OUT-102");
});

Deno.test("a count over what one line can have is told, not dropped", () => {
  const over = (value: number) =>
    ({
      entities: {
        order_ids: [],
        tracking_numbers: [],
        emails: [],
        amounts: [],
        dates: [],
        quantities: [{ value, item: "water bottles" }],
        products: [],
      },
    }) as unknown as TurnView;
  assert.equal(countOverLimit(over(50)), 50);
  assert.equal(countOverLimit(over(20)), null);
  assert.equal(countOverLimit(over(2026)), null, "a year is no count");
});

Deno.test("the line kept is not the one removed; 'the bottles from my order' names no order", () => {
  const bottlesGo = [{ sku: "OUT-102", quantity: 0 }];
  assert.deepEqual(
    change(
      "Could you please remove the water bottles from my order that hasn't shipped? I only want the shoes.",
    )?.items,
    bottlesGo,
  );
  assert.deepEqual(change("keep the shoes but drop the water bottles")?.items, bottlesGo);
  assert.deepEqual(change("take the bottles out of my shoe order")?.items, bottlesGo);
});

Deno.test("of several requests, the item is the one the change's own part names", () => {
  const text = "where are my shoes? also can i add another bottle to that one";
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("modify_order", text, {
      requests: [
        {
          intent: "order_status",
          confidence: 0.75,
          text: "where are my shoes?",
          start: 0,
          end: 19,
        },
        {
          intent: "modify_order",
          confidence: 0.5,
          text: "can i add another bottle to that one",
          start: 25,
          end: text.length,
        },
      ],
    }),
    context,
  });
  const v = {
    ...viewOf(msg, new Date(msg.created_at)),
    text: "can i add another bottle to that one",
  };
  assert.deepEqual(itemChanges(v, context.order!)?.items, [{ sku: "OUT-102", quantity: 3 }]);
});

Deno.test("'(the shoes one)' names the order in a part adding a bottle, not the item", () => {
  const part = "I'd like to add one more water bottle to my other order (the shoes one)";
  const text = `when will my headphones arrive? Also, ${part}`;
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("order_status", text, {
      requests: [
        {
          intent: "order_status",
          confidence: 0.5,
          text: "when will my headphones arrive?",
          start: 0,
          end: 31,
        },
        { intent: "modify_order", confidence: 0.8, text: part, start: 38, end: text.length },
      ],
    }),
    context,
  });
  const v = { ...viewOf(msg, new Date(msg.created_at)), text: part };
  assert.deepEqual(itemChanges(v, context.order!)?.items, [{ sku: "OUT-102", quantity: 3 }]);
});

Deno.test("'take one bottle off' is one fewer, not the line removed", () => {
  assert.deepEqual(change("heyy can u take one bottle off my shoe order")?.items, [
    { sku: "OUT-102", quantity: 1 },
  ]);
});

Deno.test("'remove one of the bottles and the shoes': the verb carries to the goods after it", () => {
  const both = [{ sku: "OUT-102", quantity: 1 }, { sku: "OUT-101", quantity: 0 }];
  assert.deepEqual(change("remove one of the bottles and the shoes from ORD-1003")?.items, both);
  assert.deepEqual(change("take the shoes and one bottle off 1003")?.items, [
    { sku: "OUT-101", quantity: 0 },
    { sku: "OUT-102", quantity: 1 },
  ]);
  // A clause of its own is no goods carried: the shoes are kept.
  const kept = change("remove the bottles but i want the shoes")?.items ?? [];
  assert.ok(!kept.some((it) => it.sku === "OUT-101"));
});

Deno.test("'remove a bottle' takes one off, not the whole line", () => {
  assert.deepEqual(change("remove a bottle from 1003")?.items, [{ sku: "OUT-102", quantity: 1 }]);
  assert.deepEqual(change("remove the bottles from 1003")?.items, [
    { sku: "OUT-102", quantity: 0 },
  ]);
});

Deno.test("'yes and the shoes too' while the bottles' removal waits removes both", () => {
  const text = "yes and the shoes too";
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("modify_order", text),
    context,
    session: {
      pending_action: pendingOf({
        type: "modify_items",
        order_id: "ORD-1003",
        params: { items: [{ sku: "OUT-102", quantity: 0 }] },
        requires_confirmation: true,
      }),
    },
  });
  const v: TurnView = viewOf(msg, new Date(msg.created_at));
  assert.deepEqual(itemChanges(v, context.order!)?.items, [
    { sku: "OUT-102", quantity: 0 },
    { sku: "OUT-101", quantity: 0 },
  ]);
});
