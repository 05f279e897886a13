import assert from "node:assert/strict";
import { handoffFor, higherPriority, raisedPriority } from "./handoff.ts";
import { turnWith } from "../tests/fixtures/turns.ts";

const OPEN = { id: "ho-first", priority: "normal" as const, opened_at: "2026-06-15T11:30:00.000Z" };

Deno.test("a turn while a handoff is open joins it: same id, priority never lowered", () => {
  const msg = turnWith({
    text: "hello?? anyone there",
    who: "mike",
    intent: "small_talk",
    session: { open_handoff: OPEN },
  });
  const low = handoffFor(msg, "chasing", "low");
  assert.equal(low.id, "ho-first");
  assert.equal(low.priority, "normal");
  assert.equal(low.created_at, OPEN.opened_at);
  assert.equal(low.message_id, msg.id, "the turn that refreshed it");
  assert.match(low.summary, /hello\?\? anyone there/);
  assert.equal(handoffFor(msg, "angry", "high").priority, "high");
  const fresh = handoffFor(turnWith({ text: "a person please", who: "mike" }), "asked", "normal");
  assert.equal(fresh.id, "ho-msg-fixture-1");
});

Deno.test("priorities compare and rise one step at a time", () => {
  assert.equal(higherPriority("low", "high"), "high");
  assert.equal(higherPriority("urgent", "normal"), "urgent");
  assert.deepEqual(
    (["low", "normal", "high", "urgent"] as const).map(raisedPriority),
    ["normal", "high", "urgent", "urgent"],
  );
});

Deno.test("a follow-up joining a handoff keeps the reason it was opened for", () => {
  const open = { ...OPEN, reason: "the customer asked for a person" };
  const msg = turnWith({
    text: "how long",
    who: "mike",
    intent: "small_talk",
    session: { open_handoff: open },
  });
  const joined = handoffFor(msg, "a handoff (ho-first) is open: this turn joins it", "normal");
  assert.equal(joined.reason, "the customer asked for a person");
  assert.match(joined.summary, /Reason: the customer asked for a person/);
  assert.match(joined.summary, /Follow-up: a handoff \(ho-first\) is open/);
  assert.match(joined.summary, /Message: "how long"/);
  // A session from before reasons were kept: the turn's own reason.
  assert.equal(
    handoffFor(
      turnWith({ text: "hi", who: "mike", session: { open_handoff: OPEN } }),
      "joins",
      "low",
    ).reason,
    "joins",
  );
});
