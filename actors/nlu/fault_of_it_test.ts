/** A fault told of goods the conversation named before, with nothing named in the words. */
import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { faultOfIt } from "./fault_of_it.ts";
import { reactionAfterNews } from "./reaction_reading.ts";

const reading = (intent: IntentEnrichment["intent"]): IntentEnrichment => ({
  intent,
  confidence: 0.4,
  alternatives: [],
  entities: {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    dates: [],
    amounts: [],
    quantities: [],
    products: [],
  },
  source: "classifier",
});

Deno.test("'it doesnt froth anymore' after the goods were named is a problem with that order", () => {
  for (
    const text of ["it doesnt froth anymore", "its making a weird noise", "one of them doesnt work"]
  ) {
    const r = faultOfIt(reading("order_status"), text, { focus: "ORD-1002", pendingChange: false });
    assert.equal(r?.intent, "delivery_problem", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-1002"], text);
  }
  // Read through the reaction reader the intent actor calls, with the dialogue's focus.
  const read = reactionAfterNews(reading("account_access"), "it doesnt froth anymore", {
    dialogue: { focus: { order_id: "ORD-1002", why: "focus" }, topic: "delivery_problem" },
    pendingChange: false,
    lastIntent: "delivery_problem",
  });
  assert.equal(read.intent, "delivery_problem");
});

Deno.test("no fault, a change waiting, or a person asked for: no such reading", () => {
  const o = { focus: "ORD-1002", pendingChange: false };
  assert.equal(faultOfIt(reading("order_status"), "when will it come", o), null);
  assert.equal(faultOfIt(reading("order_status"), "what if it stops working?", o), null);
  assert.equal(
    faultOfIt(reading("other"), "it stopped working", { ...o, pendingChange: true }),
    null,
  );
  assert.equal(faultOfIt(reading("human_agent"), "it stopped working", o), null);
});

Deno.test("with no order in focus, a fault of 'it' is read as the words alone", () => {
  const o = { focus: null, pendingChange: false };
  assert.equal(faultOfIt(reading("order_status"), "it doesnt froth anymore", o), null);
});

Deno.test("'they havent come yet' of the goods in focus is a problem with them; a refund's is not", () => {
  const o = { focus: "ORD-1001", pendingChange: false };
  assert.equal(
    faultOfIt(reading("refund_status"), "they havent come yet", o)?.intent,
    "delivery_problem",
  );
  assert.equal(faultOfIt(reading("refund_status"), "my refund hasnt come yet", o), null);
});
