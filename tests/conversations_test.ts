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

  "Mike, queued for a person, is told his place and wait; chasing joins the one handoff": async (
    t,
  ) => {
    const mike = await t.session("mike.johnson@example.com");
    const first = await mike.say("I want to talk to a human");
    assert.ok(first.handoff, "handed over");
    const id = first.handoff!.id;
    const chase = await mike.say("hello?? anyone there");
    assert.doesNotMatch(chase.reply, /^(hi|hello|hey|dear)\b/i, "not greeted again");
    assert.doesNotMatch(chase.reply, /How can I help you today/);
    assert.match(chase.reply, /number 1 in the queue/);
    assert.match(chase.reply, /expected wait is about/);
    assert.equal(chase.handoff?.id, id, "the same handoff");
    const status = await mike.say("Where is my order ORD-2001?");
    assert.match(status.reply, /ORD-2001/, "a question is still answered while waiting");
    const angry = await mike.say("THIS IS RIDICULOUS, nobody is answering!!!");
    assert.equal(angry.handoff?.id, id, "no second handoff");
    assert.ok(["high", "urgent"].includes(angry.handoff!.priority), angry.handoff!.priority);
    assert.match(angry.reply, /more urgent/);
    const queue = await fetch(`${t.url}/api/agent/handoffs`, {
      headers: { authorization: `Bearer ${t.agentToken}` },
    }).then((res) => res.json());
    const mine = queue.handoffs.filter((h: { conversation_id: string }) =>
      h.conversation_id === mike.conversationId
    );
    assert.equal(mine.length, 1, "one card for the conversation");
    assert.equal(mine[0].id, id);
    assert.ok(["high", "urgent"].includes(mine[0].priority), "the card's priority was raised");
    assert.match(mine[0].summary, /nobody is answering/, "the agent sees the latest turn");
    // Handed back to the AI, the conversation can open a new handoff later.
    await fetch(`${t.url}/api/agent/conversations/${mike.conversationId}/handback`, {
      method: "POST",
      headers: { authorization: `Bearer ${t.agentToken}` },
    }).then((res) => res.body?.cancel());
    const again = await mike.say("I want to talk to a person again please");
    assert.ok(again.handoff);
    assert.notEqual(again.handoff!.id, id);
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
