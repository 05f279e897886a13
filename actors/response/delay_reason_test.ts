/**
 * "Why is it delayed?" is answered from the carrier's latest scan — its words, place and
 * day — and passes the guardrail; a status question keeps the status reply.
 */
import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import { asksWhy } from "./delay_reason.ts";
import { delayCause } from "./order_facts.ts";
import type { ContextEnrichment, TrackingView } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

function mikeWith(last: Partial<NonNullable<TrackingView["last_event"]>>, status?: string) {
  const c: ContextEnrichment = castContext("mike", { order: "ORD-2001" });
  const t = c.tracking!;
  return {
    ...c,
    tracking: { ...t, status: status ?? t.status, last_event: { ...t.last_event!, ...last } },
  };
}

async function answer(text: string, context: ContextEnrichment) {
  const msg = turnWith({ text, who: "mike", intent: "order_status", context });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  msg.payload.response = r.enrichment!;
  const checked = checkReply(msg, fixtureCtx().now());
  return { text: r.enrichment!.text, verdict: checked.enrichment!.verdict };
}

Deno.test("asking why gets the cause the carrier gave, with where and when it said it", async () => {
  const ctx = mikeWith({ description: "Delivery delayed: held at customs" });
  for (
    const q of ["why is it delayed?", "how come its late", "whats the holdup with my keyboard"]
  ) {
    const r = await answer(q, ctx);
    assert.match(
      r.text,
      /FedEx gives the reason .* ORD-2001, from Memphis, TN on \w+ \d+: held at customs\./,
      q,
    );
    assert.doesNotMatch(r.text, /is still delayed/, q);
    assert.notEqual(r.verdict, "blocked", q);
  }
});

Deno.test("a delay scan without a cause says so, quoting the carrier, instead of inventing one", async () => {
  const r = await answer("why is it delayed", mikeWith({ description: "Delivery exception" }));
  assert.match(
    r.text,
    /FedEx reported a delay on order ORD-2001 from Memphis, TN .*"Delivery exception", without giving a reason/,
  );
});

Deno.test("a parcel on schedule asked why it's late: the carrier's latest scan, no delay claimed", async () => {
  const r = await answer(
    "why is it taking so long?",
    mikeWith({ status: "in_transit", description: "Departed FedEx hub" }, "in_transit"),
  );
  assert.match(
    r.text,
    /keeping to its schedule: its latest update, from Memphis, TN .*"Departed FedEx hub"/,
  );
  assert.notEqual(r.verdict, "blocked");
});

Deno.test("a status question is no 'why': the status reply names the delay and its cause", async () => {
  const r = await answer(
    "where is my keyboard",
    mikeWith({ description: "Delivery delayed: severe weather" }),
  );
  assert.match(r.text, /reported a delay at Memphis, TN on \w+ \d+ \(severe weather\)/);
  assert.doesNotMatch(r.text, /gives the reason/);
});

Deno.test("the cause is read out of the carrier's words, and 'why' is told from 'where'", () => {
  assert.equal(
    delayCause("Delivery delayed: Severe weather at the Memphis hub."),
    "severe weather at the Memphis hub",
  );
  assert.equal(delayCause("Delay - address information needed"), "address information needed");
  assert.equal(delayCause("Delivery delayed"), null);
  assert.equal(delayCause(undefined), null);
  assert.ok(asksWhy("why hasn't it moved"));
  assert.ok(asksWhy("what's the reason for the delay"));
  assert.ok(!asksWhy("where is my order"));
  assert.ok(!asksWhy("is it delayed?"));
});
