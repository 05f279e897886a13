/**
 * Several requests in one message are found, ranked (the message's intent first) and
 * carried with the words that make each.
 */
import assert from "node:assert/strict";
import { createMessage, type Intent } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";
import { detectRequests, MAX_REQUESTS, splitRequests } from "./requests.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };

async function requests(text: string) {
  const msg = createMessage({ text, conversationId: "c", channel: "test", now });
  const r = await understand(msg, { llm: null }, ctx);
  return { intent: r.intent, requests: r.requests! };
}
const intents = async (text: string) => (await requests(text)).requests.map((r) => r.intent);

Deno.test("two requests joined by 'and' are both read, with the words of each", async () => {
  const r = await requests("where is ORD-1001 and do you take PayPal?");
  assert.deepEqual(
    new Map(r.requests.map((x) => [x.intent, x.text])),
    new Map([
      ["order_status", "where is ORD-1001"],
      ["payment_methods", "do you take PayPal?"],
    ]),
  );
  const text = "where is ORD-1001 and do you take PayPal?";
  for (const x of r.requests) assert.equal(text.slice(x.start, x.end), x.text);
});

Deno.test("the message's own intent is the first request", async () => {
  for (
    const text of [
      "where is ORD-1001 and do you take PayPal?",
      "cancel ORD-1003 and refund me please",
      "Hi! Where is my order? Also, can I change the delivery address? And I need an invoice.",
    ]
  ) {
    const r = await requests(text);
    assert.equal(r.requests[0].intent, r.intent, text);
  }
});

Deno.test("up to three distinct requests across sentences, questions and conjunctions", async () => {
  assert.deepEqual(
    new Set(
      await intents("my parcel arrived damaged. I want my money back. Can I talk to a person?"),
    ),
    new Set(["delivery_problem", "refund_request", "human_agent"]),
  );
  assert.deepEqual(
    new Set(
      await intents(
        "Where is my order? Also, can I change the delivery address? And I need an invoice.",
      ),
    ),
    new Set(["order_status", "change_address", "invoice_request"]),
  );
  const many = await intents(
    "Where is my order? Can I change the address? I need an invoice. Do you take PayPal? How do I reset my password?",
  );
  assert.equal(many.length, MAX_REQUESTS);
  assert.equal(new Set(many).size, many.length);
});

Deno.test("a message read as a blend of its requests takes the surest one as its intent", async () => {
  const r = await requests(
    "where is 1001 and do you take paypal? also cancel the one that hasn't shipped yet",
  );
  assert.deepEqual(
    new Set(r.requests.map((x) => x.intent)),
    new Set(["order_status", "payment_methods", "cancel_order"]),
  );
  assert.equal(r.intent, r.requests[0].intent);
  const confidences = r.requests.map((x) => x.confidence);
  assert.deepEqual(confidences, [...confidences].sort((a, b) => b - a));
});

Deno.test("one request stays one: lists of things, greetings and thanks around a request", async () => {
  assert.deepEqual(await intents("I want to return the keyboard and the mouse"), ["return_item"]);
  assert.deepEqual(await intents("thanks, and where is my refund?"), ["refund_status"]);
  assert.deepEqual(await intents("Hello there! Where is my parcel?"), ["order_status"]);
  // The count of a change of items, in a sentence of its own, is the change's own.
  assert.deepEqual(await intents("can i change the quantity on 1003? want 3 bottles"), [
    "modify_order",
  ]);
  assert.deepEqual(await intents("do you ship to canada and how long does it take"), [
    "shipping_options",
  ]);
  const single = await requests("where is my order");
  assert.deepEqual(single.requests, [{
    intent: single.intent,
    confidence: single.requests[0].confidence,
    text: "where is my order",
    start: 0,
    end: 17,
  }]);
});

Deno.test("a message is cut at sentence ends, question marks and clause-opening conjunctions only", () => {
  assert.deepEqual(
    splitRequests("Where is my order? and also cancel the mixer. Thanks").map((p) => p.text),
    ["Where is my order?", "cancel the mixer"],
  );
  assert.deepEqual(splitRequests("the keyboard and the mouse").map((p) => p.text), [
    "the keyboard and the mouse",
  ]);
  assert.deepEqual(
    splitRequests("I need the invoice, and can you send it by email").map((p) => p.text),
    ["I need the invoice", "can you send it by email"],
  );
});

Deno.test("an order number on its own is a reference for the request beside it, not a request", async () => {
  assert.deepEqual(
    splitRequests("ORD-3001. can you just send me another one").map((p) => p.text),
    ["can you just send me another one"],
  );
  assert.deepEqual(splitRequests("order #1003. cancel it pls").map((p) => p.text), [
    "cancel it pls",
  ]);
  assert.deepEqual(splitRequests("its ORD-1001 btw. where is it?").map((p) => p.text), [
    "where is it?",
  ]);
  assert.equal((await requests("ORD-3001. can you just send me another one")).requests.length, 1);
  // A part that asks about its order is still a request of its own.
  assert.deepEqual(
    splitRequests("ORD-1001 status? and cancel ORD-1003").map((p) => p.text),
    ["ORD-1001 status?", "cancel ORD-1003"],
  );
});

