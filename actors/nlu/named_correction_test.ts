/**
 * A shopper correcting what they named a turn ago ("sorry wrong number, i meant 1003",
 * "not that one, the other") asks what the turn before asked, about what they name now —
 * never a cancellation, a complaint or a no.
 */
import assert from "node:assert/strict";
import { createMessage, type Dialogue, type SessionInfo } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";
import { correctionLead } from "./named_correction.ts";

const now = new Date("2026-11-25T15:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };
const products = [
  { sku: "KIT-101", name: "Espresso Machine" },
  { sku: "SPT-201", name: "Trail Running Shoes" },
  { sku: "ELC-001", name: "Noise-Cancelling Headphones" },
];

async function after(topic: Dialogue["topic"], text: string, orderId = "ORD-1002") {
  const dialogue: Dialogue = {
    focus: { order_id: orderId, why: "explicit" },
    mentioned: [orderId],
    unanswered: [],
    topic,
  };
  const session: Partial<SessionInfo> = { dialogue, last_order_id: orderId, last_intent: topic };
  const msg = createMessage({
    text,
    conversationId: "c",
    now,
    session: { session_id: "s", customer_id: "CUST-1", email: null, turn: 2, ...session },
  });
  return await understand(msg, { llm: null, products }, ctx);
}

Deno.test("a wrong order number corrected asks the turn before's question of the right one", async () => {
  for (
    const text of [
      "sorry wrong number, i meant 1003",
      "sorry wrong order number, it's 1003",
      "oops typo, it's ORD-1003",
      "typo, should be 1003",
      "my bad, wrong order no. 1003",
      "sorry it's ORD-1003",
    ]
  ) {
    const r = await after("order_status", text);
    assert.equal(r.intent, "order_status", text);
    const named = [...r.entities.order_ids, ...(r.entities.order_refs ?? []).map((o) => o.text)];
    assert.ok(named.some((n) => n.endsWith("1003")), text);
  }
  const invoice = await after("invoice_request", "typo, should be 1003");
  assert.equal(invoice.intent, "invoice_request");
});

Deno.test("'not that one, the other' and 'no I meant the shoes' carry the request on", async () => {
  assert.equal((await after("order_status", "not that one, the other")).intent, "order_status");
  const shoes = await after("return_item", "no I meant the shoes", "ORD-1001");
  assert.equal(shoes.intent, "return_item");
  assert.equal(shoes.entities.products[0]?.name, "Trail Running Shoes");
  // A request of its own after the correction stays that request.
  const cancel = await after("order_status", "no i meant cancel ORD-1003");
  assert.equal(cancel.intent, "cancel_order");
});

Deno.test("the correction's opening words are told from a wrong delivery and a plain no", () => {
  for (const text of ["wrong number, 1003", "oops typo its 1001", "not that one, the other"]) {
    assert.notEqual(correctionLead(text), null, text);
  }
  for (
    const text of [
      "i got the wrong order",
      "wrong item arrived",
      "no thanks",
      "it's broken",
      "not the shoes",
    ]
  ) {
    assert.equal(correctionLead(text), null, text);
  }
});

Deno.test("'nvm' turns back inside a message: only what follows is asked", async () => {
  const { afterTurnBack } = await import("./turn_back.ts");
  assert.equal(
    afterTurnBack("oh wait thats my husband's account. nvm. where are my headphones"),
    "where are my headphones",
  );
});
