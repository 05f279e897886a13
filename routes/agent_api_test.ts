import assert from "node:assert/strict";
import { oneCardPerConversation } from "./agent_api.ts";

Deno.test("the agent queue shows one card per conversation", () => {
  const list = [
    { id: "a", conversation_id: "c1" },
    { id: "b", conversation_id: "c2" },
    { id: "c", conversation_id: "c1" },
  ];
  assert.deepEqual(oneCardPerConversation(list).map((h) => h.id), ["a", "b"]);
});
