import assert from "node:assert/strict";
import { Outbox } from "./outbox.ts";
import { createMessage, type Message } from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";

function turn(text: string): Message {
  return createMessage({
    text,
    conversationId: "conv-1",
    customer: null,
    channel: "http",
    clientId: null,
    session: { session_id: "s-1", customer_id: null },
  });
}

/** A bus stand-in at the outbox's edge: refuses while `down`, records what it took. */
function sender() {
  const taken: string[] = [];
  let tries = 0;
  const state = { down: true };
  return {
    state,
    taken,
    get tries() {
      return tries;
    },
    send: (m: Message) => {
      tries++;
      if (state.down) return Promise.reject(new Error("TimeoutError: timeout"));
      taken.push(m.id);
      return Promise.resolve();
    },
  };
}

async function until(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 10 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

Deno.test("outbox sends turns the bus refused once it takes them, oldest first, each once", async () => {
  const bus = sender();
  await using outbox = new Outbox({ send: bus.send, log: silentLogger, initialMs: 5, maxMs: 20 });
  const a = turn("first"), b = turn("second");
  outbox.add(a);
  outbox.add(b);
  outbox.add(a);
  assert.equal(outbox.size, 2, "a turn added twice waits once");
  await until(() => bus.tries >= 3, "tried again while the bus refused");
  assert.deepEqual(bus.taken, []);
  bus.state.down = false;
  await until(() => outbox.size === 0, "sent once the bus took turns");
  assert.deepEqual(bus.taken, [a.id, b.id]);
  assert.equal(outbox.sent, 2);
});

Deno.test("outbox leaves a turn waiting past keepMs to the recovery sweep", async () => {
  const bus = sender();
  let now = 0;
  await using outbox = new Outbox({
    send: bus.send,
    log: silentLogger,
    initialMs: 60_000,
    keepMs: 1_000,
    now: () => now,
  });
  outbox.add(turn("old"));
  now = 1_001;
  bus.state.down = false;
  await outbox.flush();
  assert.equal(outbox.size, 0);
  assert.deepEqual(bus.taken, [], "not sent from here: the sweep re-sends it from the inbox");
});

Deno.test("outbox keeps at most `max` turns, leaving the oldest to the sweep", async () => {
  const bus = sender();
  await using outbox = new Outbox({ send: bus.send, log: silentLogger, initialMs: 60_000, max: 2 });
  const [a, b, c] = [turn("a"), turn("b"), turn("c")];
  outbox.add(a);
  outbox.add(b);
  outbox.add(c);
  assert.equal(outbox.size, 2);
  bus.state.down = false;
  await outbox.flush();
  assert.deepEqual(bus.taken, [b.id, c.id]);
});

Deno.test("a closed outbox tries nothing more", async () => {
  const bus = sender();
  const outbox = new Outbox({ send: bus.send, log: silentLogger, initialMs: 5 });
  outbox.add(turn("left for the next start"));
  await outbox[Symbol.asyncDispose]();
  const tries = bus.tries;
  bus.state.down = false;
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(bus.tries, tries);
  assert.equal(outbox.size, 0);
  outbox.add(turn("after close"));
  assert.equal(outbox.size, 0);
});

Deno.test("a turn added while the outbox is sending is sent in the same go", async () => {
  const taken: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let first = true;
  await using outbox = new Outbox({
    send: async (m) => {
      if (first) {
        first = false;
        await held;
      }
      taken.push(m.id);
    },
    log: silentLogger,
    initialMs: 60_000,
  });
  const a = turn("a"), b = turn("b");
  outbox.add(a);
  const flushing = outbox.flush();
  outbox.add(b);
  release();
  await flushing;
  assert.deepEqual(taken, [a.id, b.id]);
  assert.equal(outbox.size, 0);
});
