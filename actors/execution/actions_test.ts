import assert from "node:assert/strict";
import { ACTION_TYPES, type ActionType, type ExecutionEnrichment } from "../../shared/protocol.ts";
import { startRig } from "../../tests/helpers/context_rig.ts";
import { ACTIONS } from "./actions.ts";
import { action, execute, message, proposeAndConfirm } from "../../tests/helpers/execution_rig.ts";

const LOOKUPS: ActionType[] = ["order_status", "tracking_info", "refund_status", "return_label"];

Deno.test("the action table covers every action type; only look-ups skip confirmation", () => {
  assert.deepEqual(Object.keys(ACTIONS).sort(), [...ACTION_TYPES].sort());
  for (const t of ACTION_TYPES) assert.equal(ACTIONS[t].change, !LOOKUPS.includes(t), t);
});

Deno.test("execution carries out each of the 18 actions against the store", async () => {
  await using rig = await startRig();
  const seen = new Map<ActionType, ExecutionEnrichment>();
  const lookup = async (
    type: ActionType,
    order: string | null,
    params = {},
    customerId?: string,
  ) => {
    const a = { ...action(type, order, params), requires_confirmation: false };
    seen.set(type, await execute(rig, await message(rig, { customerId, actions: [a] })));
  };
  const change = async (
    type: ActionType,
    order: string | null,
    params = {},
    customerId?: string,
  ) => {
    seen.set(
      type,
      await proposeAndConfirm(rig, { customerId, actions: [action(type, order, params)] }),
    );
  };

  await lookup("order_status", "ORD-1001");
  await lookup("tracking_info", "ORD-1001");
  await lookup("refund_status", "ORD-1002");
  // ORD-1003 has not shipped: change its items, address and speed, note it, then cancel it.
  await change("modify_items", "ORD-1003", {
    items: [{ sku: (await rig.client.getOrder("ORD-1003"))!.items[1].sku, quantity: 1 }],
  });
  await change("change_address", "ORD-1003", {
    address: {
      name: "Sarah Chen",
      line1: "500 Pine Street",
      city: "Portland",
      region: "OR",
      postcode: "97204",
      country: "US",
    },
  });
  await change("expedite_order", "ORD-1003", { method: "overnight" });
  await change("order_note", "ORD-1003", { text: "Please pack the bottles separately" });
  await change("cancel_order", "ORD-1003");
  // ORD-1002 was delivered 10 days ago: return it, re-send the label, refund it.
  await change("return_item", "ORD-1002", { reason: "Does not fit the kitchen" });
  await lookup("return_label", "ORD-1002");
  await change("refund", "ORD-1002");
  // ORD-1001 is on its way: speed the parcel up.
  await change("expedite_delivery", "ORD-1001");
  await change("customer_note", null, { text: "Prefers email over phone" });
  await change("goodwill_credit", null, { amount: 20, reason: "Sorry for the wait" });
  await change("schedule_callback", null, { topic: "Delivery of ORD-1001" });
  await change("escalate_supervisor", null, { reason: "Wants a manager to review the refund" });
  // Emma's ORD-3001 is lost: the carrier traces it.
  await change("carrier_investigation", "ORD-3001", {}, "CUST-0003");
  // Her ORD-3002 arrived damaged: a replacement goes out.
  await change("replacement", "ORD-3002", { reason: "Arrived damaged" }, "CUST-0003");

  for (const t of ACTION_TYPES) {
    const e = seen.get(t);
    assert.ok(e, `${t} was not exercised`);
    assert.equal(e.results[0].status, "done", `${t}: ${e.results[0].detail}`);
    if (LOOKUPS.includes(t) && t !== "return_label") {
      assert.equal(e.text, null, `${t} needs no outcome text`);
    } else assert.ok(e.text, `${t} has an outcome text`);
  }
  assert.equal(seen.get("refund_status")!.results[0].data.refundable_amount !== undefined, true);
  assert.match(seen.get("return_item")!.text!, /returns\/RMA-\d+\/label/);
  assert.match(seen.get("return_label")!.text!, /returns\/RMA-\d+\/label/);
  assert.equal(seen.get("escalate_supervisor")!.results[0].data.supervisor_review, true);

  const ledger = await rig.ledger();
  const actions = ledger.map((l) => l.action).sort();
  assert.deepEqual(actions, [
    "cancel_order",
    "carrier_investigation",
    "change_address",
    "customer_note",
    "customer_note",
    "expedite_order",
    "expedite_tracking",
    "goodwill_credit",
    "modify_items",
    "order_note",
    "refund",
    "replacement",
    "return_item",
    "return_label",
    "schedule_callback",
  ]);
  assert.ok(ledger.every((l) => /^[\w-]+:[a-z_]+$/.test(l.idempotency_key)));
});

Deno.test("a change without the details it needs is refused with what is missing", async () => {
  await using rig = await startRig();
  const e = await execute(
    rig,
    await message(rig, {
      actions: [action("modify_items", "ORD-1003", {}), action("change_address", null)],
    }),
  );
  assert.equal(e.results[0].status, "refused");
  assert.match(e.results[0].detail, /Cannot carry out modify items: tell me the items/);
  assert.equal(e.results[1].status, "refused");
  assert.equal(e.pending, null);
});
