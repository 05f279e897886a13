import assert from "node:assert/strict";
import { DoneWatch } from "./done_watch.ts";
import { silentLogger } from "../shared/log.ts";
import { createMessage, type Message } from "../shared/protocol.ts";

function turn(id: string, conversationId: string): Message {
  return createMessage({
    id,
    text: "hi",
    conversationId,
    replyTo: "mesh.reply.gone",
    now: new Date("2026-01-05T10:00:00Z"),
  });
}

function rig(stored: Message[]) {
  const delivered: string[] = [];
  const watch = new DoneWatch({
    replyTo: "mesh.reply.me",
    listening: (id) => id === "conv-open",
    finished: (id) => Promise.resolve(stored.find((m) => m.id === id) ?? null),
    deliver: (m) => {
      delivered.push(m.id);
      return Promise.resolve();
    },
    log: silentLogger,
    graceMs: 0,
  });
  return { watch, delivered };
}

/** Lets the zero-grace timers fire and the history reads resolve. */
const settle = () => new Promise((r) => setTimeout(r, 50));

Deno.test("a reply nobody broadcast reaches this gateway's sockets from the history", async () => {
  const { watch, delivered } = rig([turn("t1", "conv-open"), turn("t2", "conv-open")]);
  using _ = watch;
  watch.onDone("conv-open", { message_id: "t1", reply_to: "mesh.reply.gone" });
  watch.onDone("conv-open", { message_id: "t2", reply_to: "mesh.reply.other" });
  watch.sawReply("t2");
  await settle();
  assert.deepEqual(delivered, ["t1"], "t2 was broadcast by its gateway: not delivered again");
});

Deno.test("turns of this gateway, or of conversations without sockets here, are left alone", async () => {
  const { watch, delivered } = rig([turn("t1", "conv-open"), turn("t3", "conv-closed")]);
  using _ = watch;
  watch.onDone("conv-open", { message_id: "t1", reply_to: "mesh.reply.me" });
  watch.onDone("conv-closed", { message_id: "t3", reply_to: "mesh.reply.gone" });
  watch.onDone("conv-open", { message_id: "not-stored", reply_to: "mesh.reply.gone" });
  await settle();
  assert.deepEqual(delivered, []);
});
