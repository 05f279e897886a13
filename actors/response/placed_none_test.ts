import assert from "node:assert/strict";
import { placedInNoOrder } from "./placed_none.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function view(text: string, placed: string) {
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("cancel_order", text, {
      entities: {
        order_ids: [],
        tracking_numbers: [],
        emails: [],
        amounts: [],
        dates: [],
        quantities: [],
        products: [],
        state_refs: [{ text, status: null, negated: false, recency: null, placed }],
      },
    }),
    context: castContext("emma"),
  });
  return viewOf(msg, FIXTURE_NOW);
}

Deno.test("an order named by a day none was placed on is said not to exist, with their days", () => {
  const line = placedInNoOrder(view("cancel yesterday's order", "2000-01-01/2000-01-01"));
  assert.match(
    line ?? "",
    /^I can't see an order of yours placed then: you placed ORD-3002 on .* and ORD-3001 on /,
  );
  // A day an order was placed on: nothing to say, the order is found as usual.
  const c = castContext("emma");
  const day = c.orders.find((o) => o.id === "ORD-3002")!.placed_at.slice(0, 10);
  assert.equal(placedInNoOrder(view("cancel that order", `${day}/${day}`)), null);
});

Deno.test("two orders placed about the day said are asked about with the day of each", async () => {
  const { placedDaysOf } = await import("./placed_none.ts");
  const v = view("the order I placed 2 days ago", "2026-01-01/2026-01-01");
  const orders = castContext("emma").orders;
  assert.match(placedDaysOf(v, orders) ?? "", /^You placed ORD-3002 on .* and ORD-3001 on .*\.$/);
  assert.equal(placedDaysOf(v, orders.slice(0, 1)), null, "one order is no question");
});
