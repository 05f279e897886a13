import assert from "node:assert/strict";
import { refundCheckOffered, saysSentBack, sentBackFacts } from "./sent_back.ts";
import type { OrderView } from "../../shared/protocol.ts";

const order = (extra: Partial<OrderView> = {}) =>
  ({ id: "ORD-1002", refunded_amount: 0, return_id: null, ...extra }) as OrderView;

Deno.test("the goods said to be sent back", () => {
  for (
    const t of [
      "hey i returned the espresso machine last week, wheres my refund??",
      "I sent it back on monday",
      "we already posted them back",
      "i mailed the frother back, refund?",
      "ive returned it",
    ]
  ) assert.ok(saysSentBack(t), t);
  for (const t of ["where is my refund", "can i return it", "i want to send it back", "sent?"]) {
    assert.ok(!saysSentBack(t), t);
  }
});

Deno.test("no return opened is said, with the way to match the parcel; an open one tells when", () => {
  const none = sentBackFacts("i returned it, where is my refund", order())!;
  assert.match(none.join(" "), /don't see a return opened for order ORD-1002/);
  assert.match(none.join(" "), /colleague, who will match your parcel/);
  assert.doesNotMatch(none.join(" "), /If you'd like one/);
  const open = sentBackFacts("i sent it back", order({ return_id: "RMA-000075" }))!;
  assert.match(open.join(" "), /Return RMA-000075 for order ORD-1002 is open/);
  assert.match(open.join(" "), /5 business days/);
  assert.equal(sentBackFacts("where is my refund", order()), null);
  assert.equal(sentBackFacts("i sent it back", order({ refunded_amount: 29 })), null);
});

Deno.test("a refund said to be late that was never issued is told as such", () => {
  const late = sentBackFacts("my refund for the frother hasnt come through", order())!;
  assert.match(late.join(" "), /don't see a refund issued on order ORD-1002, nor a return/);
  assert.match(late.join(" "), /a colleague, who will check it with you/);
  const open = sentBackFacts("still waiting for my refund", order({ return_id: "RMA-000075" }))!;
  assert.match(open.join(" "), /return RMA-000075 is open/);
  assert.equal(sentBackFacts("where is my refund", order()), null);
  assert.equal(sentBackFacts("my refund hasnt come through", order({ refunded_amount: 29 })), null);
});

Deno.test("a colleague's check is offered only with no refund issued and no return opened", () => {
  assert.ok(refundCheckOffered("i sent it back, wheres my refund", order()));
  assert.ok(refundCheckOffered("my refund hasnt come through", order()));
  assert.ok(!refundCheckOffered("where is my refund", order()));
  assert.ok(!refundCheckOffered("i sent it back", order({ return_id: "RMA-000075" })));
  assert.ok(!refundCheckOffered("my refund hasnt come through", order({ refunded_amount: 29 })));
});

Deno.test("a return believed open is confirmed from the record, or said not to be there", () => {
  const ask = "i already have a return open for the mixer right? when do i get my money";
  assert.match(
    sentBackFacts(ask, order())!.join(" "),
    /don't see a return opened for order ORD-1002 yet/,
  );
  assert.ok(!refundCheckOffered(ask, order()));
  const open = sentBackFacts(ask, order({ return_id: "RMA-000075" }))!.join(" ");
  assert.match(open, /Yes — return RMA-000075 for order ORD-1002 is open/);
});

Deno.test("the status of a return asked is the return on record, or none", () => {
  const ask = "tell me the status of the mixer return";
  assert.match(
    sentBackFacts(ask, order())!.join(" "),
    /don't see a return opened for order ORD-1002/,
  );
  assert.match(
    sentBackFacts("whats my return status", order({ return_id: "RMA-000075" }))!.join(" "),
    /return RMA-000075 for order ORD-1002 is open/,
  );
});
