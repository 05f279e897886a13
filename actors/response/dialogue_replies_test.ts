/**
 * Replies that use the dialogue state: what the reply asks for is noted for the next turn,
 * and a status asked about again right after it was told is not told all over again.
 */
import assert from "node:assert/strict";
import type { Dialogue } from "../../shared/protocol.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const told = (order: string): Dialogue => ({
  focus: { order_id: order, why: "explicit" },
  mentioned: [order],
  unanswered: [],
  topic: "order_status",
});

Deno.test("asking for the new address notes it for the next turn; a partial one asks for the rest", async () => {
  const ask = await reply({
    text: "I need to change the delivery address on ORD-1003",
    who: "sarah",
    intent: "change_address",
    decision: "act",
    context: castContext("sarah", { order: "ORD-1003" }),
  });
  assert.deepEqual(ask.asks, { slot: "address", intent: "change_address", order_id: "ORD-1003" });
  const half = await reply({
    text: "22 Baker Street",
    who: "sarah",
    intent: "change_address",
    decision: "act",
    context: castContext("sarah", { order: "ORD-1003" }),
    session: { turn: 1 },
  });
  assert.match(half.text, /I have the street of the new address/);
  assert.match(half.text, /town or city and the postcode/);
  assert.equal(half.asks?.slot, "address", "still waiting for the address");
  assert.equal(half.asks?.text, "22 Baker Street", "the piece is kept for the next turn");
  assert.deepEqual(half.proposed_actions, []);
  // "London NW1 6XE" next: the pieces together are the address proposed.
  const rest = await reply({
    text: "London NW1 6XE",
    who: "sarah",
    intent: "change_address",
    decision: "act",
    context: castContext("sarah", { order: "ORD-1003" }),
    session: { turn: 2, dialogue: { ...told("ORD-1003"), asked: half.asks } },
  });
  const address = rest.proposed_actions[0]?.params.address as Record<string, unknown>;
  assert.equal(rest.proposed_actions[0]?.type, "change_address");
  assert.equal(address.line1, "22 Baker Street");
  assert.equal(address.postcode, "NW1 6XE");
  assert.equal(address.country, "GB");
});

Deno.test("a lost parcel's refund-or-replacement question is noted as a choice", async () => {
  const r = await reply({
    text: "where is ORD-3001",
    who: "emma",
    intent: "order_status",
    context: castContext("emma", { order: "ORD-3001" }),
  });
  assert.match(r.text, /which would you prefer/);
  assert.deepEqual(r.asks?.options, ["refund", "replacement"]);
  assert.equal(r.asks?.order_id, "ORD-3001");
});

Deno.test("the status asked again right after is where it stands now, not all again", async () => {
  const first = await reply({
    text: "where is ORD-1001",
    who: "sarah",
    intent: "order_status",
    context: castContext("sarah", { order: "ORD-1001" }),
  });
  assert.match(first.text, /TRK8800001001/);
  const again = await reply({
    text: "is it delivered yet?",
    who: "sarah",
    intent: "order_status",
    context: castContext("sarah", { order: "ORD-1001" }),
    session: { turn: 1, dialogue: told("ORD-1001") },
  });
  assert.match(again.text, /ORD-1001 is still (on its way|in transit)/);
  assert.doesNotMatch(again.text, /TRK8800001001|shipped on/);
  // The tracking number asked for is given again; another order is told in full.
  const number = await reply({
    text: "and the tracking number?",
    who: "sarah",
    intent: "order_status",
    context: castContext("sarah", { order: "ORD-1001" }),
    session: { turn: 1, dialogue: told("ORD-1001") },
  });
  assert.match(number.text, /TRK8800001001/);
  const lost = await reply({
    text: "so it's really gone?",
    who: "emma",
    intent: "order_status",
    context: castContext("emma", { order: "ORD-3001" }),
    session: { turn: 1, dialogue: told("ORD-3001") },
  });
  assert.match(lost.text, /marked the parcel of order ORD-3001 as lost/);
  assert.match(lost.text, /refund it in full or send a replacement/);
  assert.doesNotMatch(lost.text, /TRK8800003001/);
});

Deno.test("'how long until I get the money' right after a return says when its refund comes", async () => {
  const afterReturn: Dialogue = { ...told("ORD-1002"), topic: "return_item" };
  const r = await reply({
    text: "how long until i get the money",
    who: "sarah",
    intent: "refund_status",
    context: castContext("sarah", { order: "ORD-1002" }),
    session: { turn: 2, dialogue: afterReturn },
  });
  assert.match(r.text, /once the parcel is back with us/);
  assert.match(r.text, /within 5 business days/);
  assert.doesNotMatch(r.text, /If you'd like one/);
  // Without a return just before, no refund is no refund.
  const plain = await reply({
    text: "where is my refund",
    who: "sarah",
    intent: "refund_status",
    context: castContext("sarah", { order: "ORD-1002" }),
    session: { turn: 2, dialogue: told("ORD-1002") },
  });
  assert.match(plain.text, /I don't see a refund/);
});
