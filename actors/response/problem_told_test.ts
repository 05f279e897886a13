/**
 * A problem described, not a remedy named (talk34): goods unlike what was expected are a
 * free return of those goods; goods told missing are the lines missing (asked when unsaid);
 * a refund offered for one item keeps that item; a replacement for an item told missing
 * tells the store it was missing.
 */
import assert from "node:assert/strict";
import type { Dialogue } from "../../shared/protocol.ts";
import { castContext, pendingOf } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const sarah = (
  text: string,
  intent: "delivery_problem" | "refund_request" = "delivery_problem",
) => ({ text, who: "sarah" as const, intent, decision: "act" as const });
const ctx = castContext("sarah", { order: "ORD-1002" });

Deno.test("goods too small or unlike the picture are a free return of them, not a parcel to look for", async () => {
  const small = await reply({ ...sarah("the frother that came is way too small"), context: ctx });
  assert.equal(small.template, "goods_unlike_return");
  assert.doesNotMatch(small.text, /neighbours|safe place/);
  assert.match(small.text, /free return of the Milk Frother/);
  assert.match(small.text, /29\.00 USD/);
  assert.equal(small.proposed_actions[0].type, "return_item");
  assert.equal(small.proposed_actions[0].params.reason, "Does not fit");
  assert.deepEqual(small.proposed_actions[0].params.items, [{ sku: "KIT-110", quantity: 1 }]);
  const looks = await reply({
    ...sarah("the espresso machine looks nothing like the picture tbh"),
    context: ctx,
  });
  assert.equal(looks.proposed_actions[0].params.reason, "Not as described");
  assert.deepEqual(looks.proposed_actions[0].params.items, [{ sku: "KIT-101", quantity: 1 }]);
});

Deno.test("'only got the espresso machine' is the frother missing; 'half the stuff is missing' asks which", async () => {
  const only = await reply({
    ...sarah("only got the espresso machine, where's the frother??"),
    context: ctx,
  });
  assert.match(only.text, /Milk Frother should have been in order ORD-1002/);
  assert.equal(only.proposed_actions[0].type, "refund");
  assert.equal(only.proposed_actions[0].params.amount, 29);
  assert.deepEqual(only.proposed_actions[0].params.items, [{ sku: "KIT-110", quantity: 1 }]);
  const half = await reply({
    ...sarah("the box came open and half the stuff is missing"),
    context: ctx,
  });
  assert.equal(half.template, "delivery_missing_which");
  assert.deepEqual(half.proposed_actions, []);
  assert.match(half.text, /Which of them is missing\?/);
  assert.equal(half.asks?.slot, "items");
  assert.equal(half.asks?.intent, "delivery_problem");
  // "The frother" next: the frother's refund, read with the report it answers.
  const dialogue: Dialogue = {
    focus: { order_id: "ORD-1002", why: "state" },
    mentioned: ["ORD-1002"],
    unanswered: [],
    asked: half.asks,
  };
  const answer = await reply({ ...sarah("the frother"), context: ctx, session: { dialogue } });
  assert.equal(answer.proposed_actions[0].type, "refund");
  assert.equal(answer.proposed_actions[0].params.amount, 29);
  assert.equal(answer.proposed_actions[0].params.reason, "Missing item");
});

Deno.test("'no I want my money back' to one item's refund keeps that item", async () => {
  const pending = pendingOf({
    type: "refund",
    order_id: "ORD-1002",
    requires_confirmation: true,
    params: { amount: 29, reason: "Does not work", items: [{ sku: "KIT-110", quantity: 1 }] },
  });
  const r = await reply({
    ...sarah("no I want my money back", "refund_request"),
    context: ctx,
    session: { pending_action: pending },
  });
  assert.equal(r.proposed_actions[0].type, "refund");
  assert.equal(r.proposed_actions[0].params.amount, 29);
  assert.match(r.text, /refund 29\.00 USD for the Milk Frother/);
});

Deno.test("a replacement of an item told missing a turn before tells the store it was missing", async () => {
  const pending = pendingOf({
    type: "refund",
    order_id: "ORD-1002",
    requires_confirmation: true,
    params: { amount: 29, reason: "Missing item", items: [{ sku: "KIT-110", quantity: 1 }] },
  });
  const r = await reply({
    ...sarah("can you send it"),
    context: ctx,
    session: { pending_action: pending },
  });
  assert.equal(r.proposed_actions[0].type, "replacement");
  assert.equal(r.proposed_actions[0].params.reported_issue, "missing_item");
});

Deno.test("of goods told unlike, the one told of is returned: the frother, not the machine beside it", async () => {
  for (
    const text of [
      "frother doesnt fit under the machine's steam wand, its too tall",
      "The espresso machine is fine but the milk frother feels really cheap and flimsy. What are my options?",
    ]
  ) {
    const r = await reply({ ...sarah(text), context: ctx });
    assert.deepEqual(r.proposed_actions[0].params.items, [{ sku: "KIT-110", quantity: 1 }], text);
    assert.doesNotMatch(r.text, /from order ORD-1002 from order/);
  }
});

Deno.test("a replacement asked a turn after a fault was told tells the store it does not work", async () => {
  const dialogue: Dialogue = {
    focus: { order_id: "ORD-1002", why: "product" },
    mentioned: ["ORD-1002"],
    unanswered: [],
    reported: { order_id: "ORD-1002", problem: "faulty" },
  };
  const r = await reply({
    ...sarah("can you send me a new one"),
    context: ctx,
    session: { dialogue },
  });
  assert.equal(r.proposed_actions[0].type, "replacement");
  assert.equal(r.proposed_actions[0].params.reason, "Does not work");
  assert.match(r.text, /Since it's faulty/);
});

Deno.test("the wrong model of one item names that item, not the whole order", async () => {
  const r = await reply({
    ...sarah("the frother i got is the wrong model, i ordered the stainless one"),
    context: ctx,
  });
  assert.match(
    r.text,
    /The Milk Frother in order ORD-1002 should have been exactly what you ordered/,
  );
  assert.doesNotMatch(r.text, /exactly what you ordered \(Espresso Machine and Milk Frother\)/);
  assert.equal(r.proposed_actions[0].params.amount, 29);
});

Deno.test("'my espresso machine came a week late' is no parcel to look for: a free return if no use now", async () => {
  const r = await reply({ ...sarah("my espresso machine came a week late"), context: ctx });
  assert.equal(r.template, "delivery_arrived_late");
  assert.doesNotMatch(r.text, /neighbours|safe place/);
  assert.match(r.text, /later than you needed/);
  assert.equal(r.proposed_actions[0].type, "return_item");
  assert.equal(r.proposed_actions[0].params.reason, "Arrived too late");
  assert.deepEqual(r.proposed_actions[0].params.items, [{ sku: "KIT-101", quantity: 1 }]);
  assert.match(r.text, /free return of the Espresso Machine from order ORD-1002/);
});
