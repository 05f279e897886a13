import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import { fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

Deno.test("feedback with no praise in it is thanked plainly and asked what we can do", async () => {
  // Read positive by a model that misreads it, the words decide. ("I just want it sorted" as
  // the first thing said is asked what happened: the test below.)
  for (const sentiment of ["positive", "neutral"] as const) {
    const r = await reply(
      turnWith({ text: "the parcel came on tuesday", who: "sarah", intent: "feedback", sentiment }),
    );
    assert.equal(r.template, "feedback_plain", sentiment);
    assert.doesNotMatch(r.text, /lovely to hear|kind words|leave a review/, sentiment);
    assert.match(r.text, /something I can do about it/, sentiment);
  }
});

Deno.test("praise is still thanked as praise", async () => {
  const r = await reply(
    turnWith({
      text: "you guys are amazing",
      who: "sarah",
      intent: "feedback",
      sentiment: "positive",
    }),
  );
  assert.notEqual(r.template, "feedback_plain");
  assert.match(r.text, /kind words|lovely to hear|thank/i);
});

Deno.test("praise in slang, named by the sentiment reader, is thanked as praise", async () => {
  const msg = turnWith({
    text: "the mixer slaps",
    who: "sarah",
    intent: "feedback",
    sentiment: "positive",
  });
  msg.payload.sentiment = { ...msg.payload.sentiment!, signals: ["slang_praise"] };
  const r = await reply(msg);
  assert.notEqual(r.template, "feedback_plain");
});

Deno.test("'i just want it sorted' as the first thing said is asked what happened", async () => {
  const r = await reply(
    turnWith({ text: "i just want it sorted", who: "sarah", intent: "feedback" }),
  );
  assert.equal(r.template, "complaint_announced");
  assert.match(r.text, /what happened/);
});
