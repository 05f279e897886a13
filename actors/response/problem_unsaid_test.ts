/**
 * A problem announced and then only the goods named, a delivered order's trouble unsaid, and
 * "one of them doesn't work" of an order of several: asked in one short question, nothing
 * proposed — not a search at the neighbours', not the tracking of an order not shipped, not
 * the whole order refunded.
 */
import assert from "node:assert/strict";
import type { Dialogue } from "../../shared/protocol.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";
import { onlyNamesGoods, saysNotReceived } from "./problem_unsaid.ts";

const announced = (said: string): Partial<Dialogue> => ({
  focus: null,
  mentioned: [],
  unanswered: ["delivery_problem"],
  said,
});
const problem = (text: string, order: string, dialogue: Partial<Dialogue>) => ({
  text,
  who: "sarah" as const,
  intent: "delivery_problem" as const,
  decision: "act" as const,
  context: castContext("sarah", { order }),
  session: { last_intent: "delivery_problem" as const, dialogue: dialogue as Dialogue },
});

Deno.test("goods named after a problem announced: what went wrong is asked, nothing proposed", async () => {
  const frother = await reply(
    problem("the milk frother", "ORD-1002", announced("I have an issue")),
  );
  assert.equal(frother.template, "problem_unsaid_delivered");
  assert.match(frother.text, /What's gone wrong with the Milk Frother\?/);
  assert.doesNotMatch(frother.text, /neighbours|supervisor/);
  assert.deepEqual(frother.proposed_actions, []);
  const shoes = await reply(problem("the shoes", "ORD-1003", announced("something's wrong")));
  assert.equal(shoes.template, "problem_unsaid_unsent");
  assert.match(shoes.text, /hasn't shipped yet/);
  assert.doesNotMatch(shoes.text, /tracking/);
  assert.deepEqual(shoes.proposed_actions, []);
});

Deno.test("a delivered order's trouble unsaid is asked; said not to have come, it is searched for", async () => {
  const none = { focus: null, mentioned: [], unanswered: [] };
  const unsaid = await reply(problem("something's wrong with the stuff i got", "ORD-1002", none));
  assert.match(unsaid.text, /What's gone wrong/);
  assert.doesNotMatch(unsaid.text, /neighbours/);
  const missing = await reply(problem("it says delivered but it never came", "ORD-1002", none));
  assert.match(missing.text, /neighbours/);
});

Deno.test("'one of them doesn't work' of an order of two asks which, not the whole order's refund", async () => {
  const none = { focus: null, mentioned: [], unanswered: [] };
  const which = await reply(problem("one of them doesnt work", "ORD-1002", none));
  assert.equal(which.template, "delivery_fault_which");
  assert.match(which.text, /Espresso Machine or the Milk Frother\?/);
  assert.deepEqual(which.proposed_actions, []);
  assert.equal(which.asks?.slot, "items");
});

Deno.test("a bare name of goods is told from a problem said or a request", () => {
  for (const t of ["the milk frother", "the shoes", "it's the kitchen one", "ORD-1002"]) {
    assert.ok(onlyNamesGoods(t), t);
  }
  for (
    const t of ["it doesnt froth anymore", "the frother leaks", "where are the shoes", "cancel it"]
  ) {
    assert.ok(!onlyNamesGoods(t), t);
  }
  assert.ok(saysNotReceived("it never arrived"));
  assert.ok(saysNotReceived("the parcel isn't here"));
  assert.ok(!saysNotReceived("something's wrong with the stuff i got"));
});

Deno.test("the order named after a problem said before is no problem unsaid", async () => {
  const told = { ...announced("the espresso machine that just arrived is cracked") };
  const r = await reply(problem("ORD-1002", "ORD-1002", told));
  assert.notEqual(r.template, "problem_unsaid_delivered");
});
