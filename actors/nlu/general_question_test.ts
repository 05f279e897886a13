import assert from "node:assert/strict";
import { createMessage, type PendingAction, type SessionInfo } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { intentActor } from "../intent.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import { generalIntent } from "./general_question.ts";

const now = new Date("2026-11-25T15:30:00Z");
const classifier = sharedIntentClassifier();
const none = { orders: 0, products: 0 };

const returnWaits: PendingAction = {
  id: "p1",
  action: { type: "return_item", order_id: "ORD-1002", params: {}, requires_confirmation: true },
  proposed_in: "m0",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "Start the return of order ORD-1002",
};

async function read(text: string, session: Partial<SessionInfo> = {}) {
  const msg = createMessage({ text, conversationId: "c1", channel: "test", session, now });
  const ctx = {
    signal: AbortSignal.timeout(5000),
    log: silentLogger,
    now: () => now,
    deliveryCount: 1,
  };
  return (await intentActor.process(msg, { llm: null, classifier }, ctx)).enrichment!;
}

Deno.test("a general question about returns, refunds or cancelling is a policy question", async () => {
  for (
    const q of [
      "how does returning something work?",
      "what's the refund policy",
      "could I send back items after 6 weeks?",
      "what are the rules for cancelling an order?",
    ]
  ) {
    const r = await read(q);
    assert.equal(r.intent, "policy_question", q);
    assert.equal(r.requests?.[0].intent, "policy_question", q);
  }
});

Deno.test("a question about where the store ships is a shipping question, sure of itself", async () => {
  for (const q of ["do you ship to canada?", "u deliver to germany?", "and australia?"]) {
    const r = await read(q);
    assert.equal(r.intent, "shipping_options", q);
    assert.ok(r.confidence >= 0.8, q);
  }
});

Deno.test("a request for a change keeps its intent", async () => {
  assert.equal((await read("I want to return ORD-1002")).intent, "return_item");
  assert.equal((await read("please cancel my order ORD-1003")).intent, "cancel_order");
  assert.equal((await read("where is my refund")).intent, "refund_status");
});

Deno.test("while a return waits, a question stays unclear as an answer but reads as a policy question", async () => {
  const r = await read("can i return something i bought 2 months ago", {
    pending_action: returnWaits,
  });
  // Never a yes or a no: the return stays pending (unclear, or a question of its own).
  assert.ok(
    r.confirmation === "unclear" || r.confirmation === "new_request",
    String(r.confirmation),
  );
  assert.equal(r.intent, "policy_question");
  // The pending change's order, carried into the reading, is not one the customer named.
  const cancelling = await read("can i cancel an order?", { pending_action: returnWaits });
  assert.equal(cancelling.intent, "policy_question");
  const yes = await read("yes please", { pending_action: returnWaits });
  assert.equal(yes.intent, "affirm");
});

Deno.test("a general question is relabelled only when the answer fits what the classifier heard", () => {
  assert.equal(generalIntent("how do refunds work?", "refund_request", none), "policy_question");
  // An invoice question answered by the warranty would trade one misread for another.
  assert.equal(
    generalIntent(
      "where do I find proof of purchase for warranty claims?",
      "invoice_request",
      none,
    ),
    null,
  );
  // The FAQ answers a stock question under its own intent.
  assert.equal(generalIntent("is the grinder sold out?", "product_question", none), null);
  assert.equal(generalIntent("how do refunds work?", "payment_methods", none), null);
});

Deno.test("a place asked about in two words is a shipping question even when read as out of scope", () => {
  assert.equal(generalIntent("and australia?", "other", none), "shipping_options");
  assert.equal(generalIntent("what about the weather?", "other", none), null);
});
