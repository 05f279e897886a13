import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function invoiceReply(text: string): Promise<ResponseEnrichment> {
  const r = await responseActor.process(
    turnWith({
      text,
      who: "sarah",
      intent: intentOf("invoice_request", text),
      decision: "act",
      context: castContext("sarah", { order: "ORD-1002" }),
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("an invoice with a company name asked for says a colleague can reissue it", async () => {
  for (
    const [text, asked] of [
      ["can you add my company name to it? Chen Design LLC", true],
      ["please put our VAT number on the invoice", true],
      ["can i get an invoice for my espresso machine order? need it for work", false],
    ] as const
  ) {
    const r = await invoiceReply(text);
    assert.equal(r.template, "invoice_request", text);
    assert.equal(/A colleague can issue a corrected one/.test(r.text), asked, text);
    assert.deepEqual(r.proposed_actions.filter((a) => a.requires_confirmation), [], text);
  }
});
