import assert from "node:assert/strict";
import { deferredAfter, deferredLine, deferredTakenUp, deferredToRaise } from "./deferred.ts";
import { finalReply } from "./reply.ts";
import type { DeferredRequest, Message } from "../shared/protocol.ts";
import { decide } from "../actors/decision_router.ts";
import { castContext, pendingOf, turnWith } from "../tests/fixtures/turns.ts";

const RETURN: DeferredRequest = {
  intent: "return_item",
  order_id: "ORD-1002",
  text: "return ORD-1002",
  raised: false,
};
const CANCEL = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

function turn(
  text: string,
  intent: "affirm" | "deny" | "order_status",
  o: { deferred: DeferredRequest[]; pending?: boolean; confirmation?: "affirm" | "deny" },
): Message {
  const msg = turnWith({
    text,
    who: "sarah",
    intent,
    context: castContext("sarah"),
    session: {
      turn: 1,
      pending_action: o.pending ? CANCEL : null,
      dialogue: { focus: null, mentioned: [], unanswered: [], deferred: o.deferred },
    },
  });
  if (o.confirmation) msg.payload.intent!.confirmation = o.confirmation;
  msg.payload.response = {
    text: "Done — order ORD-1003 is cancelled.",
    tone: "neutral",
    proposed_actions: [],
    source: "template",
    template: "pending_affirmed",
  };
  return msg;
}

Deno.test("once the first change is settled, the one put off is raised again, yes or no", () => {
  for (const answer of ["affirm", "deny"] as const) {
    const msg = turn(answer === "affirm" ? "yes" : "no", answer, {
      deferred: [RETURN],
      pending: true,
      confirmation: answer,
    });
    assert.deepEqual(deferredToRaise(msg), RETURN);
    assert.match(finalReply(msg).reply, /You also asked about returning order ORD-1002\./);
    assert.deepEqual(deferredAfter(msg), [{ ...RETURN, raised: true }]);
  }
});

Deno.test("while the first change still waits for its answer, nothing is raised", () => {
  const msg = turn("hmm let me think", "order_status", { deferred: [RETURN], pending: true });
  msg.payload.intent!.confirmation = "unclear";
  assert.equal(deferredToRaise(msg), null);
  assert.doesNotMatch(finalReply(msg).reply, /You also asked/);
  assert.deepEqual(deferredAfter(msg), [RETURN]);
});

Deno.test("a yes to the raised change takes it up with execution; anything else lets it go", () => {
  const raised = { ...RETURN, raised: true };
  const yes = turn("yes please", "affirm", { deferred: [raised] });
  assert.deepEqual(deferredTakenUp(yes), raised);
  const d = decide(yes);
  assert.equal(d.action, "act");
  assert.match(d.reasons.join(), /return_item put off earlier/);
  assert.deepEqual(deferredAfter(yes), []);
  assert.doesNotMatch(finalReply(yes).reply, /You also asked/);
  const moved = turn("where is ORD-1001", "order_status", { deferred: [raised] });
  assert.equal(deferredTakenUp(moved), null);
  assert.deepEqual(deferredAfter(moved), []);
});

Deno.test("a reply that puts a change off records it, not yet raised", () => {
  const msg = turn("cancel ORD-1003 and return ORD-1002", "order_status", { deferred: [] });
  msg.payload.response!.deferred = [RETURN];
  assert.equal(deferredToRaise(msg), null);
  assert.deepEqual(deferredAfter(msg), [RETURN]);
});

Deno.test("the raised change is named by what it does, or by the customer's words", () => {
  assert.equal(
    deferredLine({ ...RETURN, intent: "cancel_order", order_id: "ORD-1003" }),
    "You also asked about cancelling order ORD-1003. Shall I look at that now? Just say yes.",
  );
  assert.match(deferredLine({ ...RETURN, order_id: null }), /about the return\. /);
  assert.match(
    deferredLine({ ...RETURN, intent: "payment_issue", order_id: null, text: "fix my card" }),
    /your other request \("fix my card"\)/,
  );
});

Deno.test("a change asked for after a clear yes is raised as soon as the yes is carried out", () => {
  const msg = turn("yes, and can you also return ORD-1002?", "affirm", {
    deferred: [],
    pending: true,
    confirmation: "affirm",
  });
  const after = { ...RETURN, text: "can you also return ORD-1002?" };
  msg.payload.intent!.after_yes = after;
  assert.deepEqual(deferredToRaise(msg), after);
  assert.match(finalReply(msg).reply, /You also asked about returning order ORD-1002\./);
  assert.deepEqual(deferredAfter(msg), [{ ...after, raised: true }]);
  // Taken up by the next yes, with nothing else pending.
  const next = turn("yes", "affirm", { deferred: deferredAfter(msg) });
  assert.equal(deferredTakenUp(next)?.intent, "return_item");
});

Deno.test("the change put off, asked for in the waiting one's place, waits no longer", () => {
  const msg = turn("just the return please", "order_status", { deferred: [RETURN], pending: true });
  msg.payload.intent = {
    ...msg.payload.intent!,
    intent: "return_item",
    withdraws_pending: true,
    entities: { ...msg.payload.intent!.entities, order_ids: ["ORD-1002"] },
  };
  assert.deepEqual(deferredAfter(msg), []);
});

Deno.test("after a yes to both, the change put off is raised as next, said plainly, by its remedy", () => {
  const mixer: DeferredRequest = {
    intent: "delivery_problem",
    order_id: "ORD-3002",
    text: "a replacement for the mixer",
    raised: false,
  };
  const msg = turn("Yes, please proceed with both.", "affirm", {
    deferred: [mixer],
    pending: true,
    confirmation: "affirm",
  });
  assert.match(
    finalReply(msg).reply,
    /You said yes to both, and I carry out one change at a time: next is the replacement for order ORD-3002\./,
  );
  assert.deepEqual(deferredAfter(msg), [{ ...mixer, raised: true }]);
});

Deno.test("a yes to the first alone, or a no to both, lets the change put off go unraised", () => {
  for (
    const [text, answer] of [
      ["just the first one", "affirm"],
      ["only the cancellation", "affirm"],
      ["no, neither actually", "deny"],
    ] as const
  ) {
    const msg = turn(text, answer, { deferred: [RETURN], pending: true, confirmation: answer });
    assert.equal(deferredToRaise(msg), null, text);
    assert.doesNotMatch(finalReply(msg).reply, /You also asked/, text);
    assert.deepEqual(deferredAfter(msg), [], text);
  }
});
