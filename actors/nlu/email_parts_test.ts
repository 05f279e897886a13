import assert from "node:assert/strict";
import { asksAboutTheRest, byWhatIsAsked } from "./email_parts.ts";
import { detectRequests } from "./requests.ts";
import { sharedIntentClassifier } from "./intent_model.ts";

const classifier = sharedIntentClassifier();
const classify = (t: string) => classifier.classify(t, {});

Deno.test("a feasibility question asks what the sentence before asks", () => {
  for (
    const t of [
      "Is that possible for ORD-1003?",
      "is that possible?",
      "Would that be ok?",
      "could you do that please?",
      "Can this be done for order #1003?",
      "is there any way to do that?",
    ]
  ) assert.ok(asksAboutTheRest(t), t);
  for (
    const t of [
      "Is it possible to pay by PayPal?",
      "can you cancel it",
      "is that the tracking number?",
      "would it be possible to change the address",
    ]
  ) assert.ok(!asksAboutTheRest(t), t);
});

Deno.test("venting comes after what is asked, whatever its confidence", () => {
  const sorted = byWhatIsAsked([
    { intent: "complaint" as const, confidence: 1 },
    { intent: "refund_request" as const, confidence: 0.9 },
    { intent: "delivery_problem" as const, confidence: 0.95 },
  ]);
  assert.deepEqual(sorted.map((r) => r.intent), [
    "delivery_problem",
    "refund_request",
    "complaint",
  ]);
});

/** Reads a message's requests as the intent actor does (the whole's reading first). */
function requestsOf(text: string, target: (t: string) => string | null = () => null) {
  return detectRequests(text, classify(text), classify, target).map((r) => r.intent);
}

Deno.test("a long email's story asks nothing; its one request is found, asked politely", () => {
  const text =
    "Hello,\n\nHope your week is going well. Quick bit of background: I'm a runner and " +
    "I bought the trail shoes for a race next month. My last order was late too, but that's " +
    "fine.\n\nI've just realised I need them sent to my office instead: 12 King Street, Boston " +
    "MA 02110. Is that possible for ORD-1003?\n\nCheers,\nSarah Chen";
  const found = requestsOf(text, (t) => /trail shoes|ORD-1003/.test(t) ? "ORD-1003" : null);
  assert.deepEqual(found, ["change_address"]);
});

Deno.test("a chatty email read as `other` as a whole is answered by the part that asks", () => {
  const text = "hi so i got the headphones order a while ago and honestly love them, my husband " +
    "uses them every day lol. anyway just wondering do you ship to canada? my sister wants a pair";
  assert.deepEqual(requestsOf(text), ["shipping_options"]);
});

Deno.test("'This is unacceptable' takes no place of a request in a three-request email", () => {
  const text = "I placed order 3001 nearly three weeks ago. The tracking hasn't moved in over a " +
    "week. This is unacceptable.\n\nI would like a full refund please. Also, separately, the " +
    "item in 3002 arrived damaged, the box was crushed.";
  const found = requestsOf(text, (t) => t.match(/\b(3001|3002)\b/)?.[1] ?? null);
  assert.ok(found.includes("refund_request"), found.join());
  assert.ok(!found.includes("complaint"), found.join());
  assert.equal(found.filter((i) => i === "delivery_problem").length, 2);
});

Deno.test("a part that only tells what happened is a story, one that asks is not", async () => {
  const { tellsStory } = await import("./email_parts.ts");
  for (
    const t of [
      "I bought the trail shoes for a race next month",
      "Quick bit of background: I ordered it for my son",
      "we got the mixer last week",
    ]
  ) assert.ok(tellsStory(t), t);
  for (
    const t of [
      "I bought the shoes, can you cancel them",
      "I ordered the wrong size and need to return it",
      "wheres the keyboard",
      "did I order the blue one?",
    ]
  ) assert.ok(!tellsStory(t), t);
});

Deno.test("who writes and why is no request; the numbered questions are", async () => {
  const { tellsStory } = await import("./email_parts.ts");
  for (
    const t of [
      "My name is Mike",
      "I've bought from you a few times",
      "I was going to order a second monitor for my office but wanted to ask a couple of things first",
      "I'm a loyal customer of many years",
    ]
  ) assert.ok(tellsStory(t), t);
  const text = "Good morning,\n\nMy name is Mike and I've bought from you a few times. I was " +
    "going to order a second monitor for my office but wanted to ask a couple of things " +
    "first.\n\n1. Do you ship to Canada?\n2. How long do refunds take?\n3. Is my order ORD 2002 " +
    "still waiting for payment?\n\nThanks in advance,\nMike";
  const found = requestsOf(text, (t) => /2002|monitor|Mike/.test(t) ? "x" : null);
  assert.deepEqual([...found].sort(), ["payment_issue", "policy_question", "shipping_options"]);
});

Deno.test("'I would appreciate an update' in a formal letter asks where the order stands", async () => {
  const { asksForUpdate } = await import("./email_parts.ts");
  for (
    const t of [
      "but I would appreciate an update",
      "I'd appreciate an update",
      "any update on my order?",
      "please keep me posted",
    ]
  ) assert.ok(asksForUpdate(t), t);
  for (const t of ["thanks for the update", "I updated my address", "any discount codes?"]) {
    assert.ok(!asksForUpdate(t), t);
  }
  const text = "Dear Sir or Madam,\n\nI am writing about my order, reference ORD-2001. I was " +
    "told it would arrive last week. My brother had the same problem with another shop, so I " +
    "know these things happen, but I would appreciate an update.\n\nCould you also tell me " +
    "which payment methods you accept? My card was declined on the other order.";
  const found = requestsOf(text, (t) => /2001/.test(t) ? "ORD-2001" : null);
  assert.ok(found.includes("order_status") || found.includes("delivery_problem"), found.join());
  assert.ok(found.includes("payment_methods"), found.join());
});

Deno.test("a part asking a replacement rather than a refund is no refund request", async () => {
  const { replacementNotRefund } = await import("./email_parts.ts");
  const asked = "I'd like a replacement rather than a refund if possible";
  assert.equal(replacementNotRefund(asked, classify(asked)).intent, "delivery_problem");
  const refund = "I'd like a refund please";
  assert.equal(
    replacementNotRefund(refund, { intent: "refund_request", confidence: 0.9 }).intent,
    "refund_request",
  );
});

Deno.test("a purchase told with no trouble is the background of a message, not a request", async () => {
  const { onlyTellsPurchase } = await import("./email_parts.ts");
  for (
    const t of [
      "Hello, I ordered a monitor last week",
      "I bought headphones from you",
      "We ordered the stand mixer in March",
    ]
  ) assert.ok(onlyTellsPurchase(t), t);
  for (
    const t of [
      "I ordered a vacuum two weeks ago and it never arrived",
      "I received the wrong item",
      "I bought headphones but they're broken",
      "I ordered a monitor, can you cancel it",
    ]
  ) assert.ok(!onlyTellsPurchase(t), t);
  const text = "Hello, I ordered a monitor last week and I haven't heard anything. " +
    "Can you tell me when it ships?";
  assert.deepEqual(requestsOf(text, () => "ORD-2002"), ["order_status"]);
});
