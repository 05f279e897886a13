import assert from "node:assert/strict";
import { coverReply } from "./parcel_cover.ts";
import { castContext, FIXTURE_NOW } from "../../tests/fixtures/turns.ts";
import type { Tone, TurnView } from "./view.ts";

const tone = "neutral" as unknown as Tone;
const view = (text: string, order?: string, guest = false) =>
  ({
    text,
    intent: "order_status",
    now: FIXTURE_NOW,
    guest,
    turn: 2,
    context: castContext("mike", order ? { order } : {}),
    entities: {
      order_ids: order ? [order] : [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
  }) as unknown as TurnView;

Deno.test("'is it insured?' of an order on its way: covered by the store, that order named", () => {
  const d = coverReply(view("is it insured?", "ORD-2001"), tone);
  assert.ok(d);
  assert.match(d.text, /covered by us/);
  assert.match(d.text, /replacement or refund it in full/);
  assert.match(d.text, /ORD-2001/);
  assert.doesNotMatch(d.text, /Memphis|delay/);
});

Deno.test("insurance of shipments asked in general: the cover, no order", () => {
  for (
    const t of [
      "do you guys insure shipments?",
      "is the parcel insured",
      "any shipping protection?",
    ]
  ) {
    const d = coverReply(view(t), tone);
    assert.ok(d, t);
    assert.match(d.text, /covered by us/, t);
  }
});

Deno.test("an extended warranty or insurance of something else is no parcel's cover", () => {
  for (
    const t of [
      "do you sell extended warranty insurance for the espresso machine?",
      "can i add my car insurance details",
      "where is my keyboard",
    ]
  ) {
    assert.equal(coverReply(view(t), tone), null, t);
  }
});

Deno.test("a product question beside the cover's is answered after it, 'it' the product", () => {
  const keyboard = {
    sku: "ELE-201",
    name: "Mechanical Keyboard",
    category: "electronics",
    price: 109,
    currency: "USD",
    stock: 40,
    in_stock: true,
    rating: 4.5,
    warranty_months: 24,
  };
  const base = view("Is the keyboard insured? also is it in stock?", "ORD-2001");
  const v = {
    ...base,
    intent: "product_question",
    context: {
      ...base.context!,
      catalogue: { lookup: "found", query: "keyboard", products: [keyboard] },
    },
  } as unknown as TurnView;
  const d = coverReply(v, tone)!;
  assert.match(d.text, /covered by us/);
  assert.match(d.text, /Mechanical Keyboard is in stock/);
  // The cover asked alone: no product answer beside it.
  const alone = coverReply({ ...v, text: "Is the keyboard insured?" } as TurnView, tone)!;
  assert.doesNotMatch(alone.text, /in stock/);
});
