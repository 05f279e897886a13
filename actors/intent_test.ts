import assert from "node:assert/strict";
import { createMessage, type PendingAction, type SessionInfo } from "../shared/protocol.ts";
import { createLlm } from "../shared/llm.ts";
import { silentLogger } from "../shared/log.ts";
import { startFakeLlm } from "../tests/helpers/fake_llm.ts";
import { INTENT_DEADLINE_MS, intentActor, type IntentDeps } from "./intent.ts";
import { sharedIntentClassifier } from "./nlu/intent_model.ts";

const now = new Date("2026-11-25T15:30:00Z");
const classifier = sharedIntentClassifier();

const pending: PendingAction = {
  id: "p1",
  action: {
    type: "cancel_order",
    order_id: "ORD-1003",
    params: {},
    requires_confirmation: true,
  },
  proposed_in: "m0",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "Cancel order ORD-1003",
};

async function run(
  text: string,
  deps: Partial<IntentDeps> = {},
  session: Partial<SessionInfo> = {},
) {
  const msg = createMessage({ text, conversationId: "c1", channel: "test", session, now });
  const ctx = {
    signal: AbortSignal.timeout(INTENT_DEADLINE_MS),
    log: silentLogger,
    now: () => now,
    deliveryCount: 1,
  };
  const started = performance.now();
  const out = await intentActor.process(msg, { llm: null, classifier, ...deps }, ctx);
  return { ...out.enrichment!, ms: performance.now() - started };
}

function llmFor(baseUrl: string, timeoutMs: number) {
  const config = {
    LLM_BASE_URL: baseUrl,
    LLM_API_KEY: "k",
    LLM_MODEL: "fake-model",
    LLM_TIMEOUT_MS: timeoutMs,
  };
  return { llm: createLlm(config), config };
}

Deno.test("warming up loads the committed intent weights before the first message", () => {
  intentActor.warmUp?.({ llm: null, products: [{ sku: "KIT-001", name: "Blue Ceramic Mug" }] });
  const classifier = sharedIntentClassifier();
  // Loaded, not trained: the weights match the examples (no time is asserted on a shared machine).
  assert.equal(classifier.origin, "loaded");
  assert.equal(sharedIntentClassifier(), classifier);
  assert.equal(classifier.classify("where is my order").intent, "order_status");
});

Deno.test("without an LLM the classifier answers with up to three alternatives", async () => {
  const r = await run("I want to cancel my order ORD-1003 please");
  assert.equal(r.intent, "cancel_order");
  assert.equal(r.source, "classifier");
  assert.ok(r.alternatives.length <= 3);
  assert.ok(r.alternatives.every((a) => a.intent !== "cancel_order"));
  assert.deepEqual(r.entities.order_ids, ["ORD-1003"]);
});

Deno.test("nothing confident reads as other", async () => {
  const r = await run("what's the capital of Mongolia");
  assert.equal(r.intent, "other");
});

Deno.test("after a pending confirmation a yes is affirm and a no is deny", async () => {
  for (const text of ["yes", "sure, go ahead", "ok do it"]) {
    const r = await run(text, {}, { pending_action: pending });
    assert.equal(r.intent, "affirm", text);
    assert.equal(r.source, "conversation", text);
  }
  for (const text of ["no", "don't", "no, don't cancel it", "wait, I changed my mind"]) {
    const r = await run(text, {}, { pending_action: pending });
    assert.equal(r.intent, "deny", text);
    assert.equal(r.source, "conversation", text);
  }
});

Deno.test("with a change pending, a reply that is not a clear yes is never affirm", async () => {
  for (const text of ["yeah no", "sure... not", "yes, no, wait", "k", "ok thanks"]) {
    const r = await run(text, {}, { pending_action: pending });
    assert.equal(r.confirmation, "unclear", text);
    assert.notEqual(r.intent, "affirm", text);
    assert.notEqual(r.intent, "deny", text);
    assert.deepEqual(r.entities.order_ids, ["ORD-1003"], "about the pending change's order");
  }
  const request = await run("yes but change the address instead", {}, { pending_action: pending });
  assert.equal(request.confirmation, "new_request");
  assert.equal(request.intent, "change_address");
  assert.equal((await run("where is my order?")).confirmation, undefined, "nothing pending");
});

Deno.test("with a change pending, the LLM's yes or no is not taken for a second request", async () => {
  await using fake = startFakeLlm([{ json: { intent: "affirm", confidence: 0.97 } }]);
  const r = await run("yes and send me the invoice", llmFor(fake.baseUrl, 2000), {
    pending_action: pending,
  });
  assert.equal(fake.requests.length, 1);
  assert.equal(r.confirmation, "new_request");
  assert.equal(r.intent, "invoice_request");
  assert.equal(r.source, "classifier");
});

Deno.test("without a pending confirmation a plain yes is read by the rules", async () => {
  const r = await run("yes");
  assert.equal(r.intent, "affirm");
  assert.equal(r.source, "rules");
});

