import assert from "node:assert/strict";
import { readIntent as read } from "../../tests/fixtures/intent.ts";
import { asDefectReported, toldDefect } from "./defect_reported.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { asksForReplacement } from "../../domain/intents.ts";
import { reportsIn } from "../../domain/problems.ts";

const reading = (item: string | null): IntentEnrichment => ({
  intent: "product_question",
  confidence: 0.62,
  alternatives: [],
  source: "classifier",
  entities: {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products: [],
    item_refs: item ? [{ text: item, name: item, sku: null }] : [],
  },
});

Deno.test("a fault told about goods of theirs is a problem with the order", async () => {
  for (
    const text of [
      "espresso machine leaks water, can it be repaired or replaced?",
      "my espresso machine leaks water",
      "the espresso machine stopped working, can you fix it",
    ]
  ) {
    assert.equal(asDefectReported(reading("espresso machine"), text).intent, "delivery_problem");
  }
  assert.equal((await read("the espresso machine stopped working")).intent, "delivery_problem");
  // Nothing of theirs named ("the website stopped working"): not about an order.
  assert.equal(
    asDefectReported(reading(null), "the website stopped working").intent,
    "product_question",
  );
});

Deno.test("a supposed fault stays a question", () => {
  assert.ok(!toldDefect("if the espresso machine leaks, is it covered?"));
  assert.ok(!toldDefect("does the espresso machine leak?"));
  assert.ok(!toldDefect("what happens if my headphones broke after a year"));
});

Deno.test("'can it be repaired or replaced', 'i want it replaced' ask for a replacement", () => {
  assert.ok(asksForReplacement("espresso machine leaks water, can it be repaired or replaced?"));
  assert.ok(asksForReplacement("my keyboard is faulty, i want it replaced"));
  assert.ok(asksForReplacement("can i get the mixer replaced"));
  assert.ok(!asksForReplacement("has the replaced part shipped"));
  assert.ok(asksForReplacement("can you fix it"));
  assert.ok(asksForReplacement("ok a new one then"));
  assert.ok(asksForReplacement("the bowl has a crack, do i have to send it back for a new one?"));
  assert.ok(!asksForReplacement("can you fix my address"));
});

Deno.test("a fault found in use may be replaced like goods that came damaged", () => {
  const delivered = { status: "delivered" };
  assert.deepEqual(reportsIn(delivered, "the motor makes a grinding noise now"), {
    reportsDamage: true,
    reportsWrong: false,
  });
  assert.equal(reportsIn({ status: "shipped" }, "it won't charge").reportsDamage, false);
});

Deno.test("a fault told makes an unsure reading of a delivery problem sure", () => {
  const unsure = {
    ...reading("espresso machine"),
    intent: "delivery_problem" as const,
    confidence: 0.45,
  };
  const text = "the espresso machine i got last month stopped working";
  const r = asDefectReported(unsure, text);
  assert.equal(r.intent, "delivery_problem");
  assert.equal(r.confidence, 0.7);
  // Unsure without a fault told stays as unsure as it was.
  assert.equal(asDefectReported(unsure, "the espresso machine i got last month").confidence, 0.45);
});

Deno.test("a fault told as stopped heating or charging is told, a card's charge is not", () => {
  for (
    const t of [
      "my espresso machine stopped heating, it's only a few weeks old",
      "the headphones wont charge anymore",
      "my mixer isn't heating",
    ]
  ) assert.ok(toldDefect(t), t);
  assert.equal(toldDefect("my card wont charge"), false);
});

Deno.test("goods told smelling, wrong, missing or unlike the listing are a problem with the order", () => {
  for (
    const [text, intent, confidence] of [
      ["frother smells like burning when i use it", "other", 0.49],
      ["the espresso machine looks nothing like the picture tbh", "feedback", 0.5],
      ["only got the espresso machine, where's the frother??", "order_status", 0.34],
      ["the frother that came is way too small", "product_question", 0.6],
      ["the frother doesnt look anything like the pictures on your site", "feedback", 0.6],
      [
        "the milk frother feels really cheap and flimsy, not like the photos at all",
        "complaint",
        0.95,
      ],
    ] as const
  ) {
    const r = asDefectReported({ ...reading("frother"), intent, confidence }, text);
    assert.equal(r.intent, "delivery_problem", text);
  }
  // A sure question where it is, a supposed fit, and the words alone of nothing told stay.
  const sure = { ...reading("frother"), intent: "order_status" as const, confidence: 0.9 };
  assert.equal(
    asDefectReported(sure, "only got the frother, where's the rest?").intent,
    "order_status",
  );
  const fit = { ...reading("shoes"), intent: "product_question" as const };
  assert.equal(
    asDefectReported(fit, "what if the shoes are too small?").intent,
    "product_question",
  );
});

Deno.test("goods out of shape are a fault told: 'warped', 'wobbly base', 'doesn't sit flat'", () => {
  for (
    const t of [
      "the skillet from my other order has a wobbly base, it doesn't sit flat on the hob",
      "the cast iron skillet I got is warped, it rocks on the stove",
      "my yoga mat is all lopsided",
    ]
  ) {
    assert.equal(toldDefect(t), true, t);
  }
  assert.equal(toldDefect("will the skillet warp if I put it in the oven?"), false);
});
