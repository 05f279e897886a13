/**
 * Scale out on PostgreSQL: two whole systems (gateway and actors each) share one history
 * database. What a shopper says through one is in the other's agent console.
 */
import assert from "node:assert/strict";
import { postgresMissing, startPostgres } from "./helpers/postgres.ts";
import { startTestSystem } from "./helpers/system.ts";

Deno.test({
  name: "two gateways on one PostgreSQL history: a turn taken by one is seen by the other",
  ignore: postgresMissing(),
  async fn() {
    await using pg = await startPostgres();
    await using database = await pg.createDatabase();
    const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: "4" };
    await using a = await startTestSystem({ env });
    await using b = await startTestSystem({ env });
    const agent = (path: string) =>
      fetch(`${b.url}${path}`, { headers: { authorization: `Bearer ${b.agentToken}` } })
        .then((r) => r.json());

    const sarah = await a.session("sarah.chen@example.com");
    const reply = await sarah.say("Where is my order ORD-1001?");
    assert.match(reply.reply, /ORD-1001/);
    const seen = await agent(`/api/agent/conversations/${sarah.conversationId}`);
    assert.deepEqual(seen.messages.map((m: { role: string }) => m.role), ["customer", "assistant"]);
    assert.deepEqual(seen.turns.map((t: { message_id: string }) => t.message_id), [
      reply.message_id,
    ]);

    const emma = await a.session("emma.wilson@example.com");
    const lost = await emma.say(
      "My parcel ORD-3001 is lost, this is unacceptable! I want a person",
    );
    assert.ok(lost.handoff, "handed to a human");
    const queue = await agent("/api/agent/handoffs");
    assert.ok(
      queue.handoffs.some((h: { conversation_id: string }) =>
        h.conversation_id === emma.conversationId
      ),
      "the other gateway's console lists the handoff",
    );

    const ready = await fetch(`${b.url}/health/ready`).then((r) => r.json());
    assert.deepEqual([ready.checks.history.ok, ready.checks.history.kind], [true, "postgres"]);
    const analytics = await agent("/api/agent/analytics");
    assert.equal(analytics.turns_total, 2);
  },
});
