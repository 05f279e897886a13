import assert from "node:assert/strict";
import { understand } from "./intent.ts";
import { UNKNOWN_ORDER_ID } from "./nlu/slots.ts";
import { createMessage } from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";

Deno.test("the intent actor reads slots: the order reference is kept, the last order not assumed", async () => {
  const now = new Date("2026-01-05T10:00:00Z");
  const msg = createMessage({
    text: "where is my order {{Order Number}}",
    conversationId: "c1",
    channel: "test",
    session: { last_order_id: "ORD-1001" },
    now,
  });
  const read = await understand(msg, { llm: null }, {
    signal: new AbortController().signal,
    now: () => now,
    log: silentLogger,
  });
  assert.equal(read.intent, "order_status");
  assert.deepEqual(read.entities.order_ids, []);
  assert.deepEqual(read.entities.order_refs?.map((r) => r.id), [UNKNOWN_ORDER_ID]);
});

Deno.test("requests keep the customer's own words, slots and all", async () => {
  const now = new Date("2026-01-05T10:00:00Z");
  const text = "cancel order {{Order Number}} and where is my refund?";
  const msg = createMessage({ text, conversationId: "c2", channel: "test", now });
  const read = await understand(msg, { llm: null }, {
    signal: new AbortController().signal,
    now: () => now,
    log: silentLogger,
  });
  assert.ok(read.requests && read.requests.length >= 1);
  for (const r of read.requests!) {
    assert.equal(text.slice(r.start, r.end), r.text);
    assert.equal(r.text.includes("ORD-0000"), false);
  }
  assert.ok(read.requests!.some((r) => r.text.includes("{{Order Number}}")));
});
