import assert from "node:assert/strict";
import { placedOn } from "./placed_days.ts";

const orders = [
  { id: "A", placed_at: "2026-12-04T10:00:00.000Z" },
  { id: "B", placed_at: "2026-11-21T10:00:00.000Z" },
  { id: "C", placed_at: "2026-12-06T14:00:00.000Z" },
];

Deno.test("the orders placed within the days said, the looser days only when none fits", () => {
  assert.deepEqual(
    placedOn(orders, "2026-11-30/2026-12-06,2026-11-24/2026-12-06").map((o) => o.id),
    [
      "A",
      "C",
    ],
  );
  assert.deepEqual(
    placedOn(orders, "2026-12-05/2026-12-05,2026-12-04/2026-12-06").map((o) => o.id),
    [
      "A",
      "C",
    ],
  );
  assert.deepEqual(
    placedOn(orders, "2026-12-06/2026-12-06,2026-12-05/2026-12-07").map((o) => o.id),
    [
      "C",
    ],
  );
  assert.deepEqual(
    placedOn(orders, "2026-11-01/2026-11-30,2026-10-29/2026-12-03").map((o) => o.id),
    [
      "B",
    ],
  );
  assert.deepEqual(placedOn(orders, "2026-10-01/2026-10-31,2026-09-28/2026-11-03"), []);
});
