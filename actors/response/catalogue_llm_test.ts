/**
 * With an LLM, a product answer is the model's wording of the store's record: the prompt
 * carries the catalogue lookup, and a reply that claims stock or a price the store did not
 * give is dropped for the template.
 */
import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { createLlm } from "../../shared/llm.ts";
import type { CatalogueLookup, ResponseEnrichment } from "../../shared/protocol.ts";
import { startFakeLlm } from "../../tests/helpers/fake_llm.ts";
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

async function withModel(reply: string): Promise<{ r: ResponseEnrichment; prompt: string }> {
  await using fake = startFakeLlm([{ json: { reply, tone: "friendly", proposed_actions: [] } }]);
  const llm = createLlm({
    LLM_BASE_URL: fake.baseUrl,
    LLM_API_KEY: "test",
    LLM_MODEL: "fake-model",
    LLM_TIMEOUT_MS: 2000,
  });
  const text = "is the stand mixer in stock?";
  const msg = turnWith({
    text,
    intent: intentOf("product_question", text),
    context: { ...guestContext(), catalogue: SOLD_OUT },
    decision: "answer",
  });
  const out = await responseActor.process(msg, { llm, llmTimeoutMs: 4_000 }, fixtureCtx());
  return { r: out.enrichment!, prompt: JSON.stringify(fake.requests[0]?.body ?? {}) };
}

Deno.test("the model is given the store's record of the product and may word it", async () => {
  const said = "The Stand Mixer is sold out right now (349.00 USD); choose Notify me on its page.";
  const { r, prompt } = await withModel(said);
  assert.match(prompt, /catalogue/);
  assert.match(prompt, /\\"in_stock\\":false/);
  assert.equal(r.source, "llm");
  assert.equal(r.text, said);
});

Deno.test("a model reply claiming stock the store did not report falls back on the template", async () => {
  const { r } = await withModel("Good news: the Stand Mixer is in stock and ships today!");
  assert.equal(r.source, "template");
  assert.match(r.text, /Stand Mixer is sold out at the moment/);
});
