import assert from "node:assert/strict";
import { insistedHandoff, pushedBackReply } from "./pushed_back.ts";
import { renderTemplate } from "./templates.ts";
import { type Draft, viewOf } from "./view.ts";
import { castContext, decisionOf, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { Intent } from "../../shared/protocol.ts";
import { INSISTS_REASON } from "../../domain/pushback.ts";

/** Sarah's turn right after the store said no to `intent` for `order`. */
function afterNo(text: string, intent: Intent = "cancel_order", order = "ORD-1001") {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf(intent, text),
    context: castContext("sarah", { order }),
    session: {
      last_intent: intent,
      last_order_id: order,
      dialogue: {
        focus: { order_id: order, why: "focus" },
        mentioned: [order],
        unanswered: [],
        topic: intent,
      },
    },
  });
  return viewOf(msg, new Date(msg.created_at));
}

Deno.test("a plea after a shipped order's no keeps the no, says what can be done, offers a person", () => {
  const d = pushedBackReply(afterNo("but please, I really need it cancelled"), "neutral");
  assert.ok(d);
  assert.equal(d.template, "pushback_plea");
  assert.match(d.text, /^I understand this matters to you, Sarah, and I'm sorry I can't change/);
  assert.match(d.text, /already shipped .*cancelling is only possible until an order ships/);
  assert.match(d.text, /return it within 30 days/);
  assert.match(d.text, /member of our team to look at it with you/);
  assert.deepEqual(d.proposed_actions, []);
});

Deno.test("each kind of push is met in its own terms", () => {
  const lead = (text: string, intent?: Intent) =>
    pushedBackReply(afterNo(text, intent), "neutral")?.text.split(". ")[0];
  assert.match(lead("I've been a customer for years")!, /Thank you for being with us/);
  assert.match(lead("can't you make an exception just this once")!, /can't make an exception/);
  assert.match(lead("fine, then what CAN you do?")!, /what I can do/);
  // About an address: the list of what can be done (the carrier, a return, a colleague).
  const places = pushedBackReply(afterNo("what are my options then", "change_address"), "neutral");
  assert.equal(places?.template, "address_options");
  assert.match(places!.text, /redirect it or hold it at a pickup point/);
});

Deno.test("no push reply for a change the order allows, a first message, or a question", () => {
  assert.equal(pushedBackReply(afterNo("please", "cancel_order", "ORD-1003"), "neutral"), null);
  assert.equal(pushedBackReply(afterNo("where is it now?"), "neutral"), null);
  const first = turnWith({
    text: "pretty please cancel ORD-1001",
    who: "sarah",
    intent: intentOf("cancel_order", "pretty please cancel ORD-1001"),
    context: castContext("sarah", { order: "ORD-1001" }),
  });
  assert.equal(pushedBackReply(viewOf(first, new Date(first.created_at)), "neutral"), null);
});

Deno.test("an insistence handed over says the rule once more and promises no other answer", () => {
  const v = afterNo("I insist");
  const decision = { ...decisionOf("handoff"), reasons: [`${INSISTS_REASON}: cancel_order`] };
  const held: Draft = {
    text: "Facts.\n\nI'm passing our conversation to a member of our team.",
    tone: "neutral",
    proposed_actions: [],
    template: "handoff",
  };
  const d = insistedHandoff({ ...v, decision }, "neutral", held);
  assert.ok(d);
  assert.match(d.text, /already shipped/);
  assert.match(d.text, /I'm passing our conversation to a member of our team\./);
  assert.match(d.text, /can't promise a different answer/);
  assert.doesNotMatch(d.text, /Facts/);
  const asked = afterNo("can a person look at where it is now?");
  assert.equal(
    insistedHandoff({ ...asked, decision: decisionOf("handoff") }, "neutral", held),
    null,
  );
  const rendered = renderTemplate({ ...v, decision });
  assert.equal(rendered.template, "pushback_handoff");
});

Deno.test("'what else can I do' about items of a shipped order: the items' own ways, a person", () => {
  const d = pushedBackReply(afterNo("what else can I do", "modify_order"), "neutral");
  assert.equal(d?.template, "modify_options");
  assert.match(d!.text, /place a new order/);
  assert.match(d!.text, /member of our team to look at it with you/);
});

Deno.test("a threat after a no handed over for its urgency is told the rule as an insistence is", () => {
  const v = afterNo("if you don't cancel it I'll leave a 1-star review everywhere");
  const decision = { ...decisionOf("handoff", "urgent"), reasons: ["critical urgency"] };
  const held: Draft = {
    text: "I'm passing our conversation to a member of our team.",
    tone: "neutral",
    proposed_actions: [],
    template: "handoff",
  };
  const d = insistedHandoff({ ...v, decision }, "neutral", held);
  assert.match(d?.text ?? "", /already shipped.*\n\nI'm passing our conversation/s);
});
