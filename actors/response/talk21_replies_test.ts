import assert from "node:assert/strict";
import { type TurnView, viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { Draft } from "./view.ts";
import { variantSwap } from "./variant_swap.ts";
import { allRemoved } from "./remove_all.ts";
import { backToNow } from "./items_pending.ts";
import { keepGivenAddress } from "./address_kept.ts";
import { detailFirst } from "./detail_first.ts";
import { spentReply } from "./orders_spent.ts";
import { ordersListReply } from "./orders_list.ts";
import { itemChanges } from "./items.ts";
import { noReturnFor } from "./after_delivery.ts";
import { alternativeFor } from "./alternatives.ts";
import { canChange } from "../../domain/eligibility.ts";

const sarah = castContext("sarah", { order: "ORD-1003" });

function view(
  text: string,
  opts: {
    intent?: string;
    withdrawn?: boolean;
    pending?: unknown;
    who?: "sarah" | "mike" | "emma";
    order?: string;
  } = {},
): TurnView {
  const who = opts.who ?? "sarah";
  const context = castContext(who, opts.order ? { order: opts.order } : {});
  const msg = turnWith({
    text,
    who,
    intent: intentOf((opts.intent ?? "modify_order") as never, text, {
      ...(opts.withdrawn ? { withdraws_pending: true, confirmation: "new_request" } : {}),
    }),
    context,
    ...(opts.pending ? { session: { pending_action: pendingOf(opts.pending as never) } } : {}),
  });
  return viewOf(msg, new Date(msg.created_at));
}

const changes = (d: Draft | null) => d?.proposed_actions.map((a) => [a.type, a.params]) ?? null;

Deno.test("a size swap takes that item off the order (the rest kept), for a yes", () => {
  const v = view("hi! i ordered the wrong size shoes, can i swap them for a 9?");
  const d = variantSwap(v, "friendly", sarah.order!);
  assert.deepEqual(changes(d), [[
    "modify_items",
    { items: [{ sku: "OUT-101", quantity: 0, name: "Trail Running Shoes", was: 1 }] },
  ]]);
  assert.match(d!.text, /size or colour/);
  assert.match(d!.text, /cancel the whole order/);
  // Nothing of a variant asked: no swap.
  assert.equal(variantSwap(view("add another water bottle"), "friendly", sarah.order!), null);
});

Deno.test("every item removed is the order's cancellation, not 'which item?'", () => {
  for (
    const text of ["remove the shoes and the bottles from 1003", "take everything off my order"]
  ) {
    const d = allRemoved(view(text), "friendly", sarah.order!);
    assert.deepEqual(d?.proposed_actions.map((a) => a.type), ["cancel_order"], text);
  }
  assert.equal(allRemoved(view("remove the shoes"), "friendly", sarah.order!), null);
  // Something kept: not everything removed, whatever else is named.
  for (
    const text of [
      "keep the shoes but drop the water bottles from my order",
      "remove the water bottles, I only want the shoes",
    ]
  ) assert.equal(allRemoved(view(text), "friendly", sarah.order!), null, text);
  assert.equal(
    allRemoved(view("remove one of the bottles and the shoes"), "friendly", sarah.order!),
    null,
  );
});

Deno.test("'wait make it two' while 2 → 3 waits: nothing to change, the change dropped and said", () => {
  const pending = {
    type: "modify_items",
    order_id: "ORD-1003",
    params: { items: [{ sku: "OUT-102", quantity: 3, was: 2 }] },
    requires_confirmation: true,
  };
  const line = backToNow(view("wait make it two", { withdrawn: true, pending }), sarah.order!);
  assert.match(line ?? "", /already has 2× Insulated Water Bottle.*dropped the change to 3/);
  // Another count is a correction, proposed as before.
  const other = view("wait make it four", { pending });
  assert.equal(backToNow(other, sarah.order!), null);
  assert.deepEqual(itemChanges(other, sarah.order!)?.items, [{ sku: "OUT-102", quantity: 4 }]);
  // A misspelt count and "double" are counts too.
  assert.deepEqual(itemChanges(view("make it tree bottles"), sarah.order!)?.items, [
    { sku: "OUT-102", quantity: 3 },
  ]);
  assert.deepEqual(itemChanges(view("can I double the water bottles"), sarah.order!)?.items, [
    { sku: "OUT-102", quantity: 4 },
  ]);
});

Deno.test("a refused address change keeps the address given for the order named next", () => {
  const v = view("change the address on my keyboard order to 5 Elm St, Leeds LS1 4AB", {
    intent: "change_address",
    who: "mike",
    order: "ORD-2001",
  });
  const refusal: Draft = { text: "It shipped.", tone: "friendly", proposed_actions: [] } as never;
  const kept = keepGivenAddress(v, refusal, v.context!.order!);
  assert.equal(kept.asks?.slot, "order");
  assert.equal(kept.asks?.intent, "change_address");
  assert.deepEqual(kept.asks?.orders, ["ORD-2002"]);
  // No address given: nothing kept.
  const bare = view("change the address on my keyboard order", {
    intent: "change_address",
    who: "mike",
    order: "ORD-2001",
  });
  assert.equal(keepGivenAddress(bare, refusal, bare.context!.order!).asks, undefined);
});

Deno.test("the change still needing an address is asked first; the speed-up beside it waits", () => {
  const asks = { text: "What's the new address?", proposed_actions: [], asks: { slot: "address" } };
  const proposes = {
    text: "I can upgrade it.",
    proposed_actions: [{ type: "expedite_order", order_id: "ORD-1003", params: {} }],
  };
  const drafts = [proposes, asks] as unknown as Draft[];
  assert.deepEqual(detailFirst([0, 1], drafts), { sequence: [1, 0], first: 1 });
  // Nothing proposed beside it: as it was.
  assert.deepEqual(detailFirst([0], [asks] as unknown as Draft[]), { sequence: [0], first: null });
});

Deno.test("'and the total i spent?' is the sum of paid orders; 'which ones are still coming' lists those", () => {
  const spent = spentReply(view("and the total i spent?", { intent: "order_status" }), "friendly");
  assert.match(spent?.text ?? "", /ORD-1003, ORD-1001 and ORD-1002 come to 869\.00 USD/);
  const mike = spentReply(
    view("how much have i spent in total", { intent: "order_status", who: "mike" }),
    "friendly",
  );
  assert.match(
    mike?.text ?? "",
    /ORD-2001 comes to 109\.00 USD.*ORD-2002 is still waiting for payment/s,
  );
  const coming = ordersListReply(
    view("which ones are still coming?", { intent: "order_status" }),
    "friendly",
  );
  assert.match(coming?.text ?? "", /still to come/);
  assert.match(coming?.text ?? "", /ORD-1003/);
  assert.doesNotMatch(coming?.text ?? "", /ORD-1002/);
});

Deno.test("'wait no 4' while 2 → 5 waits: 4 proposed, never the 5", () => {
  const pending = {
    type: "modify_items",
    order_id: "ORD-1003",
    params: { items: [{ sku: "OUT-102", quantity: 5, was: 2 }] },
    requires_confirmation: true,
  };
  assert.deepEqual(itemChanges(view("wait no 4", { pending }), sarah.order!)?.items, [
    { sku: "OUT-102", quantity: 4 },
  ]);
  const back = view("no, 2", { pending, withdrawn: true });
  assert.match(backToNow(back, sarah.order!) ?? "", /already has 2×/);
});

Deno.test("more of a delivered order, or its address: said what can be done, no return proposed", () => {
  const emma = (text: string, intent: string) =>
    noReturnFor(
      view(text, { intent, who: "emma", order: "ORD-3002" }),
      castContext("emma", { order: "ORD-3002" }).order!,
    );
  assert.match(
    emma("can i add another mixer to my order", "modify_order")?.sentences[0] ?? "",
    /new order/,
  );
  assert.match(
    emma("change the address for my mixer order", "change_address")?.sentences[0] ?? "",
    /delivered to the address/,
  );
  // Fewer of it: a return answers that.
  assert.equal(emma("remove the mixer from my order", "modify_order"), null);
});

Deno.test("the last item left taken off is the order's cancellation", () => {
  const order = { ...sarah.order!, items: sarah.order!.items.filter((it) => it.sku === "OUT-101") };
  const d = allRemoved(view("remove the shoes from 1003"), "friendly", order);
  assert.deepEqual(d?.proposed_actions.map((a) => a.type), ["cancel_order"]);
  assert.match(d?.text ?? "", /Taking the Trail Running Shoes off order ORD-1003 leaves nothing/);
});

Deno.test("one item of a delivered order taken off: that item's return is offered", () => {
  const base = view("remove the frother from ORD-1002", { order: "ORD-1002" });
  const frother = { text: "the frother", name: "frother", sku: null };
  const v = { ...base, entities: { ...base.entities, item_refs: [frother] } };
  const order = v.context!.order!;
  const alt = alternativeFor(v, order, canChange(order, "changing its items is", v.now) as never);
  const frotherSku = order.items.find((it) => it.name === "Milk Frother")!.sku;
  assert.deepEqual(alt.actions.map((a) => a.params.items), [[{ sku: frotherSku, quantity: 1 }]]);
  assert.match(alt.sentences[0], /return of the Milk Frother/);
});
