import assert from "node:assert/strict";
import { handoffOrderFacts } from "./handoff_orders.ts";
import { castContext, FIXTURE_NOW } from "../../tests/fixtures/turns.ts";
import type { TurnView } from "./view.ts";

Deno.test("a handover of two orders' troubles named by their goods shows both orders", () => {
  const text = "my vacuum never came and the mixer was broken when it arrived";
  const v = {
    text,
    intent: "delivery_problem",
    now: FIXTURE_NOW,
    context: castContext("emma"),
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
      item_refs: [
        { text: "my vacuum", name: "vacuum", sku: null },
        { text: "the mixer", name: "mixer", sku: null },
      ],
    },
    requests: [],
  } as unknown as TurnView;
  const facts = handoffOrderFacts(v).join(" ");
  assert.match(facts, /^Here is what I can see:/);
  assert.match(facts, /ORD-3001/);
  assert.match(facts, /ORD-3002/);
});
