import assert from "node:assert/strict";
import { asksRefundLater, refundLaterReply } from "./refund_later.ts";
import { viewOf } from "./view.ts";
import {
  castContext,
  FIXTURE_NOW,
  intentOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";
import { checkReply } from "../guardrail.ts";

Deno.test("a refund asked for once the order arrives is read as such", () => {
  for (
    const t of [
      "fine, refund it when it arrives i guess",
      "ok refund me once it's delivered",
      "can i return it as soon as it gets here",
      "refund after they come",
    ]
  ) assert.ok(asksRefundLater(t), t);
  for (const t of ["refund it", "when will my refund arrive?", "where is it"]) {
    assert.ok(!asksRefundLater(t), t);
  }
});

function reply(
  text: string,
  intent: "refund_status" | "refund_request" | "return_item" | "cancel_order",
  order: string,
  decision: "act" | "answer" = "act",
) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf(intent, text),
    sentiment: sentimentOf("neutral"),
    context: castContext("sarah", { order }),
    decision,
  });
  return { msg, d: refundLaterReply(viewOf(msg, FIXTURE_NOW), "friendly") };
}

Deno.test("'refund it when it arrives' says when it comes and how the refund works then", () => {
  const { msg, d } = reply("fine, refund it when it arrives i guess", "refund_status", "ORD-1001");
  assert.ok(d);
  assert.match(d.text, /ORD-1001/);
  assert.match(d.text, /can't be set up before it arrives/);
  assert.match(d.text, /30 days from delivery/);
  assert.match(d.text, /249\.00 USD/);
  assert.match(d.text, /5 business days/);
  assert.doesNotMatch(d.text, /I don't see a refund/);
  assert.deepEqual(d.proposed_actions, [], "nothing to confirm");
  msg.payload.response = { ...d, source: "template" };
  assert.equal(checkReply(msg, FIXTURE_NOW).enrichment?.verdict, "pass");
});

Deno.test("a delivered order, or a refund asked plainly without impatience, is no such reply", () => {
  assert.equal(reply("refund it when it arrives", "refund_request", "ORD-1002").d, null);
  assert.equal(reply("can i get a refund on ORD-1001", "refund_request", "ORD-1001").d, null);
  assert.ok(
    reply("can i get a refund on ORD-1001 its taking forever", "refund_request", "ORD-1001").d,
  );
});

Deno.test("a return asked for once it arrives is told how the return works then", () => {
  const { d } = reply("ok what about returning them when they come", "return_item", "ORD-1001");
  assert.ok(d);
  assert.match(d.text, /once it's delivered you can return it within 30 days/);
  assert.doesNotMatch(d.text, /refund can't be set up/);
});

Deno.test("'what can I do then' after a cancellation refused for a parcel on its way", () => {
  const { d } = reply(
    "oh it shipped already? ugh. what can I do then",
    "cancel_order",
    "ORD-1001",
    "answer",
  );
  assert.ok(d);
  assert.match(d.text, /return it within 30 days/);
  assert.doesNotMatch(d.text, /cancelling is only possible/);
});
