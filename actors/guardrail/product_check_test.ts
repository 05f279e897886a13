/**
 * The guardrail blocks a reply whose stock or price claims the context's catalogue lookup
 * does not support, and passes the product answers the response drafts from it.
 */
import assert from "node:assert/strict";
import { checkReply } from "../guardrail.ts";
import type { CatalogueLookup, ResponseEnrichment } from "../../shared/protocol.ts";
import { fixtureCtx, guestContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

const SOLD_OUT: CatalogueLookup = {
  lookup: "found",
  query: "KIT-107",
  products: [{
    sku: "KIT-107",
    name: "Stand Mixer",
    category: "Kitchen",
    price: 349,
    currency: "USD",
    stock: 0,
    in_stock: false,
    rating: 4.4,
    warranty_months: 36,
  }],
};

function check(
  reply: string,
  catalogue: CatalogueLookup | null,
  text = "is the stand mixer in stock",
) {
  const response: ResponseEnrichment = {
    text: reply,
    tone: "neutral",
    proposed_actions: [],
    source: "llm",
    template: null,
  };
  const intent = intentOf("product_question", text, {
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [{ sku: "KIT-107", name: "Stand Mixer" }],
    },
  });
  const msg = turnWith({
    text,
    intent,
    context: { ...guestContext(), catalogue },
    response,
    at: "guardrail",
  });
  return checkReply(msg, fixtureCtx().now());
}

Deno.test("guardrail blocks 'in stock' for a product the store reports sold out", () => {
  const r = check("Good news — the Stand Mixer is in stock and ships today!", SOLD_OUT);
  assert.equal(r.enrichment?.verdict, "blocked");
  assert.match(r.escalate ?? "", /Stand Mixer is in stock, but the store has none in stock/);
});

Deno.test("guardrail blocks stock claimed for a product the context never looked up", () => {
  const r = check("Yes, the Stand Mixer is available right now.", null);
  assert.equal(r.enrichment?.verdict, "blocked");
  assert.match(r.escalate ?? "", /not asked about it this turn/);
});

Deno.test("guardrail removes a price the store never gave and passes the store's own answer", () => {
  const invented = check("The Stand Mixer is sold out. It costs 299.00 USD.", SOLD_OUT);
  assert.equal(invented.enrichment?.verdict, "fixed");
  assert.doesNotMatch(invented.enrichment!.text, /299/);
  const right = check(
    'The Stand Mixer is sold out at the moment. It costs 349.00 USD. Choose "Notify me" on its product page.',
    SOLD_OUT,
  );
  assert.equal(right.enrichment?.verdict, "pass");
});
