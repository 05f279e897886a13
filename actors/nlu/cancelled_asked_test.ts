import assert from "node:assert/strict";
import { cancelledAsked } from "./cancelled_asked.ts";
import { plainRequest } from "./ack_request.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

Deno.test("'why was my headphones order cancelled' is that order's status, not a cancellation", () => {
  const text = "why was my headphones order cancelled";
  const r = plainRequest(
    intentOf("cancel_order", text, { source: "classifier" }),
    text,
    {
      last_order_id: null,
    } as Parameters<typeof plainRequest>[2],
    () => intentOf("other"),
  );
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.entities.state_refs?.map((s) => s.status), ["cancelled"]);
});

Deno.test("'why was ORD-10320 cancelled??' keeps the order named, and is no payment problem", () => {
  const text = "why was ORD-10320 cancelled??";
  const r = cancelledAsked(intentOf("payment_issue", text), text)!;
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.entities.order_ids, ["ORD-10320"]);
  assert.equal(r.entities.state_refs?.length ?? 0, 0);
});

Deno.test("a cancellation asked for stays one", () => {
  for (const text of ["cancel ORD-10610 pls", "why can't I cancel my order?"]) {
    assert.equal(cancelledAsked(intentOf("cancel_order", text), text), null, text);
  }
});
