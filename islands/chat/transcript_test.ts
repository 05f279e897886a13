import { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  fromReply,
  fromStored,
  lastSeq,
  mergeAll,
  mergeEntry,
  openConfirmation,
} from "./transcript.ts";
import type { ChatReply } from "../shared/api_types.ts";

const reply: ChatReply = {
  message_id: "m1",
  reply: "Your order ORD-1001 is in transit.",
  intent: "order_status",
  sentiment: null,
  actions: [],
  pending_confirmation: null,
  handoff: null,
  trace: { outcome: "answered", total_ms: 12, actors: [] },
};

Deno.test("transcript merges an optimistic message with its replay by client id", () => {
  let list = mergeEntry([], {
    seq: null,
    role: "customer",
    text: "Where is ORD-1001?",
    message_id: null,
    client_id: "c1",
    created_at: "2024-01-01T00:00:00Z",
    status: "sending",
  });
  list = mergeEntry(list, fromReply(reply, null, "2024-01-01T00:00:01Z"));
  list = mergeAll(list, [
    fromStored({
      seq: 1,
      role: "customer",
      text: "Where is ORD-1001?",
      message_id: "m1",
      created_at: "x",
      meta: { client_id: "c1" },
    }),
    fromStored({ seq: 2, role: "assistant", text: reply.reply, message_id: "m1", created_at: "y" }),
  ]);
  assertEquals(list.map((e) => [e.role, e.seq, e.status]), [
    ["customer", 1, "sent"],
    ["assistant", 2, undefined],
  ]);
  assertEquals(lastSeq(list), 2);
});

Deno.test("transcript puts a replayed message in seq order and ignores a repeat", () => {
  let list = mergeAll([], [
    fromStored({ seq: 1, role: "customer", text: "a", message_id: "m1", created_at: "" }),
    fromStored({ seq: 4, role: "agent", text: "d", message_id: null, created_at: "" }),
  ]);
  list = mergeEntry(
    list,
    fromStored({ seq: 2, role: "assistant", text: "b", message_id: "m1", created_at: "" }),
  );
  list = mergeEntry(
    list,
    fromStored({ seq: 2, role: "assistant", text: "b", message_id: "m1", created_at: "" }),
  );
  assertEquals(list.map((e) => e.seq), [1, 2, 4]);
});

Deno.test("transcript matches an unacknowledged message in the replay by its text", () => {
  let list = mergeEntry([], {
    seq: null,
    role: "customer",
    text: "hello",
    message_id: null,
    client_id: "c9",
    created_at: "",
    status: "sending",
  });
  list = mergeEntry(
    list,
    fromStored({ seq: 7, role: "customer", text: "hello", message_id: "m7", created_at: "" }),
  );
  assertEquals(list.length, 1);
  assertEquals(list[0].seq, 7);
  assertEquals(list[0].client_id, "c9");
});

Deno.test("transcript offers a confirmation only on the last, unexpired reply", () => {
  const pending = {
    id: "p1",
    summary: "Cancel ORD-1003",
    expires_at: "2999-01-01T00:00:00Z",
    action: "cancel_order",
  };
  let list = mergeEntry([], fromReply({ ...reply, pending_confirmation: pending }, 2, ""));
  assertEquals(openConfirmation(list)?.id, "p1");
  assertEquals(openConfirmation(list, Date.parse("3000-01-01")), null);
  list = mergeEntry(list, {
    seq: 3,
    role: "customer",
    text: "Yes",
    message_id: null,
    client_id: null,
    created_at: "",
  });
  assertEquals(openConfirmation(list), null);
});
