import assert from "node:assert/strict";
import { kept, linesText, returnedLines } from "./return_items.ts";
import { whichItemsToReturn } from "./return_which.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { OrderView } from "../../shared/protocol.ts";

const order = {
  id: "ORD-1002",
  status: "delivered",
  placed_at: "2026-02-01T00:00:00Z",
  total: 428,
  currency: "USD",
  items: [
    { sku: "KIT-100", name: "Espresso Machine", quantity: 1, price: 399 },
    { sku: "KIT-110", name: "Milk Frother", quantity: 1, price: 29 },
  ],
} as unknown as OrderView;
const ref = (name: string) => ({ text: `the ${name}`, name, sku: null });

Deno.test("a return of one named item of several is for that item; the kept one stays", () => {
  const text = "can I return just the milk frother? the espresso machine is fine";
  const lines = returnedLines(text, [ref("milk frother"), ref("espresso machine")], order);
  assert.deepEqual(lines?.map((l) => l.sku), ["KIT-110"]);
  assert.equal(linesText(lines!), "the Milk Frother");
  const keep = returnedLines(
    "I'll keep the espresso machine but return the frother",
    [ref("espresso machine"), ref("frother")],
    order,
  );
  assert.deepEqual(keep?.map((l) => l.sku), ["KIT-110"]);
});

Deno.test("the item kept may be said in another part of the message than the return", () => {
  const part = "I need to return the espresso machine, it's too big for my kitchen";
  const refs = [ref("espresso machine"), ref("frother")];
  const requests = [{ text: part }, { text: "the frother is great, keeping that" }];
  assert.deepEqual(returnedLines(part, refs, order, requests)?.map((l) => l.sku), ["KIT-100"]);
  // The return's own words name the espresso machine alone: that line, whatever else the
  // message names (lead, eleventh session: "…the frother doesn't heat. Can I return just the
  // frother?" had returned the whole order).
  assert.deepEqual(returnedLines(part, refs, order)?.map((l) => l.sku), ["KIT-100"]);
  const frother = "Can I return just the frother?";
  assert.deepEqual(returnedLines(frother, refs, order)?.map((l) => l.sku), ["KIT-110"]);
  // Words that name no item ("return them") take every item the message names.
  assert.equal(returnedLines("I want to return them", refs, order), null);
});

Deno.test("a return naming every item, none, or of a one-line order is for the whole order", () => {
  assert.equal(returnedLines("return ORD-1002", [], order), null);
  assert.equal(
    returnedLines(
      "return the espresso machine and the milk frother",
      [ref("espresso machine"), ref("milk frother")],
      order,
    ),
    null,
  );
  const one = { ...order, items: [order.items[0]] };
  assert.equal(returnedLines("return the espresso machine", [ref("espresso machine")], one), null);
  assert.equal(returnedLines("return the vase", [ref("vase")], order), null);
});

Deno.test("'just one of them' while the whole return waits asks which items, naming them", () => {
  for (const text of ["just one of them", "just the one"]) askWhich(text);
});

function askWhich(text: string) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("other", text, { confirmation: "unclear" }),
    context: castContext("sarah", { order: "ORD-1002" }),
    session: {
      pending_action: pendingOf({
        type: "return_item",
        order_id: "ORD-1002",
        requires_confirmation: true,
      }),
    },
  });
  const d = whichItemsToReturn(viewOf(msg, new Date(msg.created_at)), "neutral");
  assert.match(
    d?.text ?? "",
    /which would you like to send back from order ORD-1002: the Espresso Machine or the Milk Frother\?/,
  );
  assert.deepEqual(d?.proposed_actions, []);
}

Deno.test("an item that names the order ('my espresso order') is no line to send back", () => {
  const text = "can i send back the frother from my espresso order";
  const refs = [ref("frother"), { text: "my espresso", name: "espresso", sku: null }];
  assert.deepEqual(returnedLines(text, refs, order)?.map((l) => l.sku), ["KIT-110"]);
  const whole = returnedLines("return my espresso order", [refs[1]], order);
  assert.equal(whole, null);
});

Deno.test("a misspelt item ('the milk frohter') is that line of the order", () => {
  const lines = returnedLines("i wanna retrun the milk frohter", [ref("milk frohter")], order);
  assert.deepEqual(lines?.map((l) => l.sku), ["KIT-110"]);
});

Deno.test("goods said as a place ('under my machine') are not sent back with the goods returned", () => {
  const text = "I'd like to return the frother, it doesn't fit under my machine";
  const refs = [ref("frother"), { text: "my machine", name: "machine", sku: null }];
  assert.deepEqual(returnedLines(text, refs, order)?.map((l) => l.name), ["Milk Frother"]);
});

Deno.test("'the espresso machine and frother': the goods joined without a 'the' are returned too", () => {
  const text = "return the espresso machine and frother from 1002";
  assert.equal(returnedLines(text, [ref("espresso machine")], order), null);
  const three = {
    ...order,
    items: [...order.items, { sku: "KIT-120", name: "Coffee Grinder", quantity: 1, price: 59 }],
  } as OrderView;
  assert.deepEqual(
    returnedLines(text, [ref("espresso machine")], three)?.map((l) => l.sku),
    ["KIT-100", "KIT-110"],
  );
  // "The frother, the espresso machine is fine": the machine kept, not joined.
  const kept = returnedLines(
    "return the frother, the espresso machine is fine",
    [ref("frother"), ref("espresso machine")],
    order,
  );
  assert.deepEqual(kept?.map((l) => l.sku), ["KIT-110"]);
});

Deno.test("goods praised in so many words are kept: the remedy is for the others", () => {
  const text = "love the espresso machine but the frother is making a weird noise";
  assert.equal(kept(text, "espresso machine"), true);
  assert.equal(kept(text, "frother"), false);
});

Deno.test("'the machine itself works perfectly' keeps the machine, however else the message names it", () => {
  assert.equal(kept("the machine itself works perfectly", "machine"), true);
  assert.equal(kept("the mixer still works fine", "mixer"), true);
  const text =
    "I am writing regarding my recent order of an espresso machine (ORD-1002). While the machine itself works perfectly, the milk frother stopped working after only two uses.";
  const refs = [
    { text: "an espresso machine", name: "espresso machine", sku: "KIT-100" },
    { text: "the machine", name: "machine", sku: null },
    { text: "the milk frother", name: "milk frother", sku: null },
  ];
  assert.deepEqual(returnedLines(text, refs, order)?.map((l) => l.sku), ["KIT-110"]);
});