Deno.test("the same question about two orders is two requests, each about its own", () => {
  const classify = (t: string) =>
    /delivered|ship|tracking/.test(t)
      ? { intent: "order_status" as const, confidence: 0.8 }
      : { intent: "product_question" as const, confidence: 0.3 };
  const targetOf = (t: string) =>
    /headphones/.test(t) ? "headphones" : /espresso/.test(t) ? "espresso" : null;
  const text = "where are the headphones and has the espresso machine been delivered?";
  const got = detectRequests(text, { intent: "order_status", confidence: 0.7 }, classify, targetOf);
  assert.deepEqual(got.map((r) => [r.intent, targetOf(r.text)]), [
    ["order_status", "headphones"],
    ["order_status", "espresso"],
  ]);
  // Without a target the weak part is no request of its own.
  const alone = detectRequests(text, { intent: "order_status", confidence: 0.7 }, classify);
  assert.equal(alone.length, 1);
});

Deno.test("a whole read weakly as one of its parts is a blend too: the surest part leads", () => {
  const reads: Record<string, { intent: Intent; confidence: number }> = {
    "where is 1001": { intent: "order_status", confidence: 0.75 },
    "do you take paypal?": { intent: "payment_methods", confidence: 0.98 },
    "cancel the other one": { intent: "cancel_order", confidence: 0.66 },
  };
  const classify = (part: string) => reads[part] ?? { intent: "other" as Intent, confidence: 0.2 };
  const text = "where is 1001 and do you take paypal? cancel the other one";
  const weak = detectRequests(text, { intent: "cancel_order", confidence: 0.26 }, classify);
  assert.deepEqual(weak.map((r) => [r.intent, r.confidence]), [
    ["payment_methods", 0.98],
    ["order_status", 0.75],
    ["cancel_order", 0.66],
  ]);
  // Read surely as one of them, the whole's reading leads, with its own confidence.
  const sure = detectRequests(text, { intent: "cancel_order", confidence: 0.7 }, classify);
  assert.deepEqual(sure.map((r) => r.intent), ["cancel_order", "payment_methods", "order_status"]);
  assert.equal(sure[0].confidence, 0.7);
});

Deno.test("a question beside a change keeps its own reading, however weakly it reads alone", async () => {
  const found = await intents(
    "hi! two things: where are my headphones, and can I change the address on the shoes order to 9 Hill Road, Bristol BS1 4DJ?",
  );
  assert.deepEqual(new Set(found), new Set(["change_address", "order_status"]));
  // Parts that ask the same as the whole still take its reading.
  assert.deepEqual(
    new Set(await intents("where are the headphones and has the espresso machine been delivered?")),
    new Set(["order_status"]),
  );
});

Deno.test("a question the FAQ answers is a request of its own, however weakly it reads alone", () => {
  const text = "hi! quick q - do you do student discounts? also how do i change my password";
  const read = (part: string) =>
    /password/.test(part)
      ? { intent: "account_access" as Intent, confidence: 0.9 }
      : { intent: "shipping_options" as Intent, confidence: 0.2 };
  const r = detectRequests(text, { intent: "account_update", confidence: 0.56 }, read);
  const discounts = r.find((x) => /discounts/.test(x.text) && x.end < text.length);
  assert.equal(discounts?.intent, "policy_question");
  assert.ok(r.some((x) => x.intent === "account_access"));
  // A weak part the FAQ does not answer is still no request.
  const plain = detectRequests(
    "do you do fun things? also how do i change my password",
    { intent: "account_update", confidence: 0.56 },
    read,
  );
  assert.ok(!plain.some((x) => /fun things/.test(x.text) && x.end < 30));
});

Deno.test("two questions of one information intent that the FAQ tells apart stay two", () => {
  const text = "i'd like to change my password and also update my phone number";
  const r = detectRequests(
    text,
    { intent: "account_update", confidence: 0.9 },
    () => ({ intent: "account_update" as Intent, confidence: 0.95 }),
  );
  assert.equal(r.length, 2);
});

Deno.test("a whole read as something neither part asks is a blend: the parts are the requests", async () => {
  // The whole read as a refund status; the parts ask where the order is and how refunds work.
  assert.deepEqual(await intents("where is ORD-1001 and how long do refunds take?"), [
    "order_status",
    "policy_question",
  ]);
});

