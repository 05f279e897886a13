import assert from "node:assert/strict";
import {
  conditionedChange,
  leavesUndecided,
  onlyNoted,
  weighedChange as weighed,
} from "./supposed_change.ts";

/** The change weighed and how, without the clause. */
function weighedChange(text: string) {
  const w = weighed(text);
  return w && { intent: w.intent, how: w.how };
}

Deno.test("a question of what a change would do is weighed, with its change", () => {
  assert.deepEqual(weighedChange("what happens if I cancel 1003?"), {
    intent: "cancel_order",
    how: "what_if",
  });
  assert.deepEqual(weighedChange("would I get a full refund if I return the espresso machine?"), {
    intent: "return_item",
    how: "what_if",
  });
  assert.deepEqual(weighedChange("if i cancel now will i get all my money back"), {
    intent: "cancel_order",
    how: "what_if",
  });
  assert.deepEqual(weighedChange("what if i send the frother back, do i pay shipping?"), {
    intent: "return_item",
    how: "what_if",
  });
  assert.deepEqual(weighedChange("should I just cancel 1003?"), {
    intent: "cancel_order",
    how: "should",
  });
  assert.deepEqual(weighedChange("is it better to return it?"), {
    intent: "return_item",
    how: "should",
  });
});

Deno.test("thinking aloud about a change is weighed", () => {
  assert.equal(weighedChange("I'm thinking about returning the espresso machine")?.how, "thinking");
  assert.equal(weighedChange("might cancel the shoes order, not sure yet")?.intent, "cancel_order");
  assert.equal(
    weighedChange("im kinda considering sending back the frother tbh")?.intent,
    "return_item",
  );
  assert.equal(weighedChange("I might cancel 2002, haven't decided")?.how, "thinking");
});

Deno.test("a change asked for outright is not weighed", () => {
  assert.equal(weighedChange("cancel 1003 please"), null);
  assert.equal(weighedChange("I want to return the espresso machine"), null);
  assert.equal(weighedChange("can you cancel ORD-1003?"), null);
  assert.equal(weighedChange("cancel 1003 if it hasn't shipped yet"), null);
  assert.equal(weighedChange("what happens if a parcel is lost?"), null);
  assert.equal(weighedChange("I might need to cancel, please do it now!"), null);
});

Deno.test("a decision left open reads as undecided, a yes does not", () => {
  assert.ok(leavesUndecided("not sure yet"));
  assert.ok(leavesUndecided("maybe I'll wait and see"));
  assert.ok(leavesUndecided("eh, I'll keep it for now"));
  assert.ok(leavesUndecided("hmm let me think"));
  assert.ok(leavesUndecided("hmm, maybe later"));
  assert.ok(!leavesUndecided("yes go ahead"));
  assert.ok(!leavesUndecided("no thanks"));
});

Deno.test("a change named beside 'asking for later' or 'just curious' is only asked about", () => {
  assert.deepEqual(weighedChange("Can I cancel 1003? Asking for later, not now"), {
    intent: "cancel_order",
    how: "what_if",
  });
  assert.equal(weighedChange("just curious, can I return the frother?")?.intent, "return_item");
});

Deno.test("'ok' or 'good to know' only takes an answer in; 'ok do it' is more", () => {
  for (const t of ["ok", "ok good to know", "alright, thanks", "i see", "cool thx"]) {
    assert.ok(onlyNoted(t), t);
  }
  for (const t of ["ok do it", "yes", "sure", "yeah ok", "ok cancel it"]) {
    assert.ok(!onlyNoted(t), t);
  }
});

Deno.test("the clause of the change weighed is its own, not the question beside it", () => {
  assert.equal(
    weighed("If I cancel the water bottles, will the shoes still ship on time?")?.clause,
    "If I cancel the water bottles",
  );
  assert.equal(weighed("what happens if I cancel 1003?")?.clause, "what happens if I cancel 1003");
});

Deno.test("the last day to change asked, a plan dropped, debating: weighed; a plan said is not", () => {
  assert.equal(weighedChange("What's the latest I can cancel?")?.intent, "cancel_order");
  assert.equal(weighedChange("I was going to cancel 1003 but maybe I'll keep it")?.how, "thinking");
  assert.equal(
    weighedChange("debating whether to send back the espresso machine")?.how,
    "thinking",
  );
  assert.equal(weighedChange("I'm going to cancel my order"), null);
});

Deno.test("a change asked with a condition set on it is that change, its clause without it", () => {
  assert.deepEqual(conditionedChange("cancel 1003 only if the refund goes back to my card"), {
    intent: "cancel_order",
    clause: "cancel 1003",
  });
  assert.equal(
    conditionedChange("please return the frother if it's still possible")?.intent,
    "return_item",
  );
  assert.equal(conditionedChange("where is my order if it shipped?"), null);
  assert.equal(conditionedChange("cancel 1003"), null);
});

Deno.test("a return or refund set against a replacement is compared", () => {
  assert.equal(
    weighedChange("is it faster to return the mixer or to get a replacement?")?.how,
    "compare",
  );
  assert.equal(
    weighedChange("would a refund for the mixer be quicker than a replacement?")?.how,
    "compare",
  );
  assert.equal(weighedChange("is it faster to ship express or overnight?"), null);
});

Deno.test("a clause without its question mark is still asked", () => {
  assert.equal(weighedChange("how long do I have to return the mixer")?.how, "what_if");
  assert.equal(weighedChange("until when can I cancel it")?.intent, "cancel_order");
});
