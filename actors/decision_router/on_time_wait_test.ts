import assert from "node:assert/strict";
import { onTimeWaitRemedy } from "./on_time_wait.ts";
import { decisionRouterActor } from "../decision_router.ts";
import {
  castContext,
  fixtureCtx,
  intentOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const IMPATIENT = sentimentOf("negative", {
  score: -0.19,
  urgency: "high",
  is_complaint: true,
  signals: ["waiting"],
});

function turn(text: string, order: string, sentiment = IMPATIENT) {
  return turnWith({
    text,
    who: order.startsWith("ORD-1") ? "sarah" : "mike",
    intent: intentOf("refund_request", text),
    sentiment,
    context: castContext(order.startsWith("ORD-1") ? "sarah" : "mike", { order }),
  });
}

Deno.test("an impatient refund ask about an order on time is answered, not queued", async () => {
  const msg = turn("can i get a refund on ORD-1001 its taking forever", "ORD-1001");
  assert.match(onTimeWaitRemedy(msg) ?? "", /ORD-1001, on its way and on time/);
  const d = await decisionRouterActor.process(msg, {}, fixtureCtx());
  assert.notEqual(d.enrichment?.action, "handoff", JSON.stringify(d.enrichment?.reasons));
});

Deno.test("a delayed parcel, or anger beyond impatience, still goes the usual way", () => {
  // Mike's ORD-2001 has a carrier exception: something went wrong a person may settle.
  assert.equal(onTimeWaitRemedy(turn("refund ORD-2001 its taking forever", "ORD-2001")), null);
  const angry = sentimentOf("negative", {
    score: -0.9,
    urgency: "high",
    is_complaint: true,
    signals: ["waiting", "caps", "exclamation"],
  });
  assert.equal(
    onTimeWaitRemedy(turn("REFUND ORD-1001 NOW its taking FOREVER!!", "ORD-1001", angry)),
    null,
  );
  const noWait = sentimentOf("negative", { signals: ["problem"] });
  assert.equal(onTimeWaitRemedy(turn("refund ORD-1001", "ORD-1001", noWait)), null);
});
