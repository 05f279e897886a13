import assert from "node:assert/strict";
import { type References, resolveReference } from "./resolve_reference.ts";
import type { OrderView } from "../../shared/protocol.ts";

const order = (id: string, status: OrderView["status"], name: string) =>
  ({
    id,
    status,
    placed_at: "2026-10-01T00:00:00Z",
    items: [{ sku: id, name, quantity: 1, price: 10 }],
  }) as unknown as OrderView;

const orders = [
  order("ORD-1", "processing", "Noise-Cancelling Headphones"),
  order("ORD-2", "cancelled", "Noise-Cancelling Headphones"),
  order("ORD-3", "cancelled", "Down Sleeping Bag"),
  order("ORD-4", "cancelled", "Drawing Tablet"),
];

const refs = (patch: Partial<References>): References => ({
  explicit: [],
  bare: [],
  items: [],
  text: "",
  skus: [],
  states: [],
  ...patch,
});
const CANCELLED = {
  text: "cancelled",
  status: "cancelled" as const,
  negated: false,
  recency: null,
};

Deno.test("'why was it cancelled?' after a list: the cancelled order among those listed", () => {
  const r = resolveReference(
    refs({ text: "why was it cancelled?", states: [CANCELLED], listed: ["ORD-1", "ORD-2"] }),
    orders,
    null,
  );
  assert.deepEqual(r, { kind: "order", id: "ORD-2", why: "state" });
});

Deno.test("with no list before, every cancelled order is asked about", () => {
  const r = resolveReference(
    refs({ text: "why was it cancelled?", states: [CANCELLED] }),
    orders,
    null,
  );
  assert.equal(r.kind, "ambiguous");
  assert.deepEqual(r.kind === "ambiguous" ? r.ids : [], ["ORD-2", "ORD-3", "ORD-4"]);
});

Deno.test("'the headphones one' after we asked which of two: of those we named", () => {
  const r = resolveReference(
    refs({
      text: "the headphones one",
      items: [{ text: "the headphones", name: "headphones", sku: null }],
      listed: ["ORD-3", "ORD-2"],
      askedWhich: true,
    }),
    orders,
    null,
  );
  assert.deepEqual(r, { kind: "order", id: "ORD-2", why: "product" });
});
