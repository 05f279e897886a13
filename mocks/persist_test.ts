import assert from "node:assert/strict";
import { createStoreApp, type StoreApp } from "./app.ts";
import { get, NOW, post } from "../tests/helpers/store_rig.ts";
import { createLogger } from "../shared/log.ts";

const SARAH = { customer_id: "CUST-0001" };
const EMMA = { customer_id: "CUST-0003" };

/** A store on a temporary state file; each `open()` is a start of the store on it. */
async function stateFile() {
  const dir = await Deno.makeTempDir({ prefix: "mesh_store_" });
  const path = `${dir}/demo_store.db`;
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ sink: (l) => lines.push(JSON.parse(l)) });
  const opened: StoreApp[] = [];
  return {
    path,
    lines,
    /** A start; `clock` is when it starts (the saved data keeps its own dates). */
    open(o: { clock?: Date; seed?: number } = {}): StoreApp {
      const store = createStoreApp({
        clock: () => o.clock ?? NOW,
        seed: o.seed,
        statePath: path,
        log,
      });
      opened.push(store);
      return store;
    },
    async [Symbol.asyncDispose]() {
      for (const s of opened) s.close();
      await Deno.remove(dir, { recursive: true });
    },
  };
}

Deno.test("a refund survives a restart of the demo store on the same state file", async () => {
  await using file = await stateFile();
  const first = file.open();
  const refund = await post(first, "/orders/ORD-1002/refund", { ...SARAH, reason: "Broken" }, {
    key: "turn-1:refund",
  });
  assert.equal(refund.status, 200);
  const before = await get(first, "/orders/ORD-1002");
  const hash = await first.hash();
  first.close();

  // A day later: the records are as they were, not seeded again relative to the new clock.
  const second = file.open({ clock: new Date(NOW.getTime() + 86_400_000) });
  const after = await get(second, "/orders/ORD-1002");
  assert.equal(after.body.payment_status, before.body.payment_status);
  assert.equal(after.body.refunded_amount, before.body.refunded_amount);
  assert.ok(after.body.refunded_amount > 0);
  assert.deepEqual(after.body.refunds, before.body.refunds);
  assert.equal(await second.hash(), hash, "the same records");
  assert.deepEqual(second.ledger().map((e) => e.idempotency_key), ["turn-1:refund"]);
  assert.ok(
    file.lines.some((l) => String(l.msg).startsWith("Demo store state loaded")),
    "the log says the state was loaded",
  );

  // The same change asked again (a redelivered step) gets the first answer, nothing more.
  const again = await post(second, "/orders/ORD-1002/refund", { ...SARAH, reason: "Broken" }, {
    key: "turn-1:refund",
  });
  assert.equal(again.status, 200);
  assert.equal(again.headers.get("idempotent-replayed"), "true");
  assert.deepEqual(again.body, refund.body);
  assert.equal(second.ledger().length, 1);

  // New ids go on from where they were.
  const credit = await post(second, "/customers/CUST-0003/credit", {
    ...EMMA,
    amount: 10,
    reason: "Lost parcel",
  });
  assert.equal(credit.status, 200, JSON.stringify(credit.body));
  const ids = second.ledger().map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, `ledger ids unique (${ids})`);
});

Deno.test("changes made after a restart are kept by the next one too", async () => {
  await using file = await stateFile();
  const first = file.open();
  await post(first, "/orders/ORD-1003/cancel", { ...SARAH, reason: "Changed my mind" });
  first.close();
  const second = file.open();
  await post(second, "/orders/ORD-1002/return", { ...SARAH, reason: "Too loud" });
  second.close();
  const third = file.open();
  assert.equal((await get(third, "/orders/ORD-1003")).body.status, "cancelled");
  assert.ok((await get(third, "/orders/ORD-1002")).body.return_request);
  assert.deepEqual(third.ledger().map((e) => e.action), ["cancel_order", "return_item"]);
});

Deno.test("a reset of the demo store is kept: the next start finds the seeded data", async () => {
  await using file = await stateFile();
  const first = file.open();
  await post(first, "/orders/ORD-1003/cancel", { ...SARAH, reason: "Changed my mind" });
  const reset = await first.app.request("/admin/reset", { method: "POST" });
  assert.equal(reset.status, 200);
  await reset.body?.cancel();
  const seeded = await first.hash();
  first.close();
  const second = file.open();
  assert.equal(await second.hash(), seeded);
  assert.equal(second.ledger().length, 0);
  assert.notEqual((await get(second, "/orders/ORD-1003")).body.status, "cancelled");
});

Deno.test("a state file of another seed is seeded afresh, and the log says why", async () => {
  await using file = await stateFile();
  const first = file.open();
  await post(first, "/orders/ORD-1003/cancel", { ...SARAH, reason: "Changed my mind" });
  first.close();
  const other = file.open({ seed: 7 });
  assert.equal(other.ledger().length, 0);
  const warned = file.lines.find((l) => String(l.msg).startsWith("Demo store re-seeded"));
  assert.ok(warned, "a warning names the reset");
  assert.match(String(warned.msg), /seeded from \d+, not 7/);
});

Deno.test("without a state file every start of the demo store is seeded afresh", async () => {
  const first = createStoreApp({ clock: () => NOW, statePath: ":memory:" });
  await post(first, "/orders/ORD-1003/cancel", { ...SARAH, reason: "Changed my mind" });
  const second = createStoreApp({ clock: () => NOW, statePath: ":memory:" });
  assert.equal((await get(second, "/orders/ORD-1003")).body.status, "processing");
});
