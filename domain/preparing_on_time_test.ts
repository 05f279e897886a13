import assert from "node:assert/strict";
import type { OrderView } from "../shared/protocol.ts";
import { asksNotShipped, onScheduleSentence, preparingOnSchedule } from "./preparing_on_time.ts";

const now = new Date("2026-03-10T12:00:00Z");
const order = (placedHoursAgo: number, etaDays: number, status = "processing") =>
  ({
    id: "ORD-1",
    status,
    placed_at: new Date(now.getTime() - placedHoursAgo * 3_600_000).toISOString(),
    eta: new Date(now.getTime() + etaDays * 86_400_000).toISOString(),
  }) as unknown as OrderView;

Deno.test("an order placed lately, being prepared, its estimate ahead, is on schedule", () => {
  assert.ok(preparingOnSchedule(order(20, 4), now));
  assert.ok(preparingOnSchedule(order(50, 2), now));
  assert.match(
    onScheduleSentence(order(20, 4), now),
    /placed less than a day ago, so it's still on schedule/,
  );
  assert.match(onScheduleSentence(order(30, 4), now), /placed yesterday/);
});

Deno.test("prepared for days, its estimate passed, or shipped: not simply on schedule", () => {
  assert.ok(!preparingOnSchedule(order(24 * 5, 2), now));
  assert.ok(!preparingOnSchedule(order(20, -1), now));
  assert.ok(!preparingOnSchedule(order(20, 4, "shipped"), now));
});

Deno.test("not shipped asked impatiently, in several words", () => {
  for (
    const t of [
      "I ordered the shoes yesterday and it still hasn't shipped??",
      "why hasnt my shoe order shipped yet",
      "ORD-1003 still not sent out?",
      "why is it taking so long anyway",
    ]
  ) assert.ok(asksNotShipped(t), t);
  assert.ok(!asksNotShipped("where is my order"));
});
