/**
 * The talk16 round's readings: yes and no as people chat ("yes!! finally", "actually yes do
 * it", "ok send the new one pls"), mood ("this shop slaps", "i just want it sorted") and
 * follow-ups of a few words ("how long?", "which carrier?", "cool, and returns?").
 */
import assert from "node:assert/strict";
import type { ActionType, Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import { moodInWords, praisesInSlang } from "./mood_words.ts";
import { topicFollowUp } from "./topic_follow_up.ts";
import { policyFollowUp } from "./policy_follow_up.ts";
import { extractEntities } from "./entities.ts";
import { praiseNotYes } from "./praise_not_yes.ts";
import { asPaidBy } from "./paid_by.ts";
import { narrowsCancel } from "./pending_cancel_items.ts";

const classifier = sharedIntentClassifier();
const NOW = new Date("2026-03-01T12:00:00Z");

function read(text: string, type: ActionType = "cancel_order") {
  return readReplyToPending(text, {
    pending: { type, order_id: "ORD-1003" },
    classify: (t) => classifier.classify(t),
  }).label;
}

function reading(text: string, intent: Intent, confidence: number): IntentEnrichment {
  return {
    intent,
    confidence,
    alternatives: [],
    entities: extractEntities(text, { now: NOW }),
    source: "classifier",
  };
}

Deno.test("relief beside a yes is still a yes: 'yes!! finally', 'yes at last'", () => {
  for (const t of ["yes!! finally", "YES finally!!", "finally, yes please", "yes at last"]) {
    assert.equal(read(t), "affirm", t);
  }
  assert.equal(read("finally"), "unclear");
});

Deno.test("a turn-back that settles on a yes is a yes; 'wait, yes' stays unclear", () => {
  for (const t of ["actually yes do it", "actually, yes cancel it", "on second thought yes"]) {
    assert.equal(read(t), "affirm", t);
  }
  assert.equal(read("wait yes"), "unclear");
  assert.equal(read("actually no"), "deny");
  assert.notEqual(read("no wait actually yes"), "affirm");
});

Deno.test("the replacement asked for again in its own words is a yes to the replacement", () => {
  for (const t of ["ok send the new one pls", "yes send it", "ok send it again", "yes a new one"]) {
    assert.equal(read(t, "replacement"), "affirm", t);
  }
  assert.equal(read("no don't send a new one", "replacement"), "deny");
  assert.equal(read("send a refund instead", "replacement"), "new_request");
});

Deno.test("slang praise of the shop or a thing with a noun between: 'this shop slaps'", () => {
  for (const t of ["this shop slaps ngl", "the mixer slaps", "u guys rock", "this store rocks"]) {
    assert.ok(praisesInSlang(t), t);
  }
  assert.equal(praisesInSlang("my feet rock"), false);
});

Deno.test("'i just want it sorted' is no praise: neutral, a complaint whose story is untold", () => {
  assert.deepEqual(moodInWords("i just want it sorted", "positive"), {
    label: "neutral",
    signal: "wants_sorted",
  });
  const r = praiseNotYes(
    reading("i just want it sorted", "small_talk", 0.9),
    "i just want it sorted",
    {
      pendingChange: false,
    },
  );
  assert.equal(r.intent, "complaint");
});

Deno.test("'how long?', 'which carrier?', 'eta' right after a status follow that order", () => {
  for (const text of ["how long?", "which carrier?", "ok when?", "eta?", "who's delivering it"]) {
    const r = topicFollowUp({
      text,
      reading: reading(text, "policy_question", 0.4),
      lastIntent: "order_status",
      lastOrderId: "ORD-1001",
    });
    assert.equal(r?.intent, "order_status", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-1001"], text);
  }
});

Deno.test("another rule asked in passing after a rules answer is a policy question", () => {
  for (
    const text of ["and returns from the uk, who pays?", "cool, and returns?", "what about refunds"]
  ) {
    const r = topicFollowUp({
      text,
      reading: reading(text, "return_item", 0.6),
      lastIntent: "shipping_options",
      lastOrderId: null,
    });
    assert.equal(r?.intent, "policy_question", text);
  }
  const own = {
    lastIntent: "shipping_options" as Intent,
    read: "other" as Intent,
    namesSomething: false,
  };
  assert.equal(policyFollowUp("and i want to return the espresso machine", own), false);
  assert.equal(policyFollowUp("what about google pay", { ...own, read: "payment_methods" }), false);
  assert.equal(policyFollowUp("cool, and returns?", { ...own, lastIntent: "order_status" }), false);
});

Deno.test("'how long?' after where we ship, read as a rule, is the shipping time there", () => {
  const r = topicFollowUp({
    text: "how long?",
    reading: reading("how long?", "policy_question", 0.45),
    lastIntent: "shipping_options",
    lastOrderId: null,
  });
  assert.equal(r?.intent, "shipping_options");
});

Deno.test("the order said to be paid, with no way named, is about its payment", () => {
  for (const text of ["ok its paid now", "nvm its paid. how much was it", "paid it just now"]) {
    assert.equal(asPaidBy(reading(text, "affirm", 0.6), text).intent, "payment_issue", text);
  }
  assert.equal(asPaidBy(reading("is it paid?", "other", 0.4), "is it paid?").intent, "other");
  assert.equal(moodInWords("nvm its paid", "negative")?.signal, "payment_told");
});

Deno.test("'ugh' opens a reply as 'hmm' does: 'ugh no' is a no, 'ugh fine' no yes yet", () => {
  assert.equal(read("ugh no"), "deny");
  assert.equal(read("ugh fine"), "unclear");
  assert.equal(read("ugh ok fine do it"), "affirm");
});

Deno.test("relief beside a yes ('thank god', 'phew') is a yes; alone it says nothing", () => {
  assert.equal(read("yes please!! thank god"), "affirm");
  assert.equal(read("phew yes"), "affirm");
  assert.equal(read("thank god"), "unclear");
});

Deno.test("'obsessed with my espresso machine' is praise, not a grievance", () => {
  assert.ok(praisesInSlang("omg obsessed with my espresso machine"));
  assert.equal(praisesInSlang("im obsessed with tracking this parcel, where is it"), false);
});

Deno.test("'sure but not the shoes' narrows the whole order's cancellation", () => {
  const pending = {
    action: { type: "cancel_order" as const, order_id: "ORD-1003" },
  } as unknown as PendingAction;
  const text = "sure but not the shoes";
  assert.ok(narrowsCancel(text, extractEntities(text, { now: NOW }), pending, false));
  const no = "no, not the shoes";
  assert.equal(narrowsCancel(no, extractEntities(no, { now: NOW }), pending, true), false);
});
