/**
 * Conversations a support lead would sign off (issue 15), end to end on the in-process bus:
 * several turns of one customer, checking the replies, the actions and the store's ledger.
 */
import assert from "node:assert/strict";
import { type LedgerEntry, startTestSystem, type TestSystem } from "./helpers/system.ts";

type Conversation = (t: TestSystem) => Promise<void>;

const changes = (ledger: LedgerEntry[], action: string, target?: string) =>
  ledger.filter((e) => e.action === action && (target === undefined || e.target === target));

const CONVERSATIONS: Record<string, Conversation> = {
  "Emma's lost ORD-3001 is refundable at once, and a replacement instead is proposed and sent once":
    async (t) => {
      const emma = await t.session("emma.wilson@example.com");
      const where = await emma.say("Where is my order ORD-3001?");
      assert.match(where.reply, /lost/);
      assert.match(where.reply, /refund.*replacement|replacement.*refund/);
      assert.doesNotMatch(where.reply, /on its way|in transit/);
      const money = await emma.say("I want my money back today");
      assert.equal(money.pending_confirmation?.action, "refund");
      assert.doesNotMatch(money.reply, /delivered orders|still on its way/);
      assert.match(money.reply, /replacement/);
      const instead = await emma.say("can you send a replacement instead of refund?");
      assert.equal(instead.pending_confirmation?.action, "replacement", instead.reply);
      assert.match(instead.reply, /replacement/);
      assert.deepEqual(await t.ledger(), [], "nothing is sent before the yes");
      const yes = await emma.say("yes");
      assert.ok(
        yes.actions.some((a) => a.type === "replacement" && a.status === "done"),
        JSON.stringify(yes.actions),
      );
      assert.match(yes.reply, /replacement for order ORD-3001/);
      const ledger = await t.ledger();
      assert.equal(changes(ledger, "replacement", "ORD-3001").length, 1);
      assert.equal(changes(ledger, "refund").length, 0, "no refund as well");
      // A second yes finds nothing pending and sends nothing again.
      await emma.say("yes");
      assert.equal(changes(await t.ledger(), "replacement").length, 1);
    },

  "a forgotten password gets the way to reset it, without an apology or a handoff": async (t) => {
    const sarah = await t.session("sarah.chen@example.com");
    const r = await sarah.say("I forgot my password and can't log into my account");
    assert.equal(r.handoff, null);
    assert.match(r.reply, /Forgot password\?/);
    assert.doesNotMatch(r.reply, /sorry|apologi|shouldn't have happened/i);
    const hours = await sarah.say("What are your opening hours?");
    assert.match(hours.reply, /around the clock/);
    assert.doesNotMatch(hours.reply, /^(hi|hello|hey|dear)\b/i, "no second greeting");
    const gift = await sarah.say("Do you sell gift cards?");
    assert.match(gift.reply, /gift cards from 25\.00 USD/);
    assert.equal(gift.handoff, null);
  },
};

Deno.test({
  name: "[in_process] conversations",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(ctx) {
    await using t = await startTestSystem({ bus: "in_process" });
    for (const [name, conversation] of Object.entries(CONVERSATIONS)) {
      await ctx.step(name, async () => {
        await t.admin("/admin/reset", {});
        await t.system.sessions.cacheDeletePrefix("ctx:");
        await conversation(t);
      });
    }
  },
});
