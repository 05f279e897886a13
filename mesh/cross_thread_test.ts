import assert from "node:assert/strict";
import { LocalSteps } from "./chaining.ts";
import { ParentStep, ParentStepAnswers, runStepRequest, type StepRequest } from "./cross_thread.ts";
import type { Delivery } from "../shared/bus/types.ts";
import type { Message } from "../shared/protocol.ts";
import { createMessage } from "../shared/protocol.ts";

function delivery(count = 1): Delivery & { workings: number } {
  return {
    subject: "mesh.guardrail",
    data: new Uint8Array(),
    deliveryCount: count,
    headers: { traceparent: "00-aa-bb-01" },
    workings: 0,
    ack: () => Promise.resolve(),
    nak: () => {},
    term: () => {},
    working() {
      this.workings++;
    },
  };
}

function message(): Message {
  return createMessage({
    text: "where is my order?",
    conversationId: "conv-1",
    customer: "emma.wilson@example.com",
    replyTo: "mesh.reply.gw-1",
    channel: "http",
  });
}

/** A Worker's parent step wired straight to a parent's steps, as the supervisor wires them. */
function wired(parent: LocalSteps | undefined, timeoutMs = 5_000) {
  const answers = new ParentStepAnswers();
  const requests: StepRequest[] = [];
  const step = new ParentStep({
    actor: "aggregator",
    timeoutMs,
    answers,
    post: (req) => {
      requests.push(req);
      runStepRequest(parent, req, (a) => answers.answer(a));
    },
  });
  return { step, requests, answers };
}

Deno.test("a step handed to the parent runs there on the same message, and the chain ends", async () => {
  const parent = new LocalSteps();
  const ran: { msg: Message; count: number; trace: string | undefined; depth: number }[] = [];
  parent.register("aggregator", {
    runInline(msg, d, depth) {
      ran.push({ msg, count: d.deliveryCount, trace: d.headers.traceparent, depth });
      return Promise.resolve(true);
    },
  });
  const { step, requests } = wired(parent);
  const d = delivery(2);
  const msg = message();
  assert.equal(await step.runInline(msg, d, 5), true);
  assert.equal(requests.length, 1);
  assert.equal(typeof requests[0].msg, "string", "the envelope crosses as JSON text");
  assert.deepEqual(ran[0].msg, msg);
  assert.deepEqual([ran[0].count, ran[0].trace, ran[0].depth], [2, "00-aa-bb-01", 5]);
  assert.equal(d.workings, 1, "the deadline is pushed back as the step is handed over");
});

Deno.test("a step the parent cannot take is published by the Worker instead", async (t) => {
  await t.step("the parent's actors are not running yet", async () => {
    const { step } = wired(undefined);
    assert.equal(await step.runInline(message(), delivery(), 1), false);
  });
  await t.step("the parent runs no such actor", async () => {
    const { step } = wired(new LocalSteps());
    assert.equal(await step.runInline(message(), delivery(), 1), false);
  });
  await t.step("the step failed there (or threw)", async () => {
    for (const run of [() => Promise.resolve(false), () => Promise.reject(new Error("disk"))]) {
      const parent = new LocalSteps();
      parent.register("aggregator", { runInline: run });
      const { step } = wired(parent);
      assert.equal(await step.runInline(message(), delivery(), 1), false);
    }
  });
  await t.step("no answer in time", async () => {
    const answers = new ParentStepAnswers();
    const step = new ParentStep({
      actor: "aggregator",
      timeoutMs: 20,
      answers,
      post: () => {},
    });
    assert.equal(await step.runInline(message(), delivery(), 1), false);
    assert.equal(answers.pending, 0);
    answers.answer({ type: "step_result", id: 1, ok: true }); // late: ignored
  });
  await t.step("the Worker is stopping", async () => {
    const answers = new ParentStepAnswers();
    const step = new ParentStep({
      actor: "aggregator",
      timeoutMs: 5_000,
      answers,
      post: () => {},
    });
    const pending = step.runInline(message(), delivery(), 1);
    answers.cancelAll();
    assert.equal(await pending, false);
  });
});
