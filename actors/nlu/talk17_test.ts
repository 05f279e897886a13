/**
 * Talk17 round: two requests in one message, changes asked while another waits, and orders
 * named by when they were placed — read as the shopper meant them.
 */
import assert from "node:assert/strict";
import { createMessage } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { understand } from "../intent.ts";
import { changesItems } from "./items_asked.ts";

const now = new Date("2026-12-07T10:30:00Z");
const ctx = { signal: new AbortController().signal, log: silentLogger, now: () => now };

async function read(text: string) {
  const msg = createMessage({ text, conversationId: "c", channel: "test", now });
  return await understand(msg, { llm: null }, ctx);
}

Deno.test("adding an item 'to it' after a part naming the order is a change of its items", async () => {
  assert.ok(changesItems("can i add a water bottle to it"));
  assert.ok(changesItems("also can i add another bottle to that one"));
  assert.ok(!changesItems("can i add it to my cart"));
  assert.ok(!changesItems("how do i add a gift note"));
  const r = await read("is my shoe order shipped? and can i add a water bottle to it");
  assert.deepEqual(r.requests?.map((x) => x.intent).sort(), ["modify_order", "order_status"]);
  assert.equal(
    r.requests?.find((x) => x.intent === "modify_order")?.text,
    "can i add a water bottle to it",
  );
});

Deno.test("an order named by its placing day alone asks where it stands", async () => {
  for (const text of ["the order I placed 2 days ago", "my order from november"]) {
    const r = await read(text);
    assert.equal(r.intent, "order_status", text);
    assert.ok(r.entities.state_refs?.some((s) => s.placed), text);
  }
});
