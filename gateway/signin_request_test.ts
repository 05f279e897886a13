import assert from "node:assert/strict";
import {
  asksNewCode,
  latestRequest,
  newEmailAsked,
  rememberedRequest,
  requestBesideEmail,
} from "./signin_request.ts";

Deno.test("a request typed beside the email is kept without the email", () => {
  assert.equal(
    requestBesideEmail("my order is ORD-1003, email sarah.chen@example.com, i want to cancel it"),
    "my order is ORD-1003, email , i want to cancel it",
  );
  assert.equal(
    requestBesideEmail("need a refund on my espresso machine, im sarah.chen@example.com"),
    "need a refund on my espresso machine, im",
  );
  assert.equal(requestBesideEmail("ok my email is sarah.chen@example.com"), null);
  assert.equal(requestBesideEmail("sarah.chen@example.com"), null);
  assert.equal(requestBesideEmail("oops sorry, it's emma.wilson@example.com"), null);
});

Deno.test("the latest order request since the code was sent is remembered", () => {
  const turn = (text: string, intent: string) => [
    { role: "customer", text },
    { role: "assistant", text: "…", meta: { outcome: "answered", intent } },
  ];
  const sent = [
    { role: "customer", text: "x@y.com" },
    { role: "assistant", text: "sent", meta: { outcome: "sign_in", code_sent: true } },
  ];
  const wrong = [
    { role: "customer", text: "123456" },
    { role: "assistant", text: "no match", meta: { outcome: "sign_in", code_sent: false } },
  ];
  // Asked, then asked why: the order question is the request.
  const why = [...turn("whr is ORD-1001", "order_status"), ...turn("why do u need that", "other")];
  assert.deepEqual(latestRequest(why), { request: "whr is ORD-1001" });
  assert.equal(latestRequest([...turn("hi", "small_talk")]), null);
  assert.equal(latestRequest([...turn("is the mixer in stock", "product_question")]), null);
  // Before the code sent: the request kept with it counts, not this walk.
  assert.equal(latestRequest([...turn("cancel ORD-1003", "cancel_order"), ...sent]), null);
  // A code typed wrong is passed over.
  assert.deepEqual(
    latestRequest([...sent, ...turn("where is ORD-2001", "order_status"), ...wrong]),
    {
      request: "where is ORD-2001",
    },
  );
  // "never mind" after the request drops it.
  const off = [
    ...turn("where is ORD-2001", "order_status"),
    ...turn("nvm, do u take paypal", "payment_methods"),
  ];
  assert.equal(latestRequest(off), "called_off");
  assert.equal(rememberedRequest(null, "called_off", "where is ORD-2001"), null);
  assert.equal(rememberedRequest(null, null, "where is ORD-3001"), "where is ORD-3001");
  assert.equal(
    rememberedRequest("sarah.chen@example.com", { request: "cancel it" }, null),
    "cancel it",
  );
});

Deno.test("asking for the code again is told from other talk about codes", () => {
  for (
    const t of [
      "can you send a new code",
      "i didnt get the code, can you send a new one",
      "resend pls",
      "the code never came",
      "never got the code",
      "send it again",
      "code expired",
      "I haven't received the code",
      "another code please",
    ]
  ) assert.ok(asksNewCode(t), t);
  for (
    const t of [
      "what's the code for?",
      "where is my order",
      "do i need a code to return something",
      "sarah.chen@example.com send a new code",
    ]
  ) assert.ok(!asksNewCode(t), t);
});

Deno.test("an order named in a turn read as a sign-in question is still the request", () => {
  const said = [
    { role: "customer", text: "where is ORD-1001? i dont have an account password" },
    { role: "assistant", text: "…", meta: { outcome: "answered", intent: "account_access" } },
  ];
  assert.deepEqual(latestRequest(said), { request: said[0].text });
  const policy = [
    { role: "customer", text: "can I return ORD-1002 after 30 days?" },
    { role: "assistant", text: "…", meta: { outcome: "answered", intent: "policy_question" } },
  ];
  assert.equal(latestRequest(policy), null);
});

