import assert from "node:assert/strict";
import { responseActor, type ResponseDeps } from "./response.ts";
import { createLlm } from "../shared/llm.ts";
import type { ResponseEnrichment } from "../shared/protocol.ts";
import { type FakeReply, startFakeLlm } from "../tests/helpers/fake_llm.ts";
import {
  castContext,
  fixtureCtx,
  intentOf,
  type TurnOptions,
  turnWith,
} from "../tests/fixtures/turns.ts";

const STATUS: TurnOptions = {
  text: "Where is ORD-1001?",
  who: "sarah",
  intent: "order_status",
  context: castContext("sarah", { order: "ORD-1001" }),
  decision: "act",
};

const GROUNDED = "Hi Sarah! ORD-1001 shipped on June 13 with UPS (tracking TRK8800001001) " +
  "and should arrive on June 17.";

function answer(reply: string, proposed_actions: unknown[] = [], tone = "friendly"): FakeReply {
  return { json: { reply, tone, proposed_actions } };
}

async function withLlm(
  script: FakeReply[],
  t: TurnOptions = STATUS,
  extra: Partial<ResponseDeps> = {},
): Promise<{ r: ResponseEnrichment; requests: number; body: Record<string, unknown>[] }> {
  await using fake = startFakeLlm(script);
  const llm = createLlm({
    LLM_BASE_URL: fake.baseUrl,
    LLM_API_KEY: "test",
    LLM_MODEL: "fake-model",
    LLM_TIMEOUT_MS: 2000,
  });
  const out = await responseActor.process(
    turnWith(t),
    { llm, llmTimeoutMs: 4_000, ...extra },
    fixtureCtx(),
  );
  assert.ok(out.enrichment);
  return {
    r: out.enrichment,
    requests: fake.requests.length,
    body: fake.requests.map((q) => q.body),
  };
}

Deno.test("a valid, grounded LLM reply is used with its look-ups", async () => {
  const { r, body } = await withLlm([
    answer(GROUNDED, [{ type: "tracking_info", order_id: "ORD-1001" }]),
  ]);
  assert.equal(r.source, "llm");
  assert.equal(r.template, null);
  assert.equal(r.text, GROUNDED);
  assert.equal(r.tone, "friendly");
  assert.deepEqual(r.proposed_actions, [
    { type: "tracking_info", order_id: "ORD-1001", params: {}, requires_confirmation: false },
  ]);
  const messages = body[0].messages as { role: string; content: string }[];
  assert.equal(messages[0].role, "system");
  const turn = messages[1].content;
  assert.match(turn, /ORD-1001/);
  assert.match(turn, /"order_lookup":"found"/);
  assert.doesNotMatch(turn, /ORD-2001|mike|emma|Maple Street|sarah\.chen@/i);
});

Deno.test("the LLM path falls back to the template on invalid JSON or a schema mismatch", async () => {
  for (const bad of [{ text: "{not json" }, { json: { reply: 3, tone: "friendly" } }]) {
    const { r, requests } = await withLlm([bad]);
    assert.equal(r.source, "template");
    assert.equal(r.template, "order_status");
    assert.equal(requests, 1);
  }
});

Deno.test("the LLM path falls back to the template on a 500, without retrying", async () => {
  const { r, requests } = await withLlm([{ status: 500 }]);
  assert.equal(r.source, "template");
  assert.equal(requests, 1);
});

Deno.test("the LLM path falls back to the template when the model is too slow", async () => {
  const started = performance.now();
  const { r } = await withLlm([{ delayMs: 3000, then: answer(GROUNDED) }], STATUS, {
    llmTimeoutMs: 150,
  });
  assert.equal(r.source, "template");
  assert.ok(performance.now() - started < 2000);
});

Deno.test("an LLM reply with an order fact outside the context is replaced by the template", async () => {
  const invented = [
    "Hi Sarah! ORD-7777 is on its way too.",
    "Hi Sarah! You paid $199.00 for ORD-1001.",
    "Hi Sarah! ORD-1001 will arrive on July 30.",
    "Hi Sarah! Your tracking number is TRK1234567890.",
  ];
  for (const reply of invented) {
    const { r } = await withLlm([answer(reply)]);
    assert.equal(r.source, "template", reply);
    assert.doesNotMatch(r.text, /ORD-7777|199\.00|July 30|TRK1234567890/);
  }
});

Deno.test("LLM proposals: changes need a yes, others' orders and refused changes are dropped", async () => {
  const cancel: TurnOptions = {
    text: "Cancel ORD-1003",
    who: "sarah",
    intent: "cancel_order",
    context: castContext("sarah", { order: "ORD-1003" }),
    decision: "act",
  };
  const { r } = await withLlm([
    answer("Hi Sarah, I can cancel ORD-1003 for you.", [
      { type: "cancel_order", order_id: "ORD-1003", params: { reason: "asked" } },
      { type: "cancel_order", order_id: "ORD-2002" },
      { type: "cancel_order", order_id: "ORD-1001" },
    ], "neutral"),
  ], cancel);
  assert.equal(r.source, "llm");
  assert.deepEqual(r.proposed_actions, [
    {
      type: "cancel_order",
      order_id: "ORD-1003",
      params: { reason: "asked" },
      requires_confirmation: true,
    },
  ]);
  assert.match(r.text, /^Hi Sarah, I can cancel ORD-1003 for you\. .*yes/);
});

Deno.test("an LLM reply that asks for a yes but proposes nothing falls back to the template", async () => {
  const { r } = await withLlm([answer("Hi Sarah, shall I cancel it? Reply yes to confirm.")]);
  assert.equal(r.source, "template");
});

Deno.test("handoffs and answers to a pending action do not call the LLM", async () => {
  const { r, requests } = await withLlm([], { ...STATUS, decision: "handoff" });
  assert.equal(r.template, "handoff");
  assert.equal(requests, 0);
});

Deno.test("several requests reach the model in order; a reply proposing two changes is not used", async () => {
  const text = "cancel ORD-1003 and I also want to return ORD-1002";
  const at = (part: string) => ({
    start: text.indexOf(part),
    end: text.indexOf(part) + part.length,
  });
  const t: TurnOptions = {
    text,
    who: "sarah",
    intent: intentOf("cancel_order", text, {
      requests: [
        {
          intent: "return_item",
          confidence: 0.8,
          text: "I also want to return ORD-1002",
          ...at("I also want to return ORD-1002"),
        },
        {
          intent: "cancel_order",
          confidence: 0.9,
          text: "cancel ORD-1003",
          ...at("cancel ORD-1003"),
        },
      ],
    }),
    context: castContext("sarah", { order: "ORD-1003" }),
    decision: "act",
  };
  const { r, body } = await withLlm([
    answer("I can cancel ORD-1003 and start the return of ORD-1002. Reply yes to confirm.", [
      { type: "cancel_order", order_id: "ORD-1003" },
      { type: "return_item", order_id: "ORD-1002" },
    ]),
  ], t);
  const messages = body[0].messages as { role: string; content: string }[];
  const turn = JSON.parse(messages[1].content);
  assert.deepEqual(turn.requests.map((q: { intent: string }) => q.intent), [
    "cancel_order",
    "return_item",
  ]);
  assert.equal(r.source, "template", JSON.stringify(r));
  assert.equal(r.proposed_actions.filter((a) => a.requires_confirmation).length, 1);
});
