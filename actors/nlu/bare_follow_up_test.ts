import assert from "node:assert/strict";
import { bareFollowUp } from "./bare_follow_up.ts";
import type { Entities } from "../../shared/protocol.ts";

const entities = (ids: string[]) => ({ order_ids: ids, products: [] }) as unknown as Entities;

Deno.test("'can i get that for 2001?' right after the speeds' prices asks the speed-up of that order", () => {
  const r = bareFollowUp("can i get that for 2001?", {
    lastIntent: "shipping_options",
    lastOrderId: null,
    entities: entities(["ORD-2001"]),
    read: "other",
  });
  assert.equal(r?.intent, "shipping_options");
  assert.deepEqual(r?.entities.order_ids, ["ORD-2001"]);
  // After anything else, the words are left to the other readers.
  const after = bareFollowUp("can i get that for 2001?", {
    lastIntent: "order_status",
    lastOrderId: "ORD-2001",
    entities: entities(["ORD-2001"]),
    read: "other",
  });
  assert.equal(after, null);
});
