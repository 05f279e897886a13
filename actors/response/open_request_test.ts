/**
 * After we asked which order, a message that only points at one ("ORD-1001 please", "the
 * headphones") is the answer: the open request is answered instead of asked about again.
 */
import assert from "node:assert/strict";
import type { ContextEnrichment, FocusWhy, Intent } from "../../shared/protocol.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const pointedAt = (why: FocusWhy): ContextEnrichment => ({
  ...castContext("sarah", { order: "ORD-1001" }),
  focus: { order_id: "ORD-1001", why },
});
const dialogue = (unanswered: Intent[]) => ({
  dialogue: { focus: null, mentioned: ["ORD-1001", "ORD-1003"], unanswered },
});

Deno.test("an order named after we asked which one answers the open status question", async () => {
  for (const why of ["explicit", "product", "state"] as const) {
    const r = await reply({
      text: "the headphones",
      who: "sarah",
      intent: "product_question",
      decision: "clarify",
      context: pointedAt(why),
      session: { ...dialogue(["order_status"]), turn: 1 },
    });
    assert.match(r.text, /ORD-1001/, r.text);
    assert.doesNotMatch(r.text, /Just to make sure|Do you mean/, r.text);
  }
});

Deno.test("without an open request the same message is asked about", async () => {
  const r = await reply({
    text: "the headphones",
    who: "sarah",
    intent: "product_question",
    decision: "clarify",
    context: pointedAt("product"),
    session: { ...dialogue([]), turn: 1 },
  });
  assert.equal(r.template, "clarify", r.text);
});

Deno.test("the order already in focus does not answer an open request by itself", async () => {
  const r = await reply({
    text: "hmm",
    who: "sarah",
    intent: "other",
    decision: "clarify",
    context: pointedAt("focus"),
    session: { ...dialogue(["order_status"]), turn: 1 },
  });
  assert.equal(r.template, "clarify", r.text);
});

Deno.test("an answer to 'which order?' that says the change in its own words keeps them", async () => {
  const { resumedChange } = await import("./open_request.ts");
  const asked = {
    slot: "order" as const,
    intent: "modify_order" as const,
    order_id: null,
    text: "I'd like to change something on both",
  };
  const base = { pending: null, intent: "modify_order", asked, firstTurn: false };
  const long = "first, remove the milk frother from the air fryer order";
  const v = resumedChange({ ...base, text: long } as never)!;
  assert.match(v.text, /remove the milk frother/);
  assert.match(v.text, /change something on both/);
  // A short answer only names the order: the request's own words.
  assert.equal(resumedChange({ ...base, text: "the air fryer one" } as never)!.text, asked.text);
});
