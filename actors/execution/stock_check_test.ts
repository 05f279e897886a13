import assert from "node:assert/strict";
import { type Rig, startRig } from "../../tests/helpers/context_rig.ts";
import { action, execute, message } from "../../tests/helpers/execution_rig.ts";
import { renderActionOutcome } from "../../domain/outcomes.ts";

async function withRig(fn: (rig: Rig) => Promise<void>) {
  await using rig = await startRig();
  await fn(rig);
}

Deno.test("raising a quantity of a sold-out product is refused before it is proposed", () =>
  withRig(async (rig) => {
    // Mike's ORD-2002 holds one 27-inch 4K Monitor (CMP-103), sold out in the demo store.
    const e = await execute(
      rig,
      await message(rig, {
        customerId: "CUST-0002",
        intent: "modify_order",
        actions: [action("modify_items", "ORD-2002", { items: [{ sku: "CMP-103", quantity: 2 }] })],
      }),
    );
    assert.equal(e.results[0].status, "refused");
    assert.match(e.results[0].detail, /27-inch 4K Monitor .*sold out/);
    assert.equal(e.pending, null, "nothing waits for a yes");
    const text = renderActionOutcome(e.results[0]);
    assert.match(text, /sold out/);
    assert.doesNotMatch(text, /return it within/, "a return has nothing to do with it");
    assert.equal((await rig.ledger()).length, 0);
  }));

Deno.test("lowering a quantity needs no stock and is proposed", () =>
  withRig(async (rig) => {
    const e = await execute(
      rig,
      await message(rig, {
        intent: "modify_order",
        actions: [action("modify_items", "ORD-1003", { items: [{ sku: "OUT-102", quantity: 1 }] })],
      }),
    );
    assert.equal(e.results[0].status, "proposed", JSON.stringify(e.results));
  }));
