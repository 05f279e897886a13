import assert from "node:assert/strict";
import { type Rig, startRig } from "../../tests/helpers/context_rig.ts";
import {
  action,
  affirmMessage,
  execute,
  message,
  propose,
} from "../../tests/helpers/execution_rig.ts";
import { joinsPending } from "./propose.ts";
import type { PendingAction } from "../../shared/protocol.ts";

async function withRig(fn: (rig: Rig) => Promise<void>) {
  await using rig = await startRig();
  await fn(rig);
}

const EMMA = "CUST-0003";

Deno.test("'refund both': one proposal names each order, the yes refunds each once", () =>
  withRig(async (rig) => {
    const pending = await propose(rig, {
      customerId: EMMA,
      intent: "refund_request",
      actions: [
        action("refund", "ORD-3001"),
        { ...action("refund", "ORD-3002"), together: true },
      ],
    });
    assert.equal(pending.action.order_id, "ORD-3001");
    assert.deepEqual(pending.also?.map((a) => a.action.order_id), ["ORD-3002"]);
    assert.match(pending.summary, /ORD-3001 and refund .*ORD-3002/);
    assert.equal((await rig.ledger()).length, 0, "nothing changes before the yes");

    const yes = await affirmMessage(rig, { customerId: EMMA });
    const e = await execute(rig, yes);
    assert.deepEqual(e.results.map((r) => [r.status, r.order_id]), [
      ["done", "ORD-3001"],
      ["done", "ORD-3002"],
    ]);
    assert.match(e.text ?? "", /ORD-3001[\s\S]*ORD-3002/);
    // The same yes again (a redelivery) and a second yes change nothing more.
    assert.deepEqual(await execute(rig, yes), e);
    const again = await execute(rig, await affirmMessage(rig, { customerId: EMMA, pending }));
    assert.deepEqual(again.results.map((r) => r.order_id), ["ORD-3001", "ORD-3002"]);
    const ledger = await rig.ledger();
    assert.deepEqual(ledger.map((l) => [l.action, l.target]).sort(), [
      ["refund", "ORD-3001"],
      ["refund", "ORD-3002"],
    ]);
  }));

Deno.test("a change for another order not marked together is still one at a time", () =>
  withRig(async (rig) => {
    const e = await execute(
      rig,
      await message(rig, {
        customerId: EMMA,
        actions: [action("refund", "ORD-3001"), action("refund", "ORD-3002")],
      }),
    );
    assert.deepEqual(e.results.map((r) => r.status), ["proposed", "refused"]);
    assert.equal(e.pending?.also, undefined);
  }));

Deno.test("an order the store refuses on the yes is told, the other is changed once", () =>
  withRig(async (rig) => {
    // Sarah's ORD-1001 has shipped: the store refuses its cancellation; ORD-1003's goes through.
    await propose(rig, {
      intent: "cancel_order",
      actions: [
        action("cancel_order", "ORD-1003"),
        { ...action("cancel_order", "ORD-1001"), together: true },
      ],
    });
    const e = await execute(rig, await affirmMessage(rig));
    assert.deepEqual(e.results.map((r) => [r.status, r.order_id]), [
      ["done", "ORD-1003"],
      ["refused", "ORD-1001"],
    ]);
    assert.match(e.text ?? "", /ORD-1001/);
    const ledger = await rig.ledger();
    assert.deepEqual(ledger.map((l) => [l.action, l.target]), [["cancel_order", "ORD-1003"]]);
  }));

Deno.test("only the same change for a different order joins the pending one", () => {
  const pending: PendingAction = {
    id: "m1:refund",
    action: action("refund", "ORD-3001"),
    proposed_in: "m1",
    expires_at: "2030-01-01T00:00:00.000Z",
    summary: "Refund order ORD-3001",
  };
  assert.equal(joinsPending(pending, { ...action("refund", "ORD-3002"), together: true }), true);
  assert.equal(joinsPending(pending, action("refund", "ORD-3002")), false, "not marked");
  assert.equal(
    joinsPending(pending, { ...action("refund", "ORD-3001"), together: true }),
    false,
    "the same order twice",
  );
  assert.equal(
    joinsPending(pending, { ...action("replacement", "ORD-3002"), together: true }),
    false,
    "another kind of change",
  );
});

Deno.test("a no to a speed-up of two orders names each order, and changes neither", () =>
  withRig(async (rig) => {
    // "Can u rush 1001 and 1003": a parcel on its way and an order being prepared, one yes.
    const pending = await propose(rig, {
      intent: "shipping_options",
      actions: [
        { ...action("expedite_delivery", "ORD-1001"), params: { method: "express" } },
        { ...action("expedite_order", "ORD-1003"), params: { method: "express" }, together: true },
      ],
    });
    assert.deepEqual(pending.also?.map((a) => a.action.order_id), ["ORD-1003"]);
    const no = await message(rig, { intent: "deny", pending, text: "nah leave it" });
    const e = await execute(rig, no);
    assert.deepEqual(e.results.map((r) => [r.status, r.order_id]), [
      ["declined", "ORD-1001"],
      ["declined", "ORD-1003"],
    ]);
    assert.match(e.text ?? "", /ORD-1001[\s\S]*ORD-1003/);
    assert.equal((await rig.ledger()).length, 0);
  }));
