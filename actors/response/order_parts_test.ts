import assert from "node:assert/strict";
import type { IntentRequest, ResponseEnrichment } from "../../shared/protocol.ts";
import { byOrderParts, remedyLater } from "./order_parts.ts";
import { CAST_TRACKING, castContext, intentOf } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

/** A context about several of `who`'s orders: none in question. */
function several(who: "emma" | "sarah" | "mike") {
  const c = castContext(who);
  const other_tracking = c.orders.flatMap((o) =>
    o.status === "shipped" && CAST_TRACKING[o.id] ? [CAST_TRACKING[o.id]!] : []
  );
  return { ...c, order_lookup: "ambiguous" as const, other_tracking };
}

/** The splitter's requests: each sentence, as `actors/nlu/requests.ts` cuts it. */
function bySentence(text: string, intents: IntentRequest["intent"][]): IntentRequest[] {
  let from = 0;
  return text.split(/(?<=[.!?])\s+/).map((s, i) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    return { intent: intents[i], confidence: 0.9, text: s, start, end: start + s.length };
  });
}

Deno.test("a message about two orders named by goods is cut again, one request per order", () => {
  const text =
    "the vacuum never showed up. refund it please. and the mixer came dented, i want a new one";
  const requests = bySentence(text, ["delivery_problem", "refund_request", "delivery_problem"]);
  const parts = byOrderParts(several("emma"), text, requests)!;
  assert.deepEqual(parts.map((p) => [p.intent, p.text]), [
    ["refund_request", "the vacuum never showed up. refund it please"],
    ["delivery_problem", "the mixer came dented. i want a new one"],
  ]);
  // Requests already about one order each, each asking its own, stay as the splitter cut them.
  const apart = "where is the vacuum? can i return the mixer?";
  assert.equal(
    byOrderParts(several("emma"), apart, bySentence(apart, ["order_status", "return_item"])),
    null,
  );
});

Deno.test("a remedy put off is named with its order", () => {
  assert.equal(remedyLater("replace the mixer", "ORD-3002"), "the replacement for order ORD-3002");
  assert.equal(remedyLater("refund the vacuum", "ORD-3001"), "the refund of order ORD-3001");
  assert.equal(remedyLater("the mixer is broken", "ORD-3002"), null);
});

const changes = (r: ResponseEnrichment) =>
  r.proposed_actions.filter((a) => a.requires_confirmation).map((a) => [a.type, a.order_id]);

Deno.test("Emma's 'refund the vacuum and replace the mixer' proposes the refund, the replacement next", async () => {
  const text =
    "my vacuum never came and the mixer is broken, refund the vacuum and replace the mixer";
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("refund_request", text, {
      requests: [{ intent: "refund_request", confidence: 0.8, text, start: 0, end: text.length }],
    }),
    context: several("emma"),
    decision: "act",
  });
  assert.deepEqual(changes(r), [["refund", "ORD-3001"]]);
  assert.match(r.text, /the replacement for order ORD-3002 once this is settled/);
  assert.doesNotMatch(r.text, /Do you mean|Refunds are for delivered orders/);
  assert.deepEqual(r.deferred?.map((d) => [d.intent, d.order_id]), [[
    "delivery_problem",
    "ORD-3002",
  ]]);
});

Deno.test("'speed up my headphones order and my shoes order' proposes both, on one yes", async () => {
  const text = "I would like to speed up my headphones order and my shoes order";
  const r = await reply({
    text,
    who: "sarah",
    intent: intentOf("shipping_options", text, {
      requests: [
        { intent: "shipping_options", confidence: 0.7, text: text.slice(0, 44), start: 0, end: 44 },
        { intent: "shipping_options", confidence: 0.7, text: text.slice(49), start: 49, end: 63 },
      ],
    }),
    context: several("sarah"),
    decision: "act",
  });
  assert.deepEqual(changes(r), [["expedite_delivery", "ORD-1001"], ["expedite_order", "ORD-1003"]]);
  assert.match(r.text, /One yes covers both/);
});

Deno.test("an order named outright among two named by goods keeps the remedy its own goods ask", async () => {
  // Emma's formal email: ORD-3001 named outright had made the whole message about it, and
  // the mixer's "replacement" was proposed for the vacuum whose refund she asked.
  const text =
    "Firstly, my robot vacuum (ORD-3001) has not arrived. Secondly, the stand mixer was damaged. I would appreciate a refund for the vacuum and a replacement for the mixer.";
  const c = castContext("emma");
  const found = {
    ...c,
    order_lookup: "found" as const,
    order: c.orders.find((o) => o.id === "ORD-3001")!,
    tracking: CAST_TRACKING["ORD-3001"]!,
  };
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("refund_request", text, {
      requests: bySentence(text, ["delivery_problem", "delivery_problem", "refund_request"]),
    }),
    context: found,
    decision: "act",
  });
  assert.deepEqual(changes(r), [["refund", "ORD-3001"]]);
  assert.match(r.text, /the replacement for order ORD-3002 once this is settled/);
  assert.doesNotMatch(r.text, /send order ORD-3001 \(Robot Vacuum Cleaner\) again/);
});

Deno.test("requests that leave out an order the message names, or ask its remedy as a product question, are cut again", () => {
  // The splitter kept "can you refund the vacuum" alone: the mixer's "new" must not become
  // the vacuum's remedy too.
  const left = "can u refund the vacuum and send a new mixer";
  const one: IntentRequest[] = [
    {
      intent: "refund_request",
      confidence: 0.64,
      text: "can u refund the vacuum",
      start: 0,
      end: 23,
    },
  ];
  assert.deepEqual(byOrderParts(several("emma"), left, one)!.map((p) => [p.intent, p.text]), [
    ["refund_request", "can u refund the vacuum"],
    ["delivery_problem", "send a new mixer"],
  ]);
  const asked = "replace the vacuum and refund the mixer pls";
  const two: IntentRequest[] = [
    { intent: "product_question", confidence: 0.89, text: "replace the vacuum", start: 0, end: 18 },
    {
      intent: "refund_request",
      confidence: 0.92,
      text: "refund the mixer pls",
      start: 23,
      end: 43,
    },
  ];
  assert.deepEqual(byOrderParts(several("emma"), asked, two)!.map((p) => [p.intent, p.text]), [
    ["delivery_problem", "replace the vacuum"],
    ["refund_request", "refund the mixer pls"],
  ]);
});
