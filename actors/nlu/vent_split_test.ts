import assert from "node:assert/strict";
import { detectRequests, splitRequests } from "./requests.ts";

Deno.test("Talk23: venting before a comma is a part of its own, the question after it another", () => {
  assert.deepEqual(
    splitRequests("this is a joke, where is my keyboard?").map((p) => p.text),
    ["this is a joke", "where is my keyboard?"],
  );
  assert.deepEqual(
    splitRequests("ugh seriously, this is ridiculous, can you check ORD-1001").map((p) => p.text),
    ["ugh seriously, this is ridiculous", "can you check ORD-1001"],
  );
});

Deno.test("a comma after words that tell of something does not cut", () => {
  assert.deepEqual(
    splitRequests("the box was crushed, where do I send it back").map((p) => p.text),
    ["the box was crushed, where do I send it back"],
  );
});

Deno.test("Talk23: a person turned down beside a change is no request of its own", () => {
  const classify = (t: string) =>
    /person/.test(t)
      ? { intent: "human_agent" as const, confidence: 0.8 }
      : { intent: "cancel_order" as const, confidence: 0.9 };
  const text = "no need to talk to a person, just cancel ORD-1003 please";
  const got = detectRequests(text, { intent: "human_agent", confidence: 0.6 }, classify);
  assert.deepEqual(got.map((r) => r.intent), ["cancel_order"]);
});

Deno.test("Talk23: a person asked for before a comma is a part of its own", () => {
  assert.deepEqual(
    splitRequests("put me through to customer service, I want to return the espresso machine")
      .map((p) => p.text),
    ["put me through to customer service", "I want to return the espresso machine"],
  );
  assert.deepEqual(
    splitRequests("i need someone who knows, this is complicated").map((p) => p.text),
    ["i need someone who knows, this is complicated"],
  );
});
