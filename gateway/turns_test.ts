import assert from "node:assert/strict";
import { MemoryBus } from "../shared/bus/memory.ts";
import { silentLogger } from "../shared/log.ts";
import { type Message } from "../shared/protocol.ts";
import { encodeMessage } from "../mesh/wire.ts";
import { type Inbox, TurnService, type TurnSession } from "./turns.ts";

const session: TurnSession = {
  session_id: "s-1",
  conversation_id: "conv-1",
  customer_id: null,
  email: null,
  last_order_id: null,
  last_intent: null,
  turn: 0,
  pending_action: null,
};

/** An inbox in memory that counts the stored-turn lookups. */
function memoryInbox(): Inbox & { lookups: number } {
  const accepted = new Map<string, Message>();
  return {
    lookups: 0,
    accept({ message }) {
      accepted.set(message.id, message);
      return Promise.resolve({ duplicate: false, messageId: message.id });
    },
    unanswered: () => Promise.resolve([]),
    finished() {
      this.lookups++;
      return Promise.resolve(null);
    },
    accepted: (id) => Promise.resolve(accepted.get(id) ?? null),
    replySeq: () => Promise.resolve(null),
  };
}

Deno.test("an HTTP turn answered before its request waits still gets its reply, from memory", async () => {
  await using bus = new MemoryBus({ log: silentLogger });
  const inbox = memoryInbox();
  await using turns = new TurnService({ bus, inbox, log: silentLogger, gatewayId: "g1" });
  turns.start();
  const sent: Message[] = [];
  const consumer = await bus.consume("sentiment", async (d) => {
    const msg: Message = JSON.parse(new TextDecoder().decode(d.data));
    sent.push(msg);
    await d.ack();
  });
  const { message } = await turns.submit(session, { text: "hi", channel: "http", clientId: null });
  for (let i = 0; i < 50 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  // The mesh answers before anyone waits.
  bus.notify(turns.replyTo, encodeMessage({ ...sent[0], route: { ...sent[0].route, current: 4 } }));
  await new Promise((r) => setTimeout(r, 20));
  const done = await turns.wait(message.id, 1000, { fresh: true });
  assert.equal(done?.msg.id, message.id);
  assert.equal(inbox.lookups, 0, "a fresh turn does not look in the database");
  const retry = await turns.wait(message.id, 100, { fresh: true });
  assert.equal(retry?.msg.id, message.id, "a client's retry waiting too finds it as well");
  // A socket turn's reply is not kept for a wait that will never come.
  const ws = await turns.submit(session, { text: "hello", channel: "ws", clientId: null });
  for (let i = 0; i < 50 && sent.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
  bus.notify(turns.replyTo, encodeMessage(sent[1]));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(await turns.wait(ws.message.id, 50, { fresh: true }), null);
  await consumer.drain();
});
