import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import {
  castContext,
  entitiesIn,
  fixtureCtx,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

const cancelling = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

Deno.test("venting while a change waits is owned, then asked — no 'yes or a no' dodge", async () => {
  for (const text of ["ugh typical", "this is ridiculous 🙄"]) {
    const r = await reply(turnWith({
      text,
      who: "sarah",
      intent: intentOf("other", text, { confirmation: "unclear" }),
      sentiment: "negative",
      session: { turn: 2, pending_action: cancelling, last_intent: "cancel_order" },
    }));
    assert.match(r.text, /frustrating/, text);
    assert.doesNotMatch(r.text, /whether that's a yes or a no|You're welcome/, text);
    assert.match(r.text, /ORD-1003/, text);
  }
});

Deno.test("an unclear answer with no venting is still asked as before", async () => {
  const r = await reply(turnWith({
    text: "i guess",
    who: "sarah",
    intent: intentOf("other", "i guess", { confirmation: "unclear" }),
    session: { turn: 2, pending_action: cancelling, last_intent: "cancel_order" },
  }));
  assert.match(r.text, /whether that's a yes or a no/);
});

Deno.test("'sure but not the shoes' removes the other lines of ORD-1003", async () => {
  const r = await reply(turnWith({
    text: "sure but not the shoes",
    who: "sarah",
    intent: intentOf("cancel_order", "sure but not the shoes", {
      entities: entitiesIn("sure but not the shoes", { order_ids: ["ORD-1003"] }),
    }),
    context: castContext("sarah", { order: "ORD-1003" }),
  }));
  const items = r.proposed_actions[0]?.params?.items as { name: string }[] | undefined;
  assert.equal(r.proposed_actions[0]?.type, "modify_items");
  assert.deepEqual(items?.map((i) => i.name), ["Insulated Water Bottle"]);
});
