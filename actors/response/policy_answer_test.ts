import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import type { ConfirmationReply, Intent } from "../../shared/protocol.ts";
import {
  castContext,
  guestContext,
  intentOf,
  pendingOf,
  type TurnOptions,
  turnWith,
} from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const returnWaits = pendingOf(
  { type: "return_item", order_id: "ORD-1002", requires_confirmation: true },
  { summary: "Start the return of order ORD-1002" },
);
const cancelWaits = pendingOf(
  { type: "cancel_order", order_id: "ORD-2002", requires_confirmation: true },
  { summary: "Cancel order ORD-2002" },
);

function question(
  text: string,
  who: TurnOptions["who"],
  more: Partial<TurnOptions> & { reading?: ConfirmationReply; intent?: Intent } = {},
): TurnOptions {
  const { reading, intent, ...rest } = more;
  return {
    text,
    who,
    intent: intentOf(intent ?? "policy_question", text, reading ? { confirmation: reading } : {}),
    context: who ? castContext(who) : guestContext(),
    decision: "answer",
    ...rest,
  };
}

Deno.test("a general returns question names the order it applies to and proposes nothing", async () => {
  const r = await reply(question("what's your policy on sending things back?", "sarah"));
  assert.match(r.text, /30 days of delivery/);
  assert.match(
    r.text,
    /ORD-1002 can still be returned until \w+ \d+ — just say if you'd like to\./,
  );
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("a cancellation question names the orders that can still be cancelled", async () => {
  const r = await reply(question("can orders be cancelled once placed?", "mike"));
  assert.match(r.text, /until it ships/);
  assert.match(r.text, /ORD-2002 can still be cancelled/);
  assert.doesNotMatch(r.text, /ORD-2001/);
});

Deno.test("a guest gets the answer without being asked to sign in", async () => {
  const t = question("how do refunds work?", undefined, { decision: undefined });
  const d = decide(turnWith({ ...t, at: "decision_router" }));
  assert.equal(d.action, "answer");
  const r = await reply({ ...t, decision: d });
  assert.match(r.text, /refunded within 30 days/);
  assert.doesNotMatch(r.text, /sign in/i);
});

Deno.test("a question about shipping abroad gets a yes or no for the country", async () => {
  const r = await reply(
    question("do you ship to Denmark?", undefined, { intent: "shipping_options" }),
  );
  assert.match(r.text, /^Yes, we ship to Denmark\./m);
  const no = await reply(question("ship to brazil?", undefined, { intent: "shipping_options" }));
  assert.match(no.text, /don't ship to Brazil/);
  assert.doesNotMatch(no.text, /Standard shipping takes/);
});

Deno.test("while a return waits, a question about its terms is answered and the return asked again briefly", async () => {
  for (
    const [text, fact] of [
      ["how long till the refund hits my card?", /5 business days/],
      ["do i pay for the return label?", /prepaid/],
      ["could I return stuff I bought a year ago?", /Not after 12 months/],
    ] as const
  ) {
    const r = await reply(question(text, "sarah", {
      reading: "unclear",
      decision: "act",
      session: { pending_action: returnWaits },
    }));
    assert.equal(r.template, "pending_question_answered", text);
    assert.match(r.text, fact, text);
    assert.match(
      r.text,
      /\n\nI haven't done anything yet: shall I start the return of order ORD-1002\? Reply yes or no\.$/,
      text,
    );
    assert.doesNotMatch(r.text, /not sure whether/, text);
    assert.deepEqual(r.proposed_actions, [], text);
  }
});

Deno.test("an unclear answer that is no question the policy answers is still asked again", async () => {
  const r = await reply(question("hmm maybe", "sarah", {
    intent: "other",
    reading: "unclear",
    decision: "act",
    session: { pending_action: returnWaits },
  }));
  assert.equal(r.template, "pending_unclear");
  assert.match(r.text, /not sure whether that's a yes or a no/);
});

Deno.test("money asked about while a cancellation waits is the cancelled order's refund", async () => {
  const r = await reply(question("will i get my money back?", "mike", {
    reading: "unclear",
    decision: "act",
    session: { pending_action: cancelWaits },
  }));
  assert.match(r.text, /When an order is cancelled, any payment is refunded in full/);
  assert.match(r.text, /shall I cancel order ORD-2002\? Reply yes or no\.$/);
});

Deno.test("a policy question asked as a request of its own gets the short reminder, not the orders line", async () => {
  const r = await reply(question("what's the returns policy?", "sarah", {
    reading: "new_request",
    session: { pending_action: returnWaits },
  }));
  assert.match(r.text, /30 days of delivery/);
  assert.doesNotMatch(r.text, /can still be returned/);
  assert.doesNotMatch(r.text, /anything else/i);
  assert.match(r.text, /I haven't done anything yet: shall I start the return of order ORD-1002\?/);
});

Deno.test("while an investigation of a late parcel waits, 'why is it delayed' gets the carrier's reason", async () => {
  const investigationWaits = pendingOf(
    { type: "carrier_investigation", order_id: "ORD-2001", requires_confirmation: true },
    { summary: "Open a carrier investigation for TRK8800002001" },
  );
  const r = await reply(question("why is it delayed", "mike", {
    reading: "unclear",
    intent: "other",
    session: { pending_action: investigationWaits },
    context: castContext("mike", { order: "ORD-2001" }),
  }));
  assert.equal(r.template, "pending_question_answered");
  assert.match(r.text, /reason|delay/i);
  assert.doesNotMatch(r.text, /yes or a no/);
  assert.match(r.text, /shall I open a carrier investigation/i);
  assert.deepEqual(r.proposed_actions, []);
});
