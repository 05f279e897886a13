import assert from "node:assert/strict";
import { castContext, intentOf } from "../../tests/fixtures/turns.ts";
import { replyTo } from "../../tests/fixtures/replies.ts";

const STUDIO = {
  sku: "AUD-104",
  name: "Studio Monitor Headphones",
  category: "audio",
  price: 159,
  currency: "USD",
  stock: 40,
  in_stock: true,
  rating: 4.5,
  warranty_months: 24,
};

Deno.test("headphones on their way asked swapped for another product: no swap, the return later, the one wanted named", async () => {
  const text = "exchange the headphones for the studio ones";
  const r = await replyTo({
    text,
    who: "sarah",
    intent: intentOf("return_item", text, { confidence: 0.8 }),
    context: {
      ...castContext("sarah", { order: "ORD-1001" }),
      catalogue: { lookup: "found", query: "studio", products: [STUDIO] },
    },
    decision: "act",
  });
  assert.match(r.text, /can't exchange an item for a different product directly/);
  assert.match(r.text, /once it's delivered, you can return the Noise-Cancelling Headphones/);
  assert.match(r.text, /Studio Monitor Headphones \(159\.00 USD, in stock\)/);
  assert.equal(r.proposed_actions.length, 0);
});

Deno.test("a delivered item asked swapped for another model: the return proposed, said to be no swap", async () => {
  const text = "exchange the espresso machine for a different model";
  const r = await replyTo({
    text,
    who: "sarah",
    intent: intentOf("return_item", text, { confidence: 0.8 }),
    context: castContext("sarah", { order: "ORD-1002" }),
    decision: "act",
  });
  assert.match(r.text, /can't exchange an item for a different product directly/);
  assert.match(r.text, /take the Espresso Machine back for a refund/);
  assert.equal(r.proposed_actions[0]?.type, "return_item");
});
