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

Deno.test("the request sent twice while its change waits is neither a yes nor a second request", async () => {
  const { inSession, SAID_AGAIN } = await import("./restated_elsewhere.ts");
  const pending = {
    id: "p1",
    action: {
      type: "cancel_order" as const,
      order_id: "ORD-1003",
      params: {},
      requires_confirmation: true,
    },
    proposed_in: "m1",
    expires_at: "2030-01-01T00:00:00Z",
    summary: "Cancel order ORD-1003",
  };
  const session = {
    open_handoff: null,
    pending_action: pending,
    dialogue: { focus: null, mentioned: [], unanswered: [], said: "cancel ORD-1003" },
  };
  const ids = { order_ids: ["ORD-1003"], order_refs: [] };
  const twice = inSession("cancel ORD-1003", RESTATED, session, ids);
  assert.equal(twice.label, "unclear");
  assert.equal(twice.reason, SAID_AGAIN);
  const asNew: ConfirmationReading = { label: "new_request", reason: "x", request: null };
  assert.equal(inSession("Cancel ORD-1003!", asNew, session, ids).label, "unclear");
  // Said in other words, or with a yes in them, it is the yes it was.
  assert.equal(inSession("yes cancel ORD-1003", RESTATED, session, ids).label, "affirm");
  const yes: ConfirmationReading = { label: "affirm", reason: "a clear yes", request: null };
  const afterYes = { ...session, dialogue: { ...session.dialogue, said: "yes" } };
  assert.equal(inSession("yes", yes, afterYes, NONE).label, "affirm");
});
