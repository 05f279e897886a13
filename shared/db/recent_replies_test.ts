import assert from "node:assert/strict";
import { RecentReplies } from "./recent_replies.ts";
import type { StoredMessage } from "./types.ts";

const reply = (seq: number): StoredMessage => ({
  conversation_id: "c1",
  seq,
  role: "assistant",
  text: `reply ${seq}`,
  message_id: `m${seq}`,
  created_at: "2026-01-01T00:00:00.000Z",
  meta: {},
});

Deno.test("RecentReplies answers each remembered reply once", () => {
  const r = new RecentReplies();
  r.remember("m1", reply(1));
  r.remember("m2", null);
  assert.deepEqual(r.take("m1"), reply(1));
  assert.equal(r.take("m1"), undefined, "read once");
  assert.equal(r.take("m2"), undefined, "a turn without a reply is not remembered");
});

Deno.test("RecentReplies keeps the newest `limit` replies and forgets all on clear", () => {
  const r = new RecentReplies(2);
  r.remember("m1", reply(1));
  r.remember("m2", reply(2));
  r.remember("m3", reply(3));
  assert.equal(r.take("m1"), undefined, "the oldest went first");
  assert.equal(r.take("m2")?.seq, 2);
  r.clear();
  assert.equal(r.take("m3"), undefined);
});
