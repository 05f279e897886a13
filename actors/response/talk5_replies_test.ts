import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  pendingOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const OPEN = {
  id: "ho-first",
  priority: "normal" as const,
  opened_at: new Date(FIXTURE_NOW.getTime() - 15 * 60_000).toISOString(),
};

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

Deno.test("thanks or goodbye while a person is on the way closes kindly, without the queue report", async () => {
  for (const text of ["thanks, bye", "ok got it now thx", "bye"]) {
    const msg = turnWith({
      text,
      who: "mike",
      intent: "small_talk",
      session: { open_handoff: OPEN, turn: 3 },
    });
    const r = await reply(msg);
    assert.equal(r.template, "handoff_queued_closing", text);
    assert.match(r.text, /(reply|appear) (right here|in this conversation)/, r.text);
    assert.doesNotMatch(r.text, /I've added this message|number 2 in the queue/, text);
  }
  // A question about the wait is still told the wait.
  const wait = await reply(turnWith({
    text: "thanks, how much longer?",
    who: "mike",
    intent: "small_talk",
    session: { open_handoff: OPEN, turn: 3 },
  }));
  assert.equal(wait.template, "handoff_queued_wait");
});

Deno.test("'delete my acount' read as the classifier read it gets how to close the account", async () => {
  const text = "delete my acount";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("account_update", text, { read_as: "delete my account" }),
  }));
  assert.match(r.text, /close your account under Account → Privacy/);
  assert.doesNotMatch(r.text, /Account → Profile/);
});

Deno.test("a question about one way to pay is answered about that way", async () => {
  const bank = await reply(turnWith({
    text: "how do I pay by bank transfer",
    who: "sarah",
    intent: "payment_methods",
  }));
  assert.match(bank.text, /bank details/);
  assert.doesNotMatch(bank.text, /Apple Pay/);
  const safe = await reply(turnWith({
    text: "and is paypal safe?",
    who: "sarah",
    intent: "payment_methods",
    sentiment: sentimentOf("neutral"),
  }));
  assert.match(safe.text, /Yes, paying by PayPal is safe/);
  const list = await reply(turnWith({
    text: "what payment methods do you accept?",
    who: "sarah",
    intent: "payment_methods",
  }));
  assert.match(list.text, /PayPal, Apple Pay and bank transfer/);
});

Deno.test("how to pay 'for it' about the order waiting for its payment says where to pay it", async () => {
  const r = await reply(turnWith({
    text: "how do i pay for it then",
    who: "mike",
    intent: "payment_methods",
  }));
  assert.match(r.text, /Order ORD-2002 \(329\.00 USD\) is waiting for its payment/);
  assert.match(r.text, /PayPal, Apple Pay and bank transfer/);
  // Paying in general names no order.
  const general = await reply(turnWith({
    text: "what payment methods do you accept?",
    who: "mike",
    intent: "payment_methods",
  }));
  assert.doesNotMatch(general.text, /ORD-2002/);
});

Deno.test("thanks said in irony gets an apology and two ways on, not 'you're welcome'", async () => {
  const r = await reply(turnWith({
    text: "thanks a lot, that was useless",
    who: "sarah",
    intent: "small_talk",
    sentiment: sentimentOf("negative", { signals: ["irony"] }),
    session: { turn: 2 },
  }));
  assert.match(r.text, /sorry that wasn't the help you needed/);
  assert.match(r.text, /member of our team/);
  assert.doesNotMatch(r.text, /you're welcome|happy to help/i);
});

Deno.test("praise beside trouble is thanked as praise, with no review to write", async () => {
  const text = "i love your shop but my order is late";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("delivery_problem", text, {
      requests: [
        {
          intent: "delivery_problem",
          confidence: 0.8,
          text: "my order is late",
          start: 17,
          end: 37,
        },
        { intent: "feedback", confidence: 0.7, text: "i love your shop", start: 0, end: 16 },
      ],
    }),
    sentiment: sentimentOf("negative"),
  }));
  assert.match(r.text, /like the shop|kind words/);
  assert.doesNotMatch(r.text, /honest feedback|leave a review/);
});

Deno.test("the invoice asked for at another email goes only to the account's, with how to forward it", async () => {
  const text = "and can you send it to my work email instead?";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("invoice_request", text, {
      entities: { ...intentOf("other", "ORD-1002").entities },
    }),
    context: castContext("sarah", { order: "ORD-1002" }),
  }));
  assert.match(r.text, /invoice for order ORD-1002/);
  assert.match(r.text, /only send documents to the email address on your account/);
  const plain = await reply(turnWith({
    text: "invoice for ORD-1002 please",
    who: "sarah",
    intent: "invoice_request",
    context: castContext("sarah", { order: "ORD-1002" }),
  }));
  assert.doesNotMatch(plain.text, /only send documents/);
});

Deno.test("a way to pay chosen with thanks is thanked, not answered again", async () => {
  const r = await reply(turnWith({
    text: "ok, apple pay it is. thanks",
    who: "sarah",
    intent: "payment_methods",
    session: { turn: 2 },
  }));
  assert.match(r.text, /welcome|happy to help/i);
  assert.doesNotMatch(r.text, /we accept/i);
});

Deno.test("'ta' is thanks", async () => {
  const r = await reply(
    turnWith({ text: "ta", who: "emma", intent: "small_talk", session: { turn: 2 } }),
  );
  assert.match(r.text, /welcome|happy to help/i);
});

