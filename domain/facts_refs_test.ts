import assert from "node:assert/strict";
import { factsOf, ungrounded } from "./facts.ts";
import {
  CAST_TRACKING,
  castContext,
  entitiesIn,
  FIXTURE_NOW,
  intentOf,
  turnWith,
} from "../tests/fixtures/turns.ts";

Deno.test("an order number the customer typed bare may be said back ('cancel 2002 and 2003')", () => {
  const text = "cancel 2002 and 2003";
  const facts = factsOf(
    turnWith({
      text,
      who: "mike",
      intent: intentOf("cancel_order", text, {
        entities: entitiesIn(text, {
          order_refs: [
            { text: "2002", id: "ORD-2002", form: "bare" },
            { text: "2003", id: "ORD-2003", form: "bare" },
          ],
        }),
      }),
      context: castContext("mike"),
    }),
    FIXTURE_NOW,
  );
  assert.deepEqual(ungrounded("I couldn't find order ORD-2003 on your account.", facts), []);
  assert.equal(ungrounded("Order ORD-2004 is on its way.", facts).length, 1, "never typed");
});

Deno.test("the parcels of the other orders a message is about are facts a reply may state", () => {
  const lost = CAST_TRACKING["ORD-3001"];
  const c = castContext("emma", { order: "ORD-3002" });
  const facts = factsOf(
    turnWith({ text: "refund both", who: "emma", context: { ...c, other_tracking: [lost] } }),
    FIXTURE_NOW,
  );
  assert.ok(facts.trackingNumbers.has(lost.number));
  assert.equal(facts.states.get("ORD-3001")?.parcel, "lost");
});
