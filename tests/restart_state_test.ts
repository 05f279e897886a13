/**
 * The demo store and the history restart together: a refund made in a conversation is
 * still a refund after the system is stopped and started again on the same DATA_DIR, so
 * the store and the conversation about it agree, and the mesh does not offer it again.
 */
import assert from "node:assert/strict";
import { startTestSystem } from "./helpers/system.ts";

Deno.test("a refund made before a restart is still made after it, beside its conversation", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "mesh_state_" });
  try {
    let conversationId: string;
    let refundedBefore: number;
    {
      await using t = await startTestSystem({ dataDir });
      const sarah = await t.session("sarah.chen@example.com");
      conversationId = sarah.conversationId;
      const ask = await sarah.say(
        "I'd like a refund for ORD-1002, the product wasn't what I expected",
      );
      assert.equal(ask.pending_confirmation?.action, "refund");
      const yes = await sarah.say("yes please");
      assert.ok(yes.actions.some((a) => a.type === "refund" && a.status === "done"));
      const order = await fetch(`${t.storeUrl}/orders/ORD-1002`).then((r) => r.json());
      refundedBefore = order.refunded_amount;
      assert.ok(refundedBefore > 0);
    }

    await using t = await startTestSystem({ dataDir });
    const order = await fetch(`${t.storeUrl}/orders/ORD-1002`).then((r) => r.json());
    assert.equal(order.refunded_amount, refundedBefore, "the store still has the refund");
    assert.equal(order.policy.can_refund, false);
    const ledger = await t.ledger();
    assert.equal(ledger.filter((e) => e.action === "refund" && e.target === "ORD-1002").length, 1);
    const told = (await t.system.history.listMessages(conversationId))
      .filter((m) => m.role === "assistant");
    assert.ok(told.length >= 2, "the history still has the conversation");

    // Asked again after the restart, the refund is not done a second time.
    const sarah = await t.session("sarah.chen@example.com");
    const again = await sarah.say("Please refund ORD-1002");
    if (again.pending_confirmation) {
      const second = await sarah.say("yes");
      assert.ok(second.actions.every((a) => a.status !== "done"));
    }
    const after = await t.ledger();
    assert.equal(after.filter((e) => e.action === "refund" && e.target === "ORD-1002").length, 1);
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
