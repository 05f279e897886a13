import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import type { ContextEnrichment, Intent } from "../../shared/protocol.ts";
import {
  castContext,
  fixtureCtx,
  guestContext,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

async function answer(
  text: string,
  context: ContextEnrichment,
  intent: Intent = "policy_question",
) {
  const msg = turnWith({ text, intent: intentOf(intent, text), context });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  msg.payload.response = r.enrichment!;
  const g = checkReply(msg, fixtureCtx().now()).enrichment!;
  return { text: r.enrichment!.text, guardrail: g };
}

Deno.test("charged more than a sale price believed: the order's own figure and the rule", async () => {
  const r = await answer(
    "I was charged $349 but I thought the mixer was on sale for $299?",
    castContext("emma", { order: "ORD-3002" }),
  );
  assert.match(r.text, /On ORD-3002 you paid 349\.00 USD for the Stand Mixer/);
  assert.match(r.text, /charged the price shown at checkout/);
  assert.doesNotMatch(r.text, /299|declined|card details/);
  assert.equal(r.guardrail.verdict, "pass");
});

Deno.test("the difference asked back: a no first, then the order's figure", async () => {
  const r = await answer(
    "so can I get the difference back?",
    castContext("emma", { order: "ORD-3002" }),
  );
  assert.match(r.text, /No — we don't refund a difference in price/);
  assert.match(r.text, /349\.00 USD for the Stand Mixer/);
  assert.doesNotMatch(r.text, /would you like to get a refund, or return something/);
});

Deno.test("a guest's price questions get the rule alone, the first sentence the answer", async () => {
  const fee = await answer("is there a restocking fee?", guestContext());
  assert.match(fee.text, /No — there's no restocking fee/);
  assert.doesNotMatch(fee.text, /cancelled until it ships/);
  const sale = await answer("are there any discounted products?", guestContext());
  assert.match(sale.text, /There's no sale on right now/);
  assert.doesNotMatch(sale.text, /return any item within 30 days/);
});

Deno.test("a guest asking for a VAT number on the invoice is told how, then how to sign in", async () => {
  const r = await answer(
    "I need an invoice with my company's VAT number on it",
    guestContext(),
    "invoice_request",
  );
  assert.match(r.text, /billing details at checkout/);
  assert.match(r.text, /sign in or tell me the email address/);
});

Deno.test("a product the catalogue does not have is said so, not the warranty rules", async () => {
  const context = {
    ...guestContext(),
    catalogue: { lookup: "none" as const, query: "iphones", products: [] },
  };
  const r = await answer("do you sell iphones?", context, "product_question");
  assert.match(r.text, /can't find "iphones" in our catalogue/);
  assert.doesNotMatch(r.text, /manufacturer's warranty/);
});
