import assert from "node:assert/strict";
import { carriesChange } from "./change_carried.ts";

Deno.test("a change of the turn before is carried on unless it was carried out", () => {
  assert.equal(carriesChange("change_address", null), true);
  assert.equal(carriesChange("cancel_order", undefined), true);
  assert.equal(
    carriesChange("cancel_order", { type: "cancel_order", order_id: "ORD-1", at: "t" }),
    false,
  );
  assert.equal(carriesChange("order_status", null), false, "a question is carried elsewhere");
  assert.equal(carriesChange(null, null), false);
});

Deno.test("'ok then change it on the monitor order' after a refused change carries that change", async () => {
  const { carriedToOther } = await import("./change_carried.ts");
  const reading = {
    intent: "modify_order" as const,
    confidence: 0.74,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
    source: "classifier" as const,
  };
  const dialogue = { topic: "change_address" as const, done: null };
  const carried = carriedToOther(reading, "ok then change it on the monitor order", dialogue, null);
  assert.equal(carried?.intent, "change_address");
  assert.equal(
    carriedToOther(reading, "do that for 2002 instead", dialogue, null)?.intent,
    "change_address",
  );
  // Its own change of items is left alone; so is anything after no change was talked of.
  assert.equal(
    carriedToOther(reading, "add another bottle to the shoe order", dialogue, null),
    null,
  );
  assert.equal(
    carriedToOther(
      reading,
      "ok then change it on the monitor order",
      { topic: "order_status" },
      null,
    ),
    null,
  );
});
