import assert from "node:assert/strict";
import { readIntent as read } from "../../tests/fixtures/intent.ts";

Deno.test("a refund refused in so many words is never read as a request for one", async () => {
  assert.equal((await read("i want a refund")).intent, "refund_request");
  const cases: [string, string][] = [
    ["I don't want a refund for 1002, I'm just annoyed it was late", "complaint"],
    ["no refund needed, just tell me when it arrives", "order_status"],
    ["I don't want a refund, what's your return policy", "policy_question"],
  ];
  for (const [text, intent] of cases) {
    const r = await read(text);
    assert.equal(r.intent, intent, text);
    assert.ok(r.requests?.every((q) => q.intent !== "refund_request"), text);
  }
  // Refusing the money to ask for the goods is asking for a replacement (domain/intents.ts).
  assert.equal((await read("I don't want a refund, I want the vacuum")).intent, "refund_request");
});
