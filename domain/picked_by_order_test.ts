import assert from "node:assert/strict";
import { pickedByOrder } from "./picked_by_order.ts";
import type { DeferredRequest } from "../shared/protocol.ts";

const PUT_OFF: DeferredRequest[] = [
  { intent: "cancel_order", order_id: "ORD-1003", text: "cancel 1003", raised: false },
];
const pick = (t: string) => pickedByOrder(t, "ORD-1002", PUT_OFF);

Deno.test("the change put off picked by its order's number, the waiting one turned down", () => {
  for (
    const t of [
      "yes for 1003 not 1002",
      "yes to 1003, no to 1002",
      "only 1003",
      "just ORD-1003 please",
    ]
  ) {
    assert.equal(pick(t), "put_off", t);
  }
});

Deno.test("the waiting change picked by its order's number, the one put off let go", () => {
  for (
    const t of ["yes for 1002 not 1003", "yes to 1002, no to 1003", "just 1002", "1002 only pls"]
  ) {
    assert.equal(pick(t), "waiting", t);
  }
});

Deno.test("a question, both, a third order or other words pick nothing", () => {
  for (
    const t of [
      "yes for 1003?",
      "1002 and 1003",
      "yes for 1002 and 1003",
      "only 1001",
      "yes for 1003 not 1002 if it's free",
      "1003",
      "not 1002 not 1003",
    ]
  ) assert.equal(pick(t), null, t);
  assert.equal(pickedByOrder("only 1003", "ORD-1002", []), null);
});
