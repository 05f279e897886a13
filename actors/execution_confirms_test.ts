import assert from "node:assert/strict";
import { startRig } from "../tests/helpers/context_rig.ts";
import { action, execute, message, propose } from "../tests/helpers/execution_rig.ts";

Deno.test("a yes beside another change of the same order carries the yes out and proposes the other", async () => {
  await using rig = await startRig();
  // One water bottle fewer on ORD-1003, waiting for a yes.
  const sku = (await rig.client.getOrder("ORD-1003"))!.items[1].sku;
  const pending = await propose(rig, {
    intent: "modify_order",
    actions: [action("modify_items", "ORD-1003", { items: [{ sku, quantity: 1 }] })],
  });
  // "Yes and expedite it too": the yes read with a request beside it (`confirms_pending`).
  const msg = await message(rig, {
    intent: "shipping_options",
    pending,
    text: "yes and expedite it too",
    actions: [{ ...action("expedite_order", "ORD-1003"), params: { method: "express" } }],
  });
  msg.payload.intent = { ...msg.payload.intent!, confirms_pending: true };
  const e = await execute(rig, msg);
  assert.deepEqual(e.results.map((r) => [r.type, r.status]), [
    [pending.action.type, "done"],
    ["expedite_order", "proposed"],
  ]);
  assert.equal(e.pending?.action.type, "expedite_order");
  assert.equal((await rig.kv.getPending("sess-test"))?.action.type, "expedite_order");
  const ledger = await rig.ledger();
  assert.deepEqual(
    ledger.map((l) => l.action),
    [pending.action.type],
    "the upgrade waits for its yes",
  );
});
