/**
 * An order named beside a question the FAQ answers ("forgot my password and need to check
 * 2002") is a request of its own: the order's news, never the FAQ's question asked twice.
 */
import assert from "node:assert/strict";
import { createMessage } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };

async function intents(text: string) {
  const msg = createMessage({ text, conversationId: "c", channel: "test", now });
  const r = await understand(msg, { llm: null }, ctx);
  return r.requests!.map((x) => x.intent);
}

Deno.test("an order named beside a password question is asked after, not the password again", async () => {
  for (
    const text of [
      "forgot my password and need to check 2002",
      "forgot my password and i need to check ORD-2002",
      "i cant log in and want to see order 1003",
    ]
  ) {
    assert.deepEqual(await intents(text), ["account_access", "order_status"], text);
  }
});

Deno.test("an order named beside a question on ways to pay is asked after", async () => {
  assert.deepEqual(await intents("do you take paypal and need to know about 1001"), [
    "payment_methods",
    "order_status",
  ]);
});

Deno.test("goods named beside praise are no order asked after", async () => {
  const got = await intents("Love your stuff! How do I get one of those linen shirts?");
  assert.equal(got.includes("order_status"), false);
});

Deno.test("an account's change wished for beside a refund's question is a request too", async () => {
  const got = await intents(
    "i wanna close my account after this refund is done. where's 3002 refund?",
  );
  assert.deepEqual(got.sort(), ["account_update", "refund_status"]);
  // A wish of no account's change stays out.
  const other = await intents("i wanna say thanks. where's 3002 refund?");
  assert.equal(other.includes("account_update"), false);
});
