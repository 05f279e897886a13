import assert from "node:assert/strict";
import { changesCount } from "./count_change.ts";
import { backToWas, countForNo } from "./pending_quantity.ts";
import { asExpediteAsked } from "./expedite_asked.ts";
import { asOrdersList } from "./orders_asked.ts";
import { readPendingReply } from "../intent.ts";
import { splitRequests } from "./requests.ts";
import { asItemsChange } from "./items_asked.ts";
import { doneTooReading } from "./done_too.ts";
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";

const reading = (intent: IntentEnrichment["intent"], confidence = 0.4): IntentEnrichment => ({
  intent,
  confidence,
  alternatives: [],
  entities: {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    dates: [],
    amounts: [],
    products: [],
    quantities: [],
  },
  source: "classifier",
} as IntentEnrichment);

const pending = (type: string, params: Record<string, unknown> = {}): PendingAction => ({
  id: "p",
  action: { type, order_id: "ORD-1003", params, requires_confirmation: true },
  proposed_in: "m",
  expires_at: "2026-12-01T00:00:00Z",
  summary: "x",
} as PendingAction);

Deno.test("counts changed in shoppers' words are changes of an order's items", () => {
  for (
    const text of [
      "make it tree bottles on 1003",
      "one less water bottle pls on my processing order",
      "can I double the water bottles on 1003",
      "set the water bottles to zero on ORD-1003",
      "i want just one bottle not two",
      "only want one of them not two, can you fix the amount",
    ]
  ) assert.ok(changesCount(text), text);
  for (
    const text of [
      "how much is a water bottle",
      "change the address to 5 Elm Rd",
      "set up an account",
      "i need it in 3 days",
    ]
  ) assert.ok(!changesCount(text), text);
});

Deno.test("'wait make it two' back to the count the order had drops the change waiting", () => {
  const p = pending("modify_items", { items: [{ sku: "B", quantity: 3, was: 2 }] });
  assert.deepEqual(backToWas("wait make it two", p), { withdraws_pending: true });
  assert.deepEqual(backToWas("actually just 2", p), { withdraws_pending: true });
  assert.deepEqual(backToWas("make it 4", p), {});
  assert.deepEqual(backToWas("two more", p), {});
  // Proposed before `was` was kept: nothing dropped.
  assert.deepEqual(
    backToWas("make it two", pending("modify_items", { items: [{ sku: "B", quantity: 3 }] })),
    {},
  );
});

Deno.test("'undo that', 'scrap that', 'forget that' before the yes turn the change down", () => {
  for (const text of ["actually undo that", "scrap that", "forget that", "oops scratch that"]) {
    assert.equal(
      readPendingReply(text, pending("modify_items"), { products: [] }).label,
      "deny",
      text,
    );
  }
});

Deno.test("'overnight my monitor pls' asks for a faster speed", () => {
  assert.equal(
    asExpediteAsked(reading("other", 0.87), "overnight my monitor pls").intent,
    "shipping_options",
  );
  assert.equal(
    asExpediteAsked(reading("other", 0.87), "can u overnight it").intent,
    "shipping_options",
  );
  assert.equal(
    asExpediteAsked(reading("other", 0.87), "i stayed overnight in paris").intent,
    "other",
  );
});

Deno.test("'and the total i spent?' and 'what's still on its way?' ask about their orders", () => {
  assert.equal(
    asOrdersList(reading("payment_issue"), "and the total i spent?").intent,
    "order_status",
  );
  assert.equal(asOrdersList(reading("other"), "what's still on its way?").intent, "order_status");
  assert.equal(
    asOrdersList(reading("payment_issue"), "The total I paid is higher than the cart showed")
      .intent,
    "payment_issue",
  );
});

Deno.test("the fee of a faster speed asked of goods is about that order's upgrade", () => {
  assert.equal(
    asExpediteAsked(reading("product_question", 0.47), "how much to overnight the monitor?").intent,
    "shipping_options",
  );
  assert.equal(
    asExpediteAsked(reading("product_question", 0.9), "how much is the monitor?").intent,
    "product_question",
  );
  // "Do i pay for it?" beside the upgrade is its fee, not the ways to pay.
  const both = {
    ...reading("shipping_options", 0.47),
    requests: [
      {
        intent: "shipping_options" as const,
        confidence: 0.47,
        text: "upgrade my shoes order to express",
        start: 0,
        end: 33,
      },
      {
        intent: "payment_methods" as const,
        confidence: 0.4,
        text: "do i pay for it?",
        start: 35,
        end: 51,
      },
    ],
  };
  const read = asExpediteAsked(both, "upgrade my shoes order to express. do i pay for it?");
  assert.deepEqual(read.requests?.map((r) => r.intent), ["shipping_options"]);
});

Deno.test("'… and ship it to <address>' starts a request of its own", () => {
  const parts = splitRequests(
    "add 2 bottles to 1003 and ship it to 8 Mill Road, Cambridge CB1 2AD",
  );
  assert.deepEqual(parts.map((p) => p.text), [
    "add 2 bottles to 1003",
    "ship it to 8 Mill Road, Cambridge CB1 2AD",
  ]);
});

Deno.test("'wait no 4' while a count waits corrects it; 'no leave it at 2' is a no", () => {
  const p = pending("modify_items", { items: [{ sku: "B", quantity: 5, was: 2 }] });
  assert.ok(countForNo("wait no 4", { confirmation: "deny" }, p));
  assert.ok(countForNo("no, 4 please", { confirmation: "deny" }, p));
  assert.ok(!countForNo("no leave it at 2", { confirmation: "deny" }, p));
  assert.ok(!countForNo("no", { confirmation: "deny" }, p));
  assert.ok(!countForNo("wait no 4", { confirmation: "deny" }, pending("cancel_order")));
});

Deno.test("'… and expedite it' starts a request of its own", () => {
  const parts = splitRequests(
    "change the address on ORD-2002 to 77 Lake Shore Dr, Chicago IL 60601 and expedite it",
  );
  assert.equal(parts.length, 2);
  assert.equal(parts[1].text, "expedite it");
});

Deno.test("'remove the water bottles from 1003' read unsurely as a change of items is one", () => {
  const read = asItemsChange(reading("modify_order", 0.27), "remove the water bottles from 1003");
  assert.equal(read.intent, "modify_order");
  assert.ok(read.confidence >= 0.85);
});

Deno.test("'and the shoes too' right after the bottles were removed changes that order's items", () => {
  const done = {
    type: "modify_items" as const,
    order_id: "ORD-1003",
    at: "2026-12-01T00:00:00Z",
    items: [{ sku: "B", name: "Insulated Water Bottle", from: 2, to: 0 }],
  };
  const read = doneTooReading(reading("order_status", 0.6), "and the shoes too", done, false);
  assert.equal(read?.intent, "modify_order");
  assert.deepEqual(read?.entities.order_ids, ["ORD-1003"]);
  assert.equal(doneTooReading(reading("order_status", 0.6), "and the shoes too", done, true), null);
});
