import assert from "node:assert/strict";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import { CAST_TRACKING, castContext, entitiesIn, intentOf } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const changes = (r: ResponseEnrichment) =>
  r.proposed_actions.filter((a) => a.requires_confirmation)
    .map((a) => [a.type, a.order_id, a.together ?? false]);

Deno.test("'just refund both' proposes a refund of each of Emma's orders, on one yes", async () => {
  const text = "just refund both";
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("refund_request", text),
    context: castContext("emma", { order: "ORD-3001" }),
    decision: "act",
    session: {
      dialogue: { focus: null, mentioned: ["ORD-3002", "ORD-3001"], unanswered: [] },
    },
  });
  assert.deepEqual(changes(r), [
    ["refund", "ORD-3002", false],
    ["refund", "ORD-3001", true],
  ]);
  assert.match(r.text, /ORD-3002[\s\S]*ORD-3001/);
  assert.match(r.text, /One yes covers both/);
  assert.match(r.text, /Reply yes|go ahead/);
});

Deno.test("'cancel 2002 and 2001' proposes the one that can be and says why not the other", async () => {
  const text = "cancel 2002 and 2001";
  const r = await reply({
    text,
    who: "mike",
    intent: intentOf("cancel_order", text, {
      entities: entitiesIn(text, {
        order_refs: [
          { text: "2002", id: "ORD-2002", form: "bare" },
          { text: "2001", id: "ORD-2001", form: "bare" },
        ],
      }),
    }),
    context: castContext("mike", { order: "ORD-2002" }),
    decision: "act",
  });
  assert.deepEqual(changes(r), [["cancel_order", "ORD-2002", false]]);
  assert.match(r.text, /ORD-2001 already shipped/);
  assert.doesNotMatch(r.text, /One yes covers/);
});

Deno.test("two troubles told at once offer each order's remedies and propose nothing yet", async () => {
  const text = "one order never showed up and the other came smashed";
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("delivery_problem", text),
    context: damagedMixer(castContext("emma", { order: "ORD-3001" })),
    decision: "act",
  });
  assert.deepEqual(changes(r), []);
  assert.match(r.text, /ORD-3001/);
  assert.match(r.text, /ORD-3002/);
  assert.match(r.text, /refund both/);
  assert.equal(r.asks, undefined, "the choice is for both orders, not the first alone");
});

Deno.test("'return both' about an order of two products means its items, not two orders", async () => {
  const text = "can i return both";
  const r = await reply({
    text,
    who: "sarah",
    intent: intentOf("return_item", text),
    context: castContext("sarah", { order: "ORD-1002" }),
    decision: "act",
    session: {
      dialogue: {
        focus: { order_id: "ORD-1002", why: "explicit" },
        mentioned: ["ORD-1001", "ORD-1002"],
        unanswered: [],
      },
    },
  });
  assert.doesNotMatch(r.text, /One yes covers/);
  assert.ok(changes(r).every(([, order]) => order === "ORD-1002"), JSON.stringify(changes(r)));
});

Deno.test("a cancellation beside a return of another order stays one change at a time", async () => {
  const text = "cancel 1003 and return 1002";
  const r = await reply({
    text,
    who: "sarah",
    intent: intentOf("cancel_order", text, {
      requests: [
        { intent: "cancel_order", confidence: 0.9, text: "cancel 1003", start: 0, end: 11 },
        { intent: "return_item", confidence: 0.9, text: "return 1002", start: 16, end: 27 },
      ],
    }),
    context: castContext("sarah", { order: "ORD-1003" }),
    decision: "act",
  });
  assert.doesNotMatch(r.text, /One yes covers/);
  assert.equal(changes(r).length, 1);
});

Deno.test("the lost parcel of the other order is read from the other parcels looked up", async () => {
  const text = "just refund both";
  const c = castContext("emma", { order: "ORD-3002" });
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("refund_request", text),
    context: { ...c, other_tracking: [CAST_TRACKING["ORD-3001"]] },
    decision: "act",
    session: {
      dialogue: { focus: null, mentioned: ["ORD-3001", "ORD-3002"], unanswered: [] },
    },
  });
  assert.deepEqual(changes(r).map(([, order]) => order).sort(), ["ORD-3001", "ORD-3002"]);
});

Deno.test("'replace both' proposes a replacement of each order, not only the offer", async () => {
  const text = "replace both";
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("delivery_problem", text),
    context: damagedMixer(castContext("emma", { order: "ORD-3001" })),
    decision: "act",
    session: {
      dialogue: { focus: null, mentioned: ["ORD-3001", "ORD-3002"], unanswered: [] },
    },
  });
  assert.deepEqual(changes(r), [
    ["replacement", "ORD-3001", false],
    ["replacement", "ORD-3002", true],
  ]);
});

/** Emma's context with the damage of ORD-3002 on record, as the demo store has it. */
function damagedMixer(c: ReturnType<typeof castContext>): ReturnType<typeof castContext> {
  return {
    ...c,
    orders: c.orders.map((o) => o.id === "ORD-3002" ? { ...o, reported_issue: "damaged" } : o),
  };
}

Deno.test("'cancel the rest of ORD-1003' keeps to that order: its other lines, not the other orders", async () => {
  for (
    const text of ["keep the shoes, cancel the rest of ORD-1003", "cancel the rest of ORD-1003"]
  ) {
    const r = await reply({
      text,
      who: "sarah",
      intent: intentOf("cancel_order", text),
      context: castContext("sarah", { order: "ORD-1003" }),
      decision: "act",
    });
    assert.doesNotMatch(r.text, /ORD-1001|ORD-1002/, text);
    assert.ok(changes(r).every(([, id]) => id === "ORD-1003"), text);
  }
});
