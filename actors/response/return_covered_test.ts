import assert from "node:assert/strict";
import { wholeReturnCovered } from "./return_which.ts";
import { viewOf } from "./view.ts";
import {
  castContext,
  FIXTURE_NOW,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

function view(text: string, params: Record<string, unknown> = {}) {
  return viewOf(
    turnWith({
      text,
      who: "sarah",
      intent: intentOf("modify_order", text, { confirmation: "unclear" }),
      context: castContext("sarah"),
      session: {
        pending_action: pendingOf({
          type: "return_item",
          order_id: "ORD-1002",
          params,
          requires_confirmation: true,
        }),
      },
    }),
    FIXTURE_NOW,
  );
}

Deno.test("'both items pls' while the whole order's return waits says it covers both", () => {
  const d = wholeReturnCovered(view("both items pls"), "friendly");
  assert.ok(d);
  assert.match(d.text, /covers all of order ORD-1002: the Espresso Machine and the Milk Frother/);
  assert.match(d.text, /Reply yes/);
  assert.deepEqual(d.proposed_actions, []);
});

Deno.test("a part asked for, or a return of part already, is not this reply", () => {
  assert.equal(wholeReturnCovered(view("not both, just one"), "friendly"), null);
  assert.equal(
    wholeReturnCovered(
      view("both items pls", { items: [{ sku: "KIT-102", quantity: 1 }] }),
      "friendly",
    ),
    null,
  );
});
