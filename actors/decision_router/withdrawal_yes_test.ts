import assert from "node:assert/strict";
import { onlyWithdraws } from "./withdrawal.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const text = "nevermind, you can do it. yes change it";
const pending_action = pendingOf({
  type: "change_address",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

function turn(confirmation: "affirm" | "unclear") {
  return turnWith({
    text,
    who: "sarah",
    intent: intentOf("affirm", text, { confirmation }),
    context: castContext("sarah", { order: "ORD-1003" }),
    session: { pending_action },
  });
}

Deno.test("a person called off beside a yes to the waiting change asks more than the withdrawal", () => {
  assert.equal(onlyWithdraws(turn("affirm")), false);
  assert.equal(onlyWithdraws(turn("unclear")), true);
});