Deno.test("'first …, and second …' cuts the message into its two requests", () => {
  assert.deepEqual(
    splitRequests(
      "two things: first, I want to know when my headphones will arrive, and second, I'd like to return the frother.",
    ).map((p) => p.text),
    [
      "two things: first, I want to know when my headphones will arrive",
      "second, I'd like to return the frother",
    ],
  );
  assert.deepEqual(
    splitRequests("where is my order. secondly can you cancel 1003").map((p) => p.text),
    ["where is my order", "secondly can you cancel 1003"],
  );
});

Deno.test("a comma before 'just cancel it' starts the change asked outright", () => {
  assert.deepEqual(
    splitRequests("this is a joke. my keyboard STILL hasnt come, just cancel it").map((p) =>
      p.text
    ),
    ["this is a joke", "my keyboard STILL hasnt come", "just cancel it"],
  );
});

Deno.test("'quick q - where are my headphones' beside a change asks where they are", async () => {
  const text =
    "hey! quick q - where are my headphones and can i still add something to my other order?";
  assert.deepEqual((await intents(text)).sort(), ["modify_order", "order_status"]);
});

Deno.test("'can you check if the vacuum has moved at all?' after praise asks where it is", async () => {
  const text =
    "wow you guys are fast, the mixer replacement request was sorted so quickly last time. can you check if the vacuum has moved at all?";
  assert.ok((await intents(text)).includes("order_status"));
});

Deno.test("a fault told after praise is the order's trouble, not a product question", async () => {
  for (
    const text of [
      "love the espresso machine! but the frother makes a weird noise",
      "Really happy with the coffee machine, thank you. The milk frother started making a grinding noise though",
    ]
  ) {
    const r = await requests(text);
    assert.equal(r.intent, "delivery_problem", text);
    assert.ok(r.requests.some((x) => x.intent === "feedback"), text);
    assert.ok(!r.requests.some((x) => x.intent === "product_question"), text);
  }
});

Deno.test("a feeling before a late parcel: the parcel is the request, not 'other'", async () => {
  for (
    const text of [
      "not gonna lie I'm pretty annoyed, the keyboard was supposed to be here already",
      "I'm pretty annoyed, the keyboard was supposed to be here already",
    ]
  ) {
    assert.deepEqual(await intents(text), ["delivery_problem"], text);
  }
});

Deno.test("goods named alone beside a request point at it: no request of their own", async () => {
  assert.deepEqual(await intents("and the keyboard? can you refund that too"), [
    "refund_request",
  ]);
  assert.deepEqual(await intents("what about the keyboard? can you cancel that too"), [
    "cancel_order",
  ]);
});

Deno.test("an unsure `other` beside a sure question of ours gives way to it", async () => {
  const text =
    "ugh I'm so sorry to bother you again 😅 is there any way to get the headphones faster? I need them for a flight";
  assert.deepEqual(await intents(text), ["shipping_options"]);
  // A bank's trouble read surely as `other` keeps its reading.
  assert.equal(
    (await requests("I just pulled money out of the ATM and was charged a fee, WHy?")).intent,
    "other",
  );
});

Deno.test("a question of one's own after a comma is a part: 'where are…, can I return…, and…'", () => {
  assert.deepEqual(
    splitRequests(
      "3 things: where are my headphones, can I return the frother, and do you sell descaler?",
    ).map((p) => p.text),
    ["3 things: where are my headphones", "can I return the frother", "do you sell descaler?"],
  );
  // "I" asking after a comma is its own part only in a list ("…, and …"): "the bowl has a
  // crack, do i have to send it back?" asks about the trouble before it.
  assert.equal(splitRequests("the bowl has a crack, do i have to send it back?").length, 1);
});

Deno.test("a complaint only for its venting part gives way to the order's part beside it", async () => {
  for (
    const text of [
      "to be honest I'm really disappointed, my keyboard should be here by now",
      "ngl im so disappointed, my headphones should be here by now",
    ]
  ) {
    const r = await requests(text);
    assert.equal(r.intent, "delivery_problem", text);
    assert.deepEqual(r.requests.map((q) => q.intent), ["delivery_problem"], text);
  }
});

Deno.test("'Hi! Quick question, …' announces the question: no praise read in it", async () => {
  assert.deepEqual(await intents("Hi! Quick question, do you ship to Canada?"), [
    "shipping_options",
  ]);
  assert.deepEqual(await intents("Hey, just a quick question. Where's my order?"), [
    "order_status",
  ]);
});

Deno.test("'Hi, my order ORD-1003, can you change…' names the order the rest is about: no status asked", async () => {
  const r = await requests(
    "Hi, my order ORD-1003, can you change the shipping address to my office? 500 Pike St, Seattle, WA 98101",
  );
  assert.deepEqual([...new Set(r.requests.map((x) => x.intent))], ["change_address"]);
  // Alone, an order named is its status asked.
  assert.deepEqual(await intents("my order 1003. where is it?"), ["order_status"]);
});
