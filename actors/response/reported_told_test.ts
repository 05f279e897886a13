/**
 * Emma tells us her stand mixer came damaged and is queued for a person; the holding reply
 * and her later "what's the status of my stand mixer?" say what she reported, not only the
 * delivery date.
 */
import assert from "node:assert/strict";
import { handoffOrderFacts } from "./handoff_orders.ts";
import { statusFacts } from "./order_facts.ts";
import { castContext, FIXTURE_NOW } from "../../tests/fixtures/turns.ts";
import type { TurnView } from "./view.ts";

const context = castContext("emma", { order: "ORD-3002" });
const order = context.order!;
const view = (over: Partial<TurnView>) =>
  ({
    text: "",
    intent: "order_status",
    now: FIXTURE_NOW,
    context,
    entities: { order_ids: [], tracking_numbers: [], emails: [], amounts: [], dates: [] },
    requests: [],
    openHandoff: null,
    reported: null,
    ...over,
  }) as unknown as TurnView;

Deno.test("the holding reply of a damage report says what was reported", () => {
  const v = view({ text: "my stand mixer arrived damaged", intent: "delivery_problem" });
  const facts = handoffOrderFacts(v).join(" ");
  assert.match(facts, /delivered/);
  assert.match(facts, /told us the Stand Mixer arrived damaged/);
  // A handoff about a parcel with nothing reported says nothing of it.
  const plain = handoffOrderFacts(view({ text: "i want a person", intent: "human_agent" }));
  assert.doesNotMatch(plain.join(" "), /told us/);
});

Deno.test("the status of goods reported damaged says it was reported", () => {
  const reported = { order_id: "ORD-3002", problem: "damaged" as const };
  const openHandoff = { id: "h", priority: "high", opened_at: FIXTURE_NOW.toISOString() };
  const queued = statusFacts(view({ reported, openHandoff } as Partial<TurnView>), order, null);
  assert.match(queued.join(" "), /told us it arrived damaged; that's with our team/);
  const alone = statusFacts(view({ reported }), order, null).join(" ");
  assert.match(alone, /told us it arrived damaged\./);
  // Another order, or nothing reported: the delivery alone.
  assert.doesNotMatch(statusFacts(view({}), order, null).join(" "), /told us/);
  const other = { order_id: "ORD-3001", problem: "damaged" as const };
  assert.doesNotMatch(statusFacts(view({ reported: other }), order, null).join(" "), /told us/);
});
