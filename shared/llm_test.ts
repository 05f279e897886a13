import assert from "node:assert/strict";
import { z } from "zod";
import { createLlm, type LlmConfig, parseJsonObject } from "./llm.ts";
import { PermanentError, RetryableError } from "./errors.ts";
import { startFakeLlm } from "../tests/helpers/fake_llm.ts";

const Answer = z.object({ intent: z.string(), confidence: z.number() });

function config(baseUrl: string | undefined): LlmConfig {
  return {
    LLM_BASE_URL: baseUrl,
    LLM_API_KEY: "test-key",
    LLM_MODEL: "fake-model",
    LLM_TIMEOUT_MS: 2000,
  };
}

Deno.test("createLlm returns null when LLM_BASE_URL is unset", () => {
  assert.equal(createLlm(config(undefined)), null);
});

Deno.test("completeJson returns the validated JSON answer and sends a JSON request", async () => {
  await using fake = startFakeLlm([{ json: { intent: "cancel_order", confidence: 0.9 } }]);
  const llm = createLlm(config(fake.baseUrl))!;
  const out = await llm.completeJson(Answer, [{ role: "user", content: "cancel it" }]);
  assert.deepEqual(out, { intent: "cancel_order", confidence: 0.9 });
  assert.equal(fake.requests.length, 1);
  assert.equal(fake.requests[0].body.model, "fake-model");
  assert.deepEqual(fake.requests[0].body.response_format, { type: "json_object" });
  assert.equal(fake.requests[0].authorization, "Bearer test-key");
});

Deno.test("completeJson takes the JSON object out of a fenced answer", async () => {
  await using fake = startFakeLlm([{ text: '```json\n{"intent":"x","confidence":1}\n```' }]);
  const llm = createLlm(config(fake.baseUrl))!;
  assert.deepEqual(await llm.completeJson(Answer, []), { intent: "x", confidence: 1 });
});

Deno.test("completeJson throws a permanent error on invalid JSON or a schema mismatch", async () => {
  await using fake = startFakeLlm([{ text: "{not json" }, { json: { intent: 3 } }]);
  const llm = createLlm(config(fake.baseUrl))!;
  await assert.rejects(llm.completeJson(Answer, []), PermanentError);
  await assert.rejects(llm.completeJson(Answer, []), /confidence/);
});

Deno.test("a 500 is thrown once as retryable, without retries", async () => {
  await using fake = startFakeLlm([{ status: 500 }]);
  const llm = createLlm(config(fake.baseUrl))!;
  await assert.rejects(llm.completeJson(Answer, []), RetryableError);
  assert.equal(fake.requests.length, 1);
  assert.equal(fake.exhausted, false);
});

Deno.test("a slow answer times out at timeoutMs", async () => {
  await using fake = startFakeLlm([{ delayMs: 2000, then: { json: { intent: "x" } } }]);
  const llm = createLlm(config(fake.baseUrl))!;
  const started = performance.now();
  await assert.rejects(llm.completeJson(Answer, [], { timeoutMs: 150 }), /within 150 ms/);
  assert.ok(performance.now() - started < 1000);
});

Deno.test("a fractional timeout is rounded down, not refused", async () => {
  await using fake = startFakeLlm([{ json: { intent: "x", confidence: 1 } }]);
  const llm = createLlm(config(fake.baseUrl))!;
  assert.deepEqual(await llm.completeJson(Answer, [], { timeoutMs: 1234.56 }), {
    intent: "x",
    confidence: 1,
  });
});

Deno.test("an aborted signal ends the call", async () => {
  await using fake = startFakeLlm([{ delayMs: 2000, then: { json: {} } }]);
  const llm = createLlm(config(fake.baseUrl))!;
  const ctrl = new AbortController();
  setTimeout(() => ctrl.abort(), 50);
  await assert.rejects(llm.completeText([], { signal: ctrl.signal }), RetryableError);
});

Deno.test("the fake fails when its script runs out", async () => {
  await using fake = startFakeLlm([]);
  const llm = createLlm(config(fake.baseUrl))!;
  await assert.rejects(llm.completeText([]), /599/);
  assert.equal(fake.exhausted, true);
});

Deno.test("parseJsonObject rejects text without an object", () => {
  assert.throws(() => parseJsonObject("sorry, I cannot"), PermanentError);
});
