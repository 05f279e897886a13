import assert from "node:assert/strict";
import { remedyOfParts } from "./remedy_parts.ts";
import { decide } from "../decision_router.ts";
import {
  CAST_TRACKING,
  castContext,
  intentOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

/** Emma, upset, about both her orders: no single order in question. */
function emma(text: string, intent: Parameters<typeof intentOf>[0] = "delivery_problem") {
  const c = castContext("emma");
  return turnWith({
    text,
    who: "emma",
    intent: intentOf(intent, text),
    sentiment: sentimentOf("negative", { urgency: "high", is_complaint: true }),
    context: {
      ...c,
      order_lookup: "ambiguous",
      candidates: c.orders.map((o) => o.id),
      // The lost vacuum's parcel, looked up beside the orders named (`other_parcels.ts`).
      other_tracking: [CAST_TRACKING["ORD-3001"]!],
    },
  });
}

Deno.test("an upset VIP asking a remedy for one of two orders named by goods is offered it", () => {
  const msg = emma(
    "my mixer arrived with a cracked bowl and the vacuum never came. I'd like a replacement " +
      "for the mixer please",
  );
  assert.match(remedyOfParts(msg)!, /replacement of ORD-3002/);
  assert.equal(decide(msg).action, "act");
  const both = emma(
    "my vacuum never came and the mixer is broken, refund the vacuum",
    "refund_request",
  );
  assert.match(remedyOfParts(both)!, /refund of ORD-3001/);
  // "Refund it please": the order named just before.
  const it = emma("the vacuum never showed up. refund it please. and the mixer came dented");
  assert.match(remedyOfParts(it)!, /refund of ORD-3001/);
});

Deno.test("trouble with two orders told without asking for anything still goes to a person", () => {
  const msg = emma("hi!! the mixer arrived dented. also is there any news on the vacuum??");
  assert.equal(remedyOfParts(msg), null);
  assert.equal(decide(msg).action, "handoff");
});

Deno.test("'what can you do about each?' of a lost parcel and a damaged one offers the remedies", () => {
  const msg = emma(
    "Hi, I have two orders with you. The vacuum never arrived and the mixer was damaged. " +
      "What can you do about each?",
  );
  assert.match(remedyOfParts(msg)!, /what can be done about ORD-3001/);
  assert.equal(decide(msg).action, "act");
});
