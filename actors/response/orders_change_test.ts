import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function modify(text: string, quantities: { value: number; item: string | null }[] = []) {
  const intent = intentOf("modify_order", text);
  const r = await responseActor.process(
    turnWith({
      text,
      who: "sarah",
      intent: { ...intent, entities: { ...intent.entities, quantities } },
      context: castContext("sarah", { order: "ORD-1003" }),
      decision: "act",
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.ok(r.enrichment);
  return r.enrichment as ResponseEnrichment;
}

Deno.test("a quantity of an item in an order is changed on a yes", async () => {
  const r = await modify("make it 3 water bottles in ORD-1003", [{
    value: 3,
    item: "water bottles",
  }]);
  assert.equal(r.template, "modify_proposed");
  assert.match(r.text, /Insulated Water Bottle from 2 to 3/);
  assert.deepEqual(r.proposed_actions.map((a) => a.type), ["modify_items"]);
});

Deno.test("counts added or taken away are read against what the order has (2 water bottles)", async () => {
  const cases: [string, { value: number; item: string | null }[], string][] = [
    ["please add another water bottle to my order", [], "from 2 to 3"],
    ["can I get one more water bottle", [], "from 2 to 3"],
    ["add 2 more water bottles", [{ value: 2, item: "water bottles" }], "from 2 to 4"],
    ["remove one of the water bottles", [], "from 2 to 1"],
    ["I want 3 water bottles in total", [{ value: 3, item: "water bottles" }], "from 2 to 3"],
    ["I ordered another bottle by mistake, change it to 1", [], "from 2 to 1"],
  ];
  for (const [text, quantities, change] of cases) {
    const r = await modify(text, quantities);
    assert.equal(r.template, "modify_proposed", text);
    assert.match(r.text, new RegExp(`Insulated Water Bottle ${change}`), text);
  }
  // No count and no item: asked, with the words kept for the answer.
  const asked = await modify("I want to change my order");
  assert.equal(asked.template, "modify_ask");
  assert.equal(asked.asks?.slot, "items");
  assert.equal(asked.asks?.text, "I want to change my order");
});

Deno.test("a size or a colour is not taken for a quantity: that item off the order is proposed", async () => {
  for (
    const text of [
      "can i change the shoe size in my order to 9?",
      "change the colour of the shoes to 2",
    ]
  ) {
    const r = await modify(text);
    // Talk21: the shoes taken off (the rest kept) for a yes — was nothing proposed.
    assert.equal(r.template, "variant_remove", text);
    assert.match(r.text, /can't change the size or colour/, text);
    assert.deepEqual(
      r.proposed_actions.map((a) => [a.type, (a.params.items as { quantity: number }[])[0]]),
      [["modify_items", { sku: "OUT-101", quantity: 0, name: "Trail Running Shoes", was: 1 }]],
      text,
    );
  }
});

Deno.test("a declined card on an unpaid order: nothing charged, what to check, other ways to pay", async () => {
  const text = "my card keeps getting declined when I pay for the monitor";
  const r = await responseActor.process(
    turnWith({
      text,
      who: "mike",
      intent: intentOf("payment_issue", text),
      context: castContext("mike", { order: "ORD-2002" }),
      decision: "answer",
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  const reply = r.enrichment!.text;
  assert.match(reply, /ORD-2002 \(329\.00 USD\) yet, so nothing has been charged/);
  assert.match(reply, /PayPal, Apple Pay or bank transfer/);
  assert.doesNotMatch(reply, /If you paid by bank transfer/, "not the bank transfer's wait");
});

Deno.test("'how much was it' about the order talked of gets its total, and whether it is paid", async () => {
  const reply = async (who: "sarah" | "mike", order: string, text: string) =>
    (await responseActor.process(
      turnWith({
        text,
        who,
        intent: intentOf("order_status", text),
        context: castContext(who, { order }),
        decision: "answer",
      }),
      { llm: null, llmTimeoutMs: 4_000 },
      fixtureCtx(),
    )).enrichment!;
  const paid = await reply("sarah", "ORD-1001", "ok and how much was it");
  assert.equal(paid.template, "order_total");
  assert.match(paid.text, /ORD-1001 \(Noise-Cancelling Headphones\) came to 249\.00 USD\./);
  const unpaid = await reply("mike", "ORD-2002", "what's the total of ORD-2002?");
  assert.match(unpaid.text, /came to 329\.00 USD, not paid yet\./);
});

Deno.test("another size named as a number is never read as a count of that item", async () => {
  for (
    const [text, value] of [
      [
        "I chose the wrong size for the running shoes. I need a 9 rather than an 8.5. Could you amend it?",
        9,
      ],
      ["ordered the wrong size shoes, I want to swap them for a 9", 9],
    ] as const
  ) {
    // Talk47: was "change the Trail Running Shoes from 1 to 9" — nine pairs for a yes.
    const r = await modify(text, [{ value, item: "shoes" }]);
    assert.equal(r.template, "variant_remove", text);
    assert.deepEqual(
      r.proposed_actions.map((a) => (a.params.items as { quantity: number }[])[0].quantity),
      [0],
      text,
    );
  }
  // A count with no size or colour asked is still a count.
  const n = await modify("make it 3 water bottles", [{ value: 3, item: "water bottles" }]);
  assert.equal(n.template, "modify_proposed");
});

Deno.test("'it is late, I dont want it anymore' is the late parcel's cancellation, refused — not the unpaid order", async () => {
  const text = "it is late, I dont want it anymore";
  const r = await responseActor.process(
    turnWith({
      text,
      who: "mike",
      intent: intentOf("cancel_order", text),
      context: castContext("mike"),
      decision: "act",
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  const e = r.enrichment as ResponseEnrichment;
  assert.match(e.text, /ORD-2001 already shipped/);
  assert.doesNotMatch(e.text, /ORD-2002/);
  assert.deepEqual(e.proposed_actions, []);
});
