import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

function needs(text: string, who: "sarah" | "emma", order: string) {
  return turnWith({
    text,
    who,
    intent: intentOf("shipping_options", `${text} ${order}`),
    context: castContext(who, { order }),
  });
}

Deno.test("goods needed after their estimate get a faster speed proposed, naming both days", async () => {
  const r = await reply(needs("i need my shoes by tomorrow", "sarah", "ORD-1003"));
  assert.equal(r.template, "expedite_proposed");
  assert.match(r.text, /estimate for order ORD-1003 is \w+day, [A-Z][a-z]+ \d+, after/);
  assert.match(r.text, /overnight/);
  assert.equal(r.proposed_actions.length, 1);
});

Deno.test("goods needed by a day after their estimate arrive in time: said so, nothing proposed", async () => {
  const r = await reply(
    needs("I need the headphones within a week, it's a gift", "sarah", "ORD-1001"),
  );
  assert.equal(r.template, "needed_by_in_time");
  assert.match(r.text, /so it should arrive in time/);
  assert.equal(r.proposed_actions.length, 0);
});

Deno.test("a lost parcel needed by a day gets what can be done about the loss", async () => {
  const r = await reply(needs("I need the vacuum by friday", "emma", "ORD-3001"));
  assert.match(r.text, /lost/);
  assert.match(r.text, /replacement/);
  assert.doesNotMatch(r.text, /Standard shipping takes/);
});

Deno.test("asked whether it comes by a day it will miss: said so, and how to have it sooner", async () => {
  const text = "will my shoes arrive by tomorrow?";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("order_status", `${text} ORD-1003`),
    context: castContext("sarah", { order: "ORD-1003" }),
  }));
  assert.equal(r.template, "needed_by_late");
  assert.match(r.text, /after \w+day/);
  assert.match(r.text, /ask me to speed it up/);
  assert.equal(r.proposed_actions.length, 0);
});

Deno.test("an estimate on the day itself 'should just make it', and the speed-up offered is remembered", async () => {
  // The estimate on a weekday two to six days ahead (a weekend day is asked about otherwise).
  let eta = new Date(FIXTURE_NOW.getTime() + 2 * 86_400_000);
  while ([0, 6].includes(eta.getUTCDay())) eta = new Date(eta.getTime() + 86_400_000);
  const day = eta.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
  const text = `will my shoes arrive by ${day}?`;
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("order_status", `${text} ORD-1003`),
    context: castContext("sarah", { order: "ORD-1003", orderPatch: { eta: eta.toISOString() } }),
  });
  const r = await reply(msg);
  assert.equal(r.template, "needed_by_in_time");
  assert.match(r.text, /itself, the day you need it/);
  assert.doesNotMatch(r.text, /before \w+day/);
  assert.equal(r.asks?.slot, "meaning");
  assert.equal(r.asks?.offered, true);
  assert.equal(r.asks?.order_id, "ORD-1003");
});