Deno.test("a request repeated without its order is remembered with the order named before", () => {
  const said = [
    { role: "customer", text: "cancel ORD-1003 now" },
    { role: "assistant", text: "…", meta: { outcome: "answered", intent: "cancel_order" } },
    { role: "customer", text: "no. just cancel it" },
    { role: "assistant", text: "…", meta: { outcome: "answered", intent: "cancel_order" } },
  ];
  assert.deepEqual(latestRequest(said), { request: "cancel ORD-1003 now" });
  // Another request before keeps the latest one as it was said.
  const other = [
    { ...said[0], text: "where is ORD-1001" },
    {
      ...said[1],
      meta: { outcome: "answered", intent: "order_status" },
    },
    said[2],
    said[3],
  ];
  assert.deepEqual(latestRequest(other), { request: "no. just cancel it" });
});

Deno.test("two requests about different orders are both carried, oldest first", () => {
  const turn = (text: string, intent: string) => [
    { role: "customer", text },
    { role: "assistant", text: "…", meta: { outcome: "answered", intent } },
  ];
  const both = [
    ...turn("cancel ORD-1003", "cancel_order"),
    ...turn("where is ORD-1001", "order_status"),
  ];
  assert.deepEqual(latestRequest(both), { request: "cancel ORD-1003\nwhere is ORD-1001" });
  // The same order asked twice is one request, the latest words.
  const again = [
    ...turn("where is ORD-1001", "order_status"),
    ...turn("cancel ORD-1001", "cancel_order"),
  ];
  assert.deepEqual(latestRequest(again), { request: "cancel ORD-1001" });
  // One kept with the code, one asked since.
  assert.equal(
    rememberedRequest(null, { request: "where is ORD-1001 btw" }, "i want to cancel ORD-1003"),
    "i want to cancel ORD-1003\nwhere is ORD-1001 btw",
  );
  assert.equal(rememberedRequest(null, { request: "cancel it" }, "where is ORD-1001"), "cancel it");
  assert.equal(rememberedRequest(null, "called_off", "i want to cancel ORD-1003"), null);
});

Deno.test("a third request about another order is carried too, up to three", () => {
  const turn = (text: string, intent: string) => [
    { role: "customer", text },
    { role: "assistant", text: "…", meta: { outcome: "answered", intent } },
  ];
  const two = [
    ...turn("also cancel ORD-1003 please", "cancel_order"),
    ...turn("and can you send me the invoice for ORD-1002", "invoice_request"),
  ];
  const found = latestRequest(two);
  assert.deepEqual(found, {
    request: "also cancel ORD-1003 please\nand can you send me the invoice for ORD-1002",
  });
  // The one kept with the code, asked before it, stays first.
  assert.equal(
    rememberedRequest(null, found, "where is ORD-1001"),
    "where is ORD-1001\nalso cancel ORD-1003 please\nand can you send me the invoice for ORD-1002",
  );
  // A fourth: the newest three.
  assert.equal(
    rememberedRequest(null, found, "return ORD-1004\nwhere is ORD-1001"),
    "where is ORD-1001\nalso cancel ORD-1003 please\nand can you send me the invoice for ORD-1002",
  );
});

Deno.test("an email named as the account's new address is not the guest's own", () => {
  for (
    const text of [
      "change the email on my account to foo@bar.com",
      "hi my new email is foo@bar.com, can u update it",
      "can you update my email address to foo@bar.com please",
      "switch my e-mail to: foo@bar.com",
    ]
  ) assert.equal(newEmailAsked(text), true, text);
  for (
    const text of [
      "sarah.chen@example.com",
      "my email is sarah.chen@example.com, i want to change the address on ORD-1003",
      "I changed my email to foo@bar.com last year",
      "it's under foo@bar.com",
    ]
  ) assert.equal(newEmailAsked(text), false, text);
});
