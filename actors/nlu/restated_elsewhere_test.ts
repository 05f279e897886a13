import assert from "node:assert/strict";
import { restatedAboutAnother } from "./restated_elsewhere.ts";
import type { ConfirmationReading } from "./confirmation.ts";

const RESTATED: ConfirmationReading = {
  label: "affirm",
  reason: "restates the change",
  request: null,
};
const NONE = { order_ids: [], order_refs: [] };

Deno.test("the change's verb said again while another order is talked of asks it for that order", () => {
  const r = restatedAboutAnother(RESTATED, {
    pendingOrder: "ORD-3001",
    pendingType: "refund",
    focusOrder: "ORD-3002",
    text: "refund please",
    entities: NONE,
  });
  assert.equal(r.label, "new_request");
  assert.equal(r.request?.intent, "refund_request");
});

Deno.test("a restatement about the waiting change's own order, or pointing back, is still a yes", () => {
  const base = {
    pendingOrder: "ORD-3001",
    pendingType: "refund",
    focusOrder: "ORD-3002",
    text: "refund please",
    entities: NONE,
  };
  assert.equal(restatedAboutAnother(RESTATED, { ...base, focusOrder: "ORD-3001" }).label, "affirm");
  assert.equal(restatedAboutAnother(RESTATED, { ...base, focusOrder: null }).label, "affirm");
  // "Refund it please": "it" is what our last question was about.
  assert.equal(
    restatedAboutAnother(RESTATED, { ...base, text: "refund it please" }).label,
    "affirm",
  );
  // An order named settles which (the confirmation reader reads it).
  assert.equal(
    restatedAboutAnother(RESTATED, {
      ...base,
      entities: { order_ids: ["ORD-3001"], order_refs: [] },
    })
      .label,
    "affirm",
  );
  // A plain yes answers the question our reply ended on.
  const yes: ConfirmationReading = { label: "affirm", reason: "a clear yes", request: null };
  assert.equal(restatedAboutAnother(yes, base).label, "affirm");
});
