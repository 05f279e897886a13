/** Pointing at the order a pending change is about, by what is in it. */
import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { pointsAtOrder } from "./pending_pointer.ts";
import type { ConfirmationReply, Intent, OrderView } from "../../shared/protocol.ts";
import {
  castContext,
  fixtureCtx,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const shoes = castContext("sarah", { order: "ORD-1003" }).order as OrderView;

Deno.test("naming the items of an order points at it; asking about them does not", () => {
  assert.ok(pointsAtOrder("the running shoes one", shoes));
  assert.ok(pointsAtOrder("sorry I meant the one with the water bottles", shoes));
  assert.ok(!pointsAtOrder("are the running shoes in stock?", shoes));
  assert.ok(!pointsAtOrder("the headphones", shoes));
  assert.ok(!pointsAtOrder("the one", shoes));
});

Deno.test("'the running shoes one' while its cancellation waits says it is that order and asks again", async () => {
  const pending = pendingOf(
    { type: "cancel_order", order_id: "ORD-1003", requires_confirmation: true },
    { summary: "Cancel order ORD-1003" },
  );
  const text = "the running shoes one";
  const turn = (intent: Intent, reading: ConfirmationReply) =>
    turnWith({
      text,
      who: "sarah",
      intent: intentOf(intent, text, { confirmation: reading }),
      context: castContext("sarah", { order: "ORD-1003" }),
      session: { pending_action: pending },
      decision: "answer",
    });
  for (
    const [intent, reading] of [["product_question", "new_request"], ["other", "unclear"]] as const
  ) {
    const r = (await responseActor.process(
      turn(intent, reading),
      { llm: null, llmTimeoutMs: 4_000 },
      fixtureCtx(),
    ))
      .enrichment!;
    assert.equal(r.template, "pending_pointed", r.text);
    assert.match(r.text, /that's order ORD-1003/);
    assert.match(r.text, /shall I cancel order ORD-1003/);
    assert.doesNotMatch(r.text, /in stock|USD\. They cost/);
    assert.deepEqual(r.proposed_actions, []);
  }
});

Deno.test("'the one that hasnt shipped' while ORD-1003's cancellation waits points at it", async () => {
  const { pointsByState } = await import("./pending_pointer.ts");
  const { viewOf } = await import("./view.ts");
  const { castContext, CAST_ORDERS, FIXTURE_NOW, intentOf, turnWith } = await import(
    "../../tests/fixtures/turns.ts"
  );
  const v = (text: string, status: "shipped" | "delivered", negated: boolean) =>
    viewOf(
      turnWith({
        text,
        who: "sarah",
        intent: intentOf("order_status", text, {
          entities: {
            order_ids: [],
            tracking_numbers: [],
            emails: [],
            amounts: [],
            dates: [],
            quantities: [],
            products: [],
            state_refs: [{ text, status, negated, recency: null }],
          },
        }),
        context: castContext("sarah"),
      }),
      FIXTURE_NOW,
    );
  const order = CAST_ORDERS["ORD-1003"];
  assert.ok(pointsByState(v("the one that hasnt shipped", "shipped", true), order));
  assert.ok(!pointsByState(v("the one that shipped", "shipped", false), order));
  assert.ok(!pointsByState(v("the one that hasnt shipped?", "shipped", true), order), "a question");
});
