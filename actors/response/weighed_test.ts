/**
 * A change weighed, not asked for: answered from the change for their order and offered softly;
 * "not sure yet" and "what would you do?" while it waits are met as such.
 */
import assert from "node:assert/strict";
import {
  adviceAsked,
  adviceWhilePending,
  notedAfterOffer,
  softlyOffered,
  undecidedWhilePending,
  weighedView,
} from "./weighed.ts";
import { confirmPrompt } from "./tone.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const cancel = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

const sarah = (text: string, opts: { pending?: boolean; intent?: "policy_question" } = {}) =>
  viewOf(
    turnWith({
      text,
      who: "sarah",
      intent: opts.intent,
      decision: "act",
      context: castContext("sarah", { order: "ORD-1003" }),
      session: opts.pending ? { pending_action: cancel } : {},
    }),
    FIXTURE_NOW,
  );

Deno.test("a question of what a cancellation would do is drafted as that cancellation", () => {
  const v = weighedView(sarah("what happens if I cancel 1003?", { intent: "policy_question" }));
  assert.equal(v?.intent, "cancel_order");
  assert.equal(
    weighedView(sarah("what is your cancellation policy?", { intent: "policy_question" })),
    null,
  );
});

Deno.test("a change weighed is offered softly, one asked for outright is asked yes or no", () => {
  assert.match(confirmPrompt(sarah("I'm thinking about cancelling 1003")), /No rush/);
  assert.match(confirmPrompt(sarah("should I just cancel 1003?")), /your call/);
  assert.match(confirmPrompt(sarah("what happens if I cancel 1003?")), /only what would happen/);
  assert.doesNotMatch(confirmPrompt(sarah("cancel 1003 please")), /No rush|your call/);
});

Deno.test("'not sure yet' while a cancellation waits: no rush, until when, nothing done", () => {
  for (const text of ["not sure yet", "maybe I'll wait and see", "hmm, maybe later"]) {
    const d = undecidedWhilePending(sarah(text, { pending: true }));
    assert.equal(d?.template, "pending_undecided", text);
    assert.match(d!.text, /No rush, Sarah — I haven't changed anything/);
    assert.match(d!.text, /hasn't shipped yet/);
  }
  assert.equal(undecidedWhilePending(sarah("yes go ahead", { pending: true })), null);
  assert.equal(undecidedWhilePending(sarah("not sure yet")), null);
});

Deno.test("'what would you do?' while a change waits is theirs to decide, told what to weigh", () => {
  for (const text of ["what would you do?", "hmm what do you think?", "is it worth it?"]) {
    const d = adviceWhilePending(sarah(text, { pending: true }));
    assert.equal(d?.template, "pending_advice", text);
    assert.match(d!.text, /your call/);
  }
  assert.equal(
    adviceWhilePending(sarah("what would you do with the refund?", { pending: true })),
    null,
  );
});

Deno.test("a proposal drafted for a change weighed is marked a soft offer; 'ok' after it is asked", () => {
  const d = {
    text: "x",
    tone: "neutral" as const,
    proposed_actions: [{ ...cancel.action }],
    template: "cancel_proposed",
  };
  assert.equal(softlyOffered(sarah("what happens if I cancel 1003?"), d).asks?.slot, "offer");
  assert.equal(softlyOffered(sarah("cancel 1003"), d).asks, undefined);
  const v = {
    ...sarah("ok", { pending: true }),
    asked: { slot: "offer" as const, intent: "cancel_order" as const, order_id: "ORD-1003" },
  };
  assert.match(
    notedAfterOffer(v)?.text ?? "",
    /Just to check.*would you like me to .*ORD-1003 now\?/,
  );
  assert.equal(notedAfterOffer({ ...v, asked: null }), null);
});

Deno.test("'what would you do?' after an answer, nothing waiting, is theirs to decide", () => {
  const v = { ...sarah("what would you do?"), firstTurn: false };
  const d = adviceAsked(v);
  assert.equal(d?.template, "advice_asked");
  assert.match(d!.text, /your call.*ORD-1003 hasn't shipped yet/s);
  assert.equal(adviceAsked({ ...v, firstTurn: true }), null);
  assert.equal(adviceAsked({ ...v, text: "what would you do with my data?" }), null);
});