Deno.test("'how do I create an account' is told how to open one, not how to edit it", async () => {
  const r = await reply(turnWith({
    text: "how do i create an account",
    intent: "account_update",
  }));
  assert.match(r.text, /Create account/);
  assert.doesNotMatch(r.text, /change your name/);
});

Deno.test("a payment the customer says they made and we lack is offered a colleague to trace it", async () => {
  const text = "i have the bank statement, i paid for ORD-2002";
  const r = await reply(turnWith({
    text,
    who: "mike",
    intent: "payment_issue",
    context: castContext("mike", { order: "ORD-2002" }),
  }));
  assert.match(r.text, /haven't received the payment for order ORD-2002/);
  assert.match(r.text, /colleague can trace the payment/);
  const plain = await reply(turnWith({
    text: "is ORD-2002 paid?",
    who: "mike",
    intent: "payment_issue",
    context: castContext("mike", { order: "ORD-2002" }),
  }));
  assert.doesNotMatch(plain.text, /trace the payment/);
});

Deno.test("a new email for their own account is told where to change it, not the privacy rule", async () => {
  const text = "Is it possible to change the email on my account to mike.j@work.example?";
  const r = await reply(turnWith({ text, who: "mike", intent: "account_update" }));
  assert.match(r.text, /email address of your account under Account → Profile/);
  assert.doesNotMatch(r.text, /another person's account/);
});

Deno.test("a guest asking why a sign-in code is needed is told why, not that it is out of scope", async () => {
  const r = await reply(turnWith({
    text: "why do you need a code",
    intent: "other",
    session: { turn: 2, sign_in_code_sent: true },
  }));
  assert.equal(r.template, "identify_code_why");
  assert.match(r.text, /Orders are private/);
  assert.doesNotMatch(r.text, /outside what I can help/);
  const what = await reply(turnWith({
    text: "what's the code for?",
    intent: "other",
    session: { turn: 2, sign_in_code_sent: true },
  }));
  assert.equal(what.template, "identify_code_why");
});

Deno.test("calling the person off while queued withdraws the request, not the queue report", async () => {
  const r = await reply(turnWith({
    text: "never mind the person, i'm sorted",
    who: "sarah",
    intent: "deny",
    session: { open_handoff: OPEN, turn: 3 },
  }));
  assert.equal(r.template, "handoff_withdrawn");
  assert.match(r.text, /Glad you're sorted, Sarah/);
  assert.match(r.text, /withdrawn your request for a person/);
  assert.doesNotMatch(r.text, /number \d+ in the queue|expected wait/);
});

Deno.test("a goodbye while a change waits says nothing was done and how to ask for it", async () => {
  const msg = turnWith({
    text: "fine bye",
    who: "mike",
    intent: intentOf("small_talk", "fine bye", { confirmation: "unclear" }),
    session: {
      turn: 3,
      pending_action: pendingOf({
        type: "cancel_order",
        order_id: "ORD-2002",
        requires_confirmation: true,
      }, { summary: "Cancel order ORD-2002" }),
    },
  });
  const r = await reply(msg);
  assert.equal(r.template, "pending_goodbye");
  assert.match(r.text, /haven't changed anything/);
  assert.match(r.text, /cancel order ORD-2002/);
  assert.doesNotMatch(r.text, /yes or a no/);
});

Deno.test("praise beside a question is thanked briefly, with no review to write", async () => {
  const text = "omg ur the best!! anyway wheres ORD-2001";
  const r = await reply(turnWith({
    text,
    who: "mike",
    intent: intentOf("feedback", text, {
      requests: [
        { intent: "feedback", confidence: 0.8, text: "omg ur the best!!", start: 0, end: 17 },
        {
          intent: "order_status",
          confidence: 0.8,
          text: "anyway wheres ORD-2001",
          start: 18,
          end: text.length,
        },
      ],
    }),
    sentiment: sentimentOf("positive"),
    context: castContext("mike", { order: "ORD-2001" }),
  }));
  assert.match(r.text, /kind words|lovely to hear/);
  assert.doesNotMatch(r.text, /leave a review/);
});

Deno.test("a cheerful customer asking after a late parcel gets its facts without an apology first", async () => {
  const r = await reply(turnWith({
    text: "you guys rock! wheres ORD-2001",
    who: "mike",
    intent: "order_status",
    sentiment: sentimentOf("positive"),
    context: castContext("mike", { order: "ORD-2001" }),
  }));
  assert.match(r.text, /ORD-2001/);
  assert.doesNotMatch(r.text, /sorry|apologi/i);
});

Deno.test("the password and the phone number asked at once are both answered", async () => {
  const text = "i'd like to change my password and also update my phone number";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("account_update", text, {
      requests: [
        {
          intent: "account_update",
          confidence: 0.7,
          text: "i'd like to change my password",
          start: 0,
          end: 30,
        },
        {
          intent: "account_update",
          confidence: 0.7,
          text: "update my phone number",
          start: 40,
          end: text.length,
        },
      ],
    }),
  }));
  assert.match(r.text, /Forgot password/);
  assert.match(r.text, /phone number/);
});

Deno.test("a thumbs-up after an answer is taken in, not asked what it means", async () => {
  const r = await reply(
    turnWith({ text: "👍", who: "sarah", intent: "affirm", session: { turn: 2 } }),
  );
  assert.doesNotMatch(r.text, /what would you like me to help with/i);
  assert.match(r.text, /anything else|let me know/i);
});
