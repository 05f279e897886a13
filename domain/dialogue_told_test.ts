import assert from "node:assert/strict";
import { dialogueAfter, orderToldAlone } from "./dialogue.ts";
import { castContext, turnWith } from "../tests/fixtures/turns.ts";

function turn(reply: string, order?: string) {
  const msg = turnWith({
    text: "do i have any orders i can still cancel",
    who: "sarah",
    context: castContext("sarah", order ? { order } : {}),
  });
  msg.payload.response = {
    text: reply,
    tone: "friendly",
    proposed_actions: [],
    source: "template",
    template: null,
  };
  return msg;
}

Deno.test("the one order a reply told about is what 'that one' means next", () => {
  const msg = turn("ORD-1003 can still be cancelled — just say if you'd like to.");
  assert.equal(orderToldAlone(msg), "ORD-1003");
  const d = dialogueAfter(msg, { focus: null, mentioned: [], unanswered: [] });
  assert.deepEqual(d.focus, { order_id: "ORD-1003", why: "focus" });
  assert.ok(d.mentioned.includes("ORD-1003"));
});

Deno.test("a reply naming several orders, or a turn with its own order, sets nothing", () => {
  assert.equal(orderToldAlone(turn("ORD-1003 and ORD-1001 are yours.")), null);
  assert.equal(orderToldAlone(turn("ORD-1003 can still be cancelled.", "ORD-1001")), null);
  assert.equal(orderToldAlone(turn("ORD-9999 is not yours.")), null, "not their order");
});
