/**
 * The recovery sweep: a turn written down as accepted whose send into the mesh was lost
 * (its step dead-lettered, its Worker killed too often) is sent again and answered. The
 * bus drops a publish whose id it saw within its duplicate window (two minutes), so the
 * sweep's send must be a new attempt, not a repeat of the lost one.
 */
import assert from "node:assert/strict";
import { natsMissing, startNats } from "./helpers/nats.ts";
import { startTestSystem } from "./helpers/system.ts";
import { createMessage } from "../shared/protocol.ts";
import { GIVEN_UP_SUBJECT, type GivenUp, replySubject } from "../shared/bus/types.ts";

Deno.test({
  name: "a turn whose first send was lost is sent again by the sweep and answered, " +
    "inside the bus's duplicate window",
  ignore: natsMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using nats = await startNats();
    const dataDir = await Deno.makeTempDir({ prefix: "mesh_recovery_" });
    try {
      let messageId: string;
      let conversationId: string;
      {
        await using t = await startTestSystem({ natsUrl: nats.url, dataDir });
        const sarah = await t.session("sarah.chen@example.com");
        conversationId = sarah.conversationId;
        const message = createMessage({
          text: "where is ORD-1001?",
          conversationId,
          customer: sarah.customer?.id ?? null,
          channel: "http",
          clientId: "lost-send",
          session: { session_id: sarah.sessionId, customer_id: sarah.customer?.id ?? null },
        });
        messageId = message.id;
        await t.system.history.acceptInbound(message);
        // The first send as the bus saw it: under the turn's first publish id, and lost
        // (unreadable, so the step dead-letters it).
        await t.system.bus.publish("sentiment", new TextEncoder().encode("{}"), {
          msgId: `${message.id}:0:1`,
        });
      }
      // A gateway starting on the same history sweeps what is still accepted.
      await using t = await startTestSystem({ natsUrl: nats.url, dataDir });
      const until = Date.now() + 20_000;
      let reply = await t.system.history.replyOf(messageId);
      while (!reply && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 200));
        reply = await t.system.history.replyOf(messageId);
      }
      assert.ok(reply, "the stranded turn was answered");
      assert.match(reply.text, /ORD-1001/);
      const turn = await t.system.history.getTurn(messageId);
      assert.equal(turn?.attempt, 2, "sent again as the turn's second mesh attempt");
      const dead = await t.system.bus.deadLetters(100);
      assert.ok(dead.some((d) => d.data.includes("{}")), "the lost send was dead-lettered");
    } finally {
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    }
  },
});

Deno.test({
  name: "a turn the mesh gave up on after its last delivery is sent again by its gateway " +
    "at once, not at the next sweep",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem();
    const mike = await t.session("mike.johnson@example.com");
    const message = createMessage({
      text: "where is ORD-2001?",
      conversationId: mike.conversationId,
      customer: mike.customer?.id ?? null,
      channel: "http",
      clientId: "given-up",
      replyTo: replySubject(t.system.config.gatewayId),
      session: { session_id: mike.sessionId, customer_id: mike.customer?.id ?? null },
    });
    await t.system.history.acceptInbound(message);
    // Its first send, lost as a step is after its last delivery; the bus announces it.
    await t.system.bus.publish("sentiment", new TextEncoder().encode("{}"), {
      msgId: `${message.id}:0:1`,
    });
    const notice: GivenUp = { message_id: message.id, subject: "mesh.sentiment" };
    t.system.bus.notify(GIVEN_UP_SUBJECT, new TextEncoder().encode(JSON.stringify(notice)));
    // The sweep would take a minute and a half at least (six turn timeouts of 15 s).
    const until = Date.now() + 10_000;
    let reply = await t.system.history.replyOf(message.id);
    while (!reply && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      reply = await t.system.history.replyOf(message.id);
    }
    assert.ok(reply, "the given-up turn was answered");
    assert.match(reply.text, /ORD-2001/);
    assert.equal((await t.system.history.inboxEntry(message.id))?.attempts, 2);
  },
});
