import assert from "node:assert/strict";
import { notTheirsAgain } from "./not_theirs_again.ts";
import type { TurnView } from "./view.ts";
import { castContext } from "../../tests/fixtures/turns.ts";

function view(focus: string | null): TurnView {
  return {
    text: "ok can you at least tell me if it shipped",
    context: castContext("mike", { order: "ORD-1001" }),
    told: { topic: null, order_id: focus, products: [] },
  } as unknown as TurnView;
}

Deno.test("an order not theirs asked about again: not even whether it shipped, no number to check", () => {
  const reply = notTheirsAgain(view(null), "ORD-1001");
  assert.match(reply, /not even whether it has shipped/);
  assert.doesNotMatch(reply, /check the number/);
  assert.match(reply, /your own orders/);
});

Deno.test("with an order of their own in view, whether that one shipped is said beside", () => {
  const reply = notTheirsAgain(view("ORD-2001"), "ORD-1001");
  assert.match(reply, /Your own order ORD-2001 has shipped/);
});
