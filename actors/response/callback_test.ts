import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import {
  decisionOf,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const DEPS = { llm: null, llmTimeoutMs: 4_000 };

async function reply(text: string, session = {}) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("human_agent", text, { confidence: 0.96 }),
    decision: decisionOf("act"),
    session,
  });
  return (await responseActor.process(msg, DEPS, fixtureCtx())).enrichment!;
}

Deno.test("a call back with a day, a time and a number is proposed for a yes, in UTC", async () => {
  const r = await reply("call me tomorrow after 3pm on 07700 900123");
  assert.match(r.text, /call you on 07700 900123 tomorrow at 3:00 pm UTC/);
  assert.equal(r.proposed_actions[0]?.type, "schedule_callback");
  const at = new Date(FIXTURE_NOW.getTime() + 86_400_000);
  at.setUTCHours(15, 0, 0, 0);
  assert.equal(r.proposed_actions[0].params.at, at.toISOString());
  assert.equal(r.proposed_actions[0].params.phone, "07700 900123");
});

Deno.test("a call back without a time asks for one, and keeps the number for the answer", async () => {
  const r = await reply("can someone call me? 555-0134");
  assert.deepEqual(r.proposed_actions, []);
  assert.match(r.text, /a day and a time/);
  assert.match(r.text, /555-0134/);
  assert.equal(r.asks?.slot, "callback");
  assert.match(r.asks?.text ?? "", /555-0134/);
});

Deno.test("the time given after we asked is proposed with the number given before", async () => {
  const r = await reply("tomorrow at 10am", {
    dialogue: {
      focus: null,
      mentioned: [],
      unanswered: [],
      asked: {
        slot: "callback",
        intent: "human_agent",
        order_id: null,
        text: "can someone call me? 555-0134",
      },
    },
  });
  assert.match(r.text, /on 555-0134 tomorrow at 10:00 am UTC/);
  assert.equal(r.proposed_actions[0]?.type, "schedule_callback");
});

Deno.test("'call me tomorrow' asks what time tomorrow and which number", async () => {
  const r = await reply("call me tomorrow");
  assert.match(r.text, /what time tomorrow suits you/);
  assert.match(r.text, /number on my account/);
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("after a call back is booked, 'cancel the call' proposes a note, never an order's cancel", async () => {
  const done = {
    type: "schedule_callback" as const,
    order_id: null,
    at: FIXTURE_NOW.toISOString(),
    scheduled_for: new Date(FIXTURE_NOW.getTime() + 86_400_000).toISOString(),
  };
  const session = { dialogue: { focus: null, mentioned: [], unanswered: [], done } };
  const off = await reply("actually cancel the call", session);
  assert.equal(off.proposed_actions[0]?.type, "customer_note");
  assert.match(off.text, /Nothing on your orders changes/);
  const when = await reply("what time will you call?", session);
  assert.match(when.text, /booked for tomorrow at 12:00 pm UTC/);
});
