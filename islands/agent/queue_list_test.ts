import assert from "node:assert/strict";
import { cardsFor, summaryWithoutReason } from "./queue_list.tsx";
import type { HandoffItem } from "../shared/api_types.ts";

const item = (id: string, conv: string, status: string, at: string): HandoffItem =>
  ({ id, conversation_id: conv, status, created_at: at }) as unknown as HandoffItem;

Deno.test("the queue shows one card per conversation, its newest handoff in the filter", () => {
  const list = [
    item("h1", "c1", "returned", "2026-01-01T10:00:00Z"),
    item("h2", "c2", "queued", "2026-01-01T10:01:00Z"),
    item("h3", "c1", "queued", "2026-01-01T10:05:00Z"),
    item("h4", "c3", "closed", "2026-01-01T09:00:00Z"),
    item("h5", "c3", "closed", "2026-01-01T09:30:00Z"),
  ];
  assert.deepEqual(cardsFor(list, "open").map((h) => h.id), ["h2", "h3"]);
  assert.deepEqual(cardsFor(list, "closed").map((h) => h.id), ["h5"]);
  assert.deepEqual(cardsFor(list, "all").map((h) => h.id), ["h2", "h3", "h5"]);
});

Deno.test("the card's summary drops the reason it shows on a line of its own", () => {
  const reason = "The customer asked for a person, twice, after a very long wait for the keyboard";
  const summary =
    `Mike asked about ORD-2001. Asked: human agent. Reason: ${reason}. Message: "hello??"`;
  const shown = summaryWithoutReason(summary, reason);
  assert.equal(shown, `Mike asked about ORD-2001. Asked: human agent. Message: "hello??"`);
  assert.equal(summaryWithoutReason(`Asked: x. Reason: ${reason}`, reason), "Asked: x");
});

Deno.test("a handoff the customer withdrew leaves the open cards for the closed ones", () => {
  const list = [
    item("h1", "c1", "withdrawn", "2026-01-01T10:00:00Z"),
    item("h2", "c2", "queued", "2026-01-01T10:01:00Z"),
  ];
  assert.deepEqual(cardsFor(list, "open").map((h) => h.id), ["h2"]);
  assert.deepEqual(cardsFor(list, "closed").map((h) => h.id), ["h1"]);
});
