import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import type { ConfirmationReply, Intent, ResponseEnrichment } from "../../shared/protocol.ts";
import { pendingAfterTurn } from "../../shared/pending_after.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  pendingOf,
  type TurnOptions,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const pending = pendingOf(
  { type: "cancel_order", order_id: "ORD-1003", requires_confirmation: true },
  { summary: "Cancel order ORD-1003" },
);

function turn(
  text: string,
  intent: Intent,
  reading: ConfirmationReply,
  more: Partial<TurnOptions> = {},
) {
  return turnWith({
    text,
    who: "sarah",
    intent: intentOf(intent, text, { confirmation: reading, source: "conversation" }),
    context: castContext("sarah", { order: "ORD-1003" }),
    session: { pending_action: pending },
    ...more,
  });
}

async function reply(t: ReturnType<typeof turnWith>): Promise<ResponseEnrichment> {
  const r = await responseActor.process(t, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("an unclear answer is asked again, naming the change, the order's items and total", async () => {
  const r = await reply(turn("yeah no", "other", "unclear", { decision: "clarify" }));
  assert.equal(r.template, "pending_unclear");
  assert.match(r.text, /haven't changed anything/);
  assert.match(
    r.text,
    /shall I cancel order ORD-1003 \(Trail Running Shoes and 2× Insulated Water Bottle, \d+\.\d\d USD\)\? Reply yes to cancel it, or no to keep it\./,
  );
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("an unclear answer to an expired change says it expired", async () => {
  const late = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  }, {
    expiresInS: -1,
  });
  const r = await reply(turn("k", "other", "unclear", { session: { pending_action: late } }));
  assert.equal(r.template, "pending_expired");
  assert.match(r.text, /expired/);
});

Deno.test("a request of its own is answered and the pending change recalled, unless it replaces it", async () => {
  const asked = await reply(turn("what's your return policy?", "policy_question", "new_request"));
  assert.match(asked.text, /30/);
  // A question about the shop's rules: answered, then the change asked about in one line.
  assert.match(
    asked.text,
    /I haven't done anything yet: shall I cancel order ORD-1003\? Reply yes or no\.$/,
  );
  const status = await reply(turn("where is ORD-1001?", "order_status", "new_request"));
  assert.match(
    status.text,
    /haven't done anything about your earlier request yet: shall I cancel order ORD-1003/,
  );
  // A change of its own replaces the pending one: no reminder of the old one.
  const change = await reply(turn("expedite ORD-1003 instead", "shipping_options", "new_request", {
    decision: "act",
  }));
  assert.deepEqual(change.proposed_actions.map((a) => a.type), ["expedite_order"]);
  assert.doesNotMatch(change.text, /earlier request/);
  // A yes or a no is acknowledged as before, without a reminder.
  const yes = await reply(turn("yes", "affirm", "affirm", { decision: "act" }));
  assert.equal(yes.template, "pending_affirmed");
  assert.doesNotMatch(yes.text, /earlier request/);
});

Deno.test("a turn leaves open the change it proposed, or the one it asked about again", () => {
  const unclear = turn("k", "other", "unclear");
  assert.equal(pendingAfterTurn(unclear)?.id, pending.id);
  assert.equal(
    pendingAfterTurn(turn("where is it?", "order_status", "new_request"))?.id,
    pending.id,
  );
  assert.equal(pendingAfterTurn(turn("yes", "affirm", "affirm")), null);
  assert.equal(pendingAfterTurn(turn("no", "deny", "deny")), null);
  const proposed = { ...pending, id: "pending-new" };
  const replaced = turn("change the address", "change_address", "new_request");
  replaced.payload.execution = { results: [], pending: proposed, text: null };
  assert.equal(pendingAfterTurn(replaced)?.id, "pending-new");
  const late = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  }, {
    expiresInS: -1,
  });
  assert.equal(
    pendingAfterTurn(turn("k", "other", "unclear", { session: { pending_action: late } })),
    null,
  );
});

Deno.test("the question again states the change's own amount, and the guardrail lets it through", async () => {
  const credit = pendingOf(
    {
      type: "goodwill_credit",
      order_id: null,
      params: { amount: 15 },
      requires_confirmation: true,
    },
    { summary: "Add a goodwill credit of 15.00 USD to your account" },
  );
  const msg = turn("hmm maybe", "other", "unclear", { session: { pending_action: credit } });
  const r = await reply(msg);
  assert.match(
    r.text,
    /shall I add a goodwill credit of 15\.00 USD to your account\? Reply yes to go ahead/,
  );
  const checked = checkReply({ ...msg, payload: { ...msg.payload, response: r } }, FIXTURE_NOW);
  assert.equal(checked.enrichment?.verdict, "pass", JSON.stringify(checked.enrichment?.issues));
});

Deno.test("a handoff that leaves a change pending says it still waits for an answer", async () => {
  const open = {
    id: "ho-1",
    priority: "normal" as const,
    opened_at: FIXTURE_NOW.toISOString(),
  };
  // Opening the handoff, and a later turn joining it ("how long"): the question is asked
  // again, so an "ok" after the wait is not a yes to a question no longer on screen.
  for (
    const session of [{ pending_action: pending }, { pending_action: pending, open_handoff: open }]
  ) {
    const r = await reply(turn("get me a person", "human_agent", "new_request", {
      decision: "handoff",
      session,
    }));
    assert.match(
      r.text,
      /still waits for your answer, and nothing has been changed: shall I cancel order ORD-1003/,
    );
  }
  // A supervisor review is superseded by the handoff: nothing to remind of.
  const review = pendingOf({
    type: "escalate_supervisor",
    order_id: "ORD-1003",
    requires_confirmation: true,
  });
  const r = await reply(turn("get me a person", "human_agent", "new_request", {
    decision: "handoff",
    session: { pending_action: review },
  }));
  assert.doesNotMatch(r.text, /still waits for your answer/);
});

Deno.test("'sorry I meant the other order' drops the change it corrects and says it was left as it was", async () => {
  const text = "sorry I meant the other order";
  const corrected = turnWith({
    text,
    who: "sarah",
    intent: intentOf("cancel_order", "", {
      confirmation: "new_request",
      source: "conversation",
      withdraws_pending: true,
    }),
    context: castContext("sarah", { order: "ORD-1001" }),
    session: { pending_action: pending },
    decision: "act",
  });
  const r = await reply(corrected);
  assert.match(r.text, /ORD-1001 already shipped/);
  assert.match(r.text, /I've left order ORD-1003 as it was/);
  assert.doesNotMatch(r.text, /shall I cancel order ORD-1003/);
  assert.equal(pendingAfterTurn(corrected), null);
});

Deno.test("a change added beside the waiting one is noted for after it, the waiting one asked", async () => {
  const text = "oh and can you also refund the espresso machine";
  const t = turnWith({
    text,
    who: "sarah",
    intent: intentOf("refund_request", text, {
      confirmation: "unclear",
      source: "conversation",
      after_yes: { intent: "refund_request", order_id: "ORD-1002", text, raised: false },
    }),
    context: castContext("sarah", { order: "ORD-1003" }),
    session: { pending_action: pending },
    decision: "clarify",
  });
  const r = await reply(t);
  assert.equal(r.template, "pending_added");
  assert.match(r.text, /I'll come to a refund for order ORD-1002 as soon as this is settled/);
  assert.match(r.text, /shall I cancel order ORD-1003/);
  assert.ok(!r.proposed_actions.some((a) => a.type === "refund"), "the refund waits its turn");
});

Deno.test("a fault told while its refund waits is owned and the refund asked again", async () => {
  const refund = pendingOf(
    { type: "refund", order_id: "ORD-1002", requires_confirmation: true, params: { amount: 29 } },
    { summary: "Refund 29.00 USD of order ORD-1002" },
  );
  const text = "it just doesn't turn on at all";
  const r = await reply(turn(text, "other", "unclear", {
    decision: "clarify",
    context: castContext("sarah", { order: "ORD-1002" }),
    session: { pending_action: refund },
  }));
  assert.equal(r.template, "pending_fault_told");
  assert.match(r.text, /sorry it isn't working — a faulty item is refunded in full/);
  assert.match(r.text, /Shall I refund 29\.00 USD of order ORD-1002/);
  assert.doesNotMatch(r.text, /not sure whether that's a yes/);
  // Not a fault: asked again as before.
  const other = await reply(turn("the box is blue", "other", "unclear", { decision: "clarify" }));
  assert.equal(other.template, "pending_unclear");
});
