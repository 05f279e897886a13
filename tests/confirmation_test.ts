/**
 * Only a clear yes acts, end to end on the in-process bus with the demo store: replies
 * that are not a clear yes leave the pending cancellation of ORD-2002 untouched in the
 * store's ledger and ask again; a clear yes then cancels it once; a no is `declined`.
 */
import assert from "node:assert/strict";
import { type LedgerEntry, startTestSystem, type TestSystem } from "./helpers/system.ts";

/** The replies the issue saw cancel ORD-2002. */
const NOT_A_YES = [
  "yeah no",
  "sure... not",
  "yes, no, wait",
  "I'm not sure, should I say yes or no?",
  "k",
];

const cancels = (ledger: LedgerEntry[]) =>
  ledger.filter((e) => e.action === "cancel_order" && e.target === "ORD-2002");

async function order2002(t: TestSystem): Promise<{ status: string; payment_status: string }> {
  const res = await fetch(`${t.storeUrl}/orders/ORD-2002`);
  assert.equal(res.status, 200);
  return await res.json();
}

async function fresh(t: TestSystem) {
  await t.admin("/admin/reset", {});
  await t.system.sessions.cacheDeletePrefix("ctx:");
}

Deno.test({
  name: "replies that are not a clear yes leave ORD-2002 untouched; a clear yes cancels it once",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(ctx) {
    await using t = await startTestSystem({ bus: "in_process" });

    await ctx.step("five unclear replies, then a yes", async () => {
      await fresh(t);
      const mike = await t.session("mike.johnson@example.com");
      const proposal = await mike.say("Cancel order ORD-2002 please");
      assert.equal(proposal.pending_confirmation?.action, "cancel_order");
      const pendingId = proposal.pending_confirmation!.id;
      for (const text of NOT_A_YES) {
        const r = await mike.say(text);
        assert.notEqual(r.intent, "affirm", text);
        assert.deepEqual(r.actions.filter((a) => a.type === "cancel_order"), [], text);
        // Asked again, naming exactly what would happen; the same change still open.
        assert.match(r.reply, /haven't changed anything/, text);
        assert.match(
          r.reply,
          /cancel order ORD-2002 \(27-inch 4K Monitor, \d+\.\d\d USD\)\?/,
          text,
        );
        assert.equal(r.pending_confirmation?.id, pendingId, text);
        assert.deepEqual(cancels(await t.ledger()), [], `the ledger after "${text}"`);
        const order = await order2002(t);
        assert.equal(order.status, "pending", text);
        assert.equal(order.payment_status, "pending", text);
      }
      const yes = await mike.say("yes");
      assert.equal(yes.intent, "affirm");
      assert.ok(yes.actions.some((a) => a.type === "cancel_order" && a.status === "done"));
      assert.equal(yes.pending_confirmation, null);
      assert.equal(cancels(await t.ledger()).length, 1);
      assert.equal((await order2002(t)).status, "cancelled");
      const again = await mike.say("yes");
      assert.notEqual(again.actions.some((a) => a.status === "done"), true, "nothing twice");
      assert.equal(cancels(await t.ledger()).length, 1);
    });

    await ctx.step("a no is declined, and no action says cancelled", async () => {
      await fresh(t);
      const mike = await t.session("mike.johnson@example.com");
      await mike.say("Cancel order ORD-2002 please");
      const no = await mike.say("no thanks");
      assert.equal(no.intent, "deny");
      assert.deepEqual(no.actions.map((a) => [a.type, a.status]), [["cancel_order", "declined"]]);
      assert.equal(no.pending_confirmation, null);
      assert.deepEqual(cancels(await t.ledger()), []);
      assert.equal((await order2002(t)).status, "pending");
      const spec = await fetch(`${t.url}/openapi.json`).then((r) => r.json());
      const statuses = JSON.stringify(spec).match(/"enum":\["done","proposed"[^\]]*\]/)?.[0];
      assert.ok(statuses?.includes('"declined"'), statuses);
      assert.ok(!statuses?.includes('"cancelled"'), statuses);
    });

    await ctx.step("a second request is answered and the cancellation stays pending", async () => {
      await fresh(t);
      const mike = await t.session("mike.johnson@example.com");
      const proposal = await mike.say("Cancel order ORD-2002 please");
      const r = await mike.say("where is ORD-2001?");
      assert.equal(r.intent, "order_status");
      assert.match(r.reply, /ORD-2001/);
      assert.match(r.reply, /haven't done anything about your earlier request/);
      assert.equal(r.pending_confirmation?.id, proposal.pending_confirmation?.id);
      assert.deepEqual(cancels(await t.ledger()), []);
      const yes = await mike.say("yes, cancel it");
      assert.ok(yes.actions.some((a) => a.type === "cancel_order" && a.status === "done"));
      assert.equal(cancels(await t.ledger()).length, 1);
    });
  },
});
