import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { upsetButAsks } from "./upset_request.ts";
import { castContext, intentOf, sentimentOf, turnWith } from "../../tests/fixtures/turns.ts";

const angry = sentimentOf("negative", { urgency: "high", is_complaint: true, score: -0.4 });

/** Mike upset with a chargeback threatened, read as `intent`, about `order`. */
function threatens(
  text: string,
  intent: Parameters<typeof intentOf>[0],
  confidence: number,
  order: string,
) {
  const threat = sentimentOf("negative", {
    urgency: "critical",
    is_complaint: true,
    signals: ["threat_chargeback"],
  });
  return turnWith({
    text,
    who: "mike",
    sentiment: threat,
    intent: intentOf(intent, text, { confidence }),
    context: castContext("mike", { order }),
  });
}

function mikeSays(text: string, intent = intentOf("cancel_order", text, { confidence: 0.3 })) {
  return turnWith({
    text,
    who: "mike",
    sentiment: angry,
    intent,
    context: castContext("mike", { order: "ORD-2001" }),
  });
}

Deno.test("an upset customer who asks outright to cancel is answered, not queued", () => {
  const text = "ok this is ridiculous. keyboard STILL not here. cancel it and refund me";
  const intent = intentOf("cancel_order", text, {
    confidence: 0.3,
    requests: [
      {
        intent: "cancel_order",
        confidence: 0.94,
        text: "cancel it and refund me",
        start: 0,
        end: 1,
      },
      { intent: "delivery_problem", confidence: 0.93, text: "keyboard STILL", start: 0, end: 1 },
    ],
  });
  const d = decide(mikeSays(text, intent));
  assert.equal(d.action, "act");
  assert.ok(d.steps.includes("execution"));
  assert.match(d.reasons.join(" "), /upset, but asks for cancel_order/);
});

Deno.test("an upset complaint that asks for nothing still goes to a person", () => {
  const text = "this is ridiculous, my keyboard is STILL not here";
  const d = decide(mikeSays(text, intentOf("delivery_problem", text, { confidence: 0.9 })));
  assert.equal(d.action, "handoff");
});

Deno.test("an upset change request that also asks for a person goes to one", () => {
  const text = "this is a joke. cancel it and get me a manager";
  const intent = intentOf("cancel_order", text, {
    confidence: 0.9,
    requests: [
      { intent: "cancel_order", confidence: 0.9, text: "cancel it", start: 0, end: 1 },
      { intent: "human_agent", confidence: 0.9, text: "get me a manager", start: 0, end: 1 },
    ],
  });
  assert.equal(decide(mikeSays(text, intent)).action, "handoff");
});

Deno.test("a change read unsurely, or with no order of theirs in question, is no clear request", () => {
  const text = "ugh whatever just sort it";
  assert.equal(
    upsetButAsks(mikeSays(text, intentOf("refund_request", text, { confidence: 0.3 }))),
    null,
  );
  const guest = turnWith({ text: "cancel my order now", sentiment: angry, intent: "cancel_order" });
  assert.equal(upsetButAsks(guest), null);
});

Deno.test("a threat beside a clear request is met by the request; a danger still goes to a person", () => {
  const text = "if this isn't sorted today I'm doing a chargeback. just cancel my monitor order";
  const msg = threatens(text, "cancel_order", 0.8, "ORD-2002");
  assert.equal(decide(msg).action, "act");
  msg.payload.sentiment = { ...msg.payload.sentiment!, signals: ["safety"] };
  assert.equal(decide(msg).action, "handoff");
});

Deno.test("a person asked for in a part of its own is a handoff, the damage told beside it", () => {
  const text = "I want a manager. my mixer arrived smashed";
  const d = decide(turnWith({
    text,
    who: "emma",
    sentiment: sentimentOf("negative", { urgency: "medium" }),
    intent: intentOf("delivery_problem", text, {
      confidence: 0.54,
      requests: [
        {
          intent: "delivery_problem",
          confidence: 0.54,
          text: "my mixer arrived smashed",
          start: 0,
          end: 1,
        },
        { intent: "human_agent", confidence: 0.96, text: "I want a manager", start: 0, end: 1 },
      ],
    }),
    context: castContext("emma", { order: "ORD-3002" }),
  }));
  assert.equal(d.action, "handoff");
});

Deno.test("an upset 'actually a replacement please' while a person is awaited is proposed, not queued", () => {
  const text = "actually a replacement please";
  const ctx = castContext("emma", { order: "ORD-3002" });
  const damaged = { ...ctx, order: { ...ctx.order!, reported_issue: "arrived damaged" } };
  const d = decide(turnWith({
    text,
    who: "emma",
    sentiment: sentimentOf("negative", { urgency: "medium" }),
    intent: intentOf("delivery_problem", text, { confidence: 0.8 }),
    context: damaged,
    session: {
      open_handoff: {
        id: "h-1",
        priority: "high",
        opened_at: "2026-12-07T10:00:00.000Z",
        reason: "vip customer with a negative message",
      },
    },
  }));
  assert.equal(d.action, "act");
});

Deno.test("an upset VIP's weakly read 'refund it.' is still the refund asked, not a queue", () => {
  const text = "the mixer is broken and honestly I'm done with this shop. refund it.";
  const d = decide(turnWith({
    text,
    who: "emma",
    sentiment: sentimentOf("negative", { urgency: "high", is_complaint: true }),
    intent: intentOf("refund_request", text, {
      confidence: 0.44,
      requests: [{
        intent: "refund_request",
        confidence: 0.44,
        text: "refund it",
        start: 0,
        end: 1,
      }],
    }),
    context: castContext("emma", { order: "ORD-3002" }),
  }));
  assert.equal(d.action, "act");
});

Deno.test("a chargeback threatened beside a status question, read as a refund, asks for none", () => {
  const text =
    "This is RIDICULOUS!!! Third time I'm asking: where is ORD-2001?? It is two weeks late and I'm going to dispute the charge with my bank!";
  const msg = threatens(text, "refund_request", 0.84, "ORD-2001");
  assert.equal(upsetButAsks(msg), null);
  assert.equal(decide(msg).action, "handoff");
});
