import assert from "node:assert/strict";
import { weighedView } from "./weighed.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import type { TurnView } from "./view.ts";

const view = (text: string) =>
  ({
    text,
    intent: "refund_request",
    guest: false,
    decision: { action: "act" },
    context: castContext("sarah", { order: "ORD-1002" }),
  }) as unknown as TurnView;

Deno.test("the money back asked of a return weighed is the return, not a refund without it", () => {
  const w = weighedView(view("Would i get my money back if i returned the frother"));
  assert.equal(w?.intent, "return_item");
});

Deno.test("a refund weighed, or asked outright, stays the refund", () => {
  assert.equal(weighedView(view("would i get a refund for the frother")), null);
  assert.equal(weighedView(view("refund the frother please")), null);
});