Deno.test("the order named earlier is the default order entity", async () => {
  const session = { last_order_id: "ORD-1001" };
  assert.deepEqual((await run("where is it now?", {}, session)).entities.order_ids, ["ORD-1001"]);
  assert.deepEqual((await run("and ORD-1002?", {}, session)).entities.order_ids, ["ORD-1002"]);
  // A yes answers the pending change: it is about that change's order.
  const yes = await run("yes", {}, { ...session, pending_action: pending });
  assert.deepEqual(yes.entities.order_ids, ["ORD-1003"]);
  // Not an order's business: no order is assumed.
  assert.deepEqual((await run("do you accept paypal?", {}, session)).entities.order_ids, []);
});

Deno.test("catalogue words do not make a product question look out of scope", async () => {
  const products = [{ sku: "ACC-007", name: "Merino Beanie" }];
  // Words no example uses, and the classifier unsure: out of scope, unless the catalogue
  // knows them.
  const text = "merino beanie scratchy?";
  assert.equal((await run(text)).intent, "other");
  assert.notEqual((await run(text, { products })).intent, "other");
  const withCatalogue = await run("is the merino beanie itchy or soft", { products });
  assert.equal(withCatalogue.intent, "product_question");
  assert.deepEqual(withCatalogue.entities.products, products);
});

Deno.test("products come from the catalogue in deps", async () => {
  const products = [{ sku: "KIT-001", name: "Blue Ceramic Mug" }];
  const r = await run("can I add 2 of the blue mugs to my order", { products });
  assert.deepEqual(r.entities.products, products);
  assert.deepEqual(r.entities.quantities, [{ value: 2, item: "blue mugs" }]);
});

Deno.test("a valid LLM answer is used, with the patterns' entities kept", async () => {
  await using fake = startFakeLlm([
    {
      json: {
        intent: "refund_status",
        confidence: 0.88,
        alternatives: [{ intent: "refund_request", confidence: 0.1 }],
        entities: { order_ids: ["ORD-1002"] },
      },
    },
  ]);
  const r = await run("money for 1002 still not back", llmFor(fake.baseUrl, 2000));
  assert.equal(r.intent, "refund_status");
  assert.equal(r.source, "llm");
  assert.equal(r.confidence, 0.88);
  assert.deepEqual(r.alternatives, [{ intent: "refund_request", confidence: 0.1 }]);
  assert.deepEqual(r.entities.order_ids, ["ORD-1002"]);
  const sent = fake.requests[0].body.messages as { role: string; content: string }[];
  assert.equal(sent.at(-1)?.content, "money for 1002 still not back");
  assert.match(sent[0].content, /refund_status/);
});

Deno.test("invalid JSON from the LLM falls back to the classifier", async () => {
  await using fake = startFakeLlm([{ text: "I think it's cancel_order {oops" }]);
  const r = await run("I want to cancel my order", llmFor(fake.baseUrl, 2000));
  assert.equal(r.source, "classifier");
  assert.equal(r.intent, "cancel_order");
  assert.equal(fake.requests.length, 1);
  assert.equal(fake.remaining(), 0);
});

Deno.test("an answer outside the taxonomy falls back to the classifier", async () => {
  await using fake = startFakeLlm([{ json: { intent: "buy_pizza", confidence: 0.9 } }]);
  const r = await run("I want to cancel my order", llmFor(fake.baseUrl, 2000));
  assert.equal(r.source, "classifier");
  assert.equal(fake.requests.length, 1);
});

Deno.test("a 500 from the LLM falls back to the classifier at once, without retries", async () => {
  await using fake = startFakeLlm([{ status: 500 }]);
  const r = await run("I want to cancel my order", llmFor(fake.baseUrl, 2000));
  assert.equal(r.source, "classifier");
  assert.equal(fake.requests.length, 1);
  assert.ok(r.ms < 1000, `${r.ms} ms`);
});

Deno.test("a slow LLM times out and the classifier answers within LLM_TIMEOUT_MS", async () => {
  await using fake = startFakeLlm([{
    delayMs: 3000,
    then: { json: { intent: "other", confidence: 1 } },
  }]);
  const r = await run("I want to cancel my order", llmFor(fake.baseUrl, 300));
  assert.equal(r.source, "classifier");
  assert.equal(r.intent, "cancel_order");
  assert.equal(fake.requests.length, 1);
  assert.ok(r.ms >= 290 && r.ms < 1500, `${r.ms} ms`);
});

Deno.test("an LLM slower than the step's deadline still leaves the classifier time to answer", async () => {
  await using fake = startFakeLlm([
    { delayMs: INTENT_DEADLINE_MS + 2000, then: { json: { intent: "other", confidence: 1 } } },
  ]);
  const r = await run("I want to cancel my order", llmFor(fake.baseUrl, 60_000));
  assert.equal(r.source, "classifier");
  assert.equal(r.intent, "cancel_order");
  assert.equal(fake.requests.length, 1);
  // The LLM had most of the step, and the classifier answered before the deadline.
  assert.ok(r.ms > INTENT_DEADLINE_MS - 1000 && r.ms < INTENT_DEADLINE_MS, `${r.ms} ms`);
});

Deno.test("rules and pending confirmations do not wait for the LLM", async () => {
  await using fake = startFakeLlm([]);
  const deps = llmFor(fake.baseUrl, 2000);
  assert.equal((await run("hello!", deps)).source, "rules");
  assert.equal(
    (await run("yes go ahead", deps, { pending_action: pending })).source,
    "conversation",
  );
  assert.equal(fake.requests.length, 0);
});
