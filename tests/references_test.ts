/**
 * Which order a customer means, end to end on the in-process bus (issue 15): an order
 * number in any form, a product named, a state named, the order in focus; and a new
 * address given in the request itself fills the proposal instead of being asked for.
 */
import assert from "node:assert/strict";
import { startTestSystem } from "./helpers/system.ts";

Deno.test("references: ids, products, states and addresses the customer gave", async (t) => {
  await using sys = await startTestSystem();

  await t.step(
    "Mike's 'other one, 2002' is ORD-2002; 'the keyboard' then moves to ORD-2001",
    async () => {
      const mike = await sys.session("mike.johnson@example.com");
      const other = await mike.say("whats going on with the other one, 2002?");
      assert.match(other.reply, /ORD-2002/, other.reply);
      assert.match(other.reply, /Monitor/, other.reply);
      assert.doesNotMatch(other.reply, /ORD-2001|Keyboard/, other.reply);
      const keyboard = await mike.say("when will the keyboard arrive");
      assert.match(keyboard.reply, /ORD-2001/, keyboard.reply);
      assert.match(keyboard.reply, /Keyboard/, keyboard.reply);
      assert.doesNotMatch(keyboard.reply, /ORD-2002|Monitor/, keyboard.reply);
      // The focus moved with the product: a follow-up naming nothing stays on the keyboard.
      const state = await sys.system.sessions.getSession(mike.sessionId);
      assert.deepEqual(state?.dialogue.focus, { order_id: "ORD-2001", why: "product" });
      assert.deepEqual(state?.dialogue.mentioned, ["ORD-2002", "ORD-2001"]);
      const tracking = await mike.say("and the tracking number?");
      assert.match(tracking.reply, /TRK8800002001/, tracking.reply);
      // "The other one" is the order beside the one in focus: the monitor again.
      const beside = await mike.say("and where is the other one?");
      assert.match(beside.reply, /ORD-2002/, beside.reply);
      assert.doesNotMatch(beside.reply, /ORD-2001/, beside.reply);
    },
  );

  await t.step(
    "Sarah's 'the one that shipped' is ORD-1001 and gets its tracking number",
    async () => {
      const sarah = await sys.session("sarah.chen@example.com");
      const r = await sarah.say("the one that shipped, whats the tracking number");
      assert.match(r.reply, /ORD-1001/, r.reply);
      assert.match(r.reply, /TRK8800001001/, r.reply);
      assert.doesNotMatch(r.reply, /Which order|Do you mean/i, r.reply);
    },
  );

  await t.step("Sarah's 'the one that hasn't shipped' is ORD-1003, not a question", async () => {
    const sarah = await sys.session("sarah.chen@example.com");
    const r = await sarah.say("what's happening with the one that hasn't shipped yet?");
    assert.match(r.reply, /ORD-1003/, r.reply);
    assert.doesNotMatch(r.reply, /ORD-1001|Do you mean/, r.reply);
  });

  await t.step(
    "two orders fitting equally are asked about naming both; the answer resumes",
    async () => {
      const sarah = await sys.session("sarah.chen@example.com");
      const ask = await sarah.say("where is my order that hasn't been delivered yet");
      assert.match(ask.reply, /Do you mean ORD-\d+ \(.+\) or ORD-\d+ \(.+\)\?/, ask.reply);
      assert.match(ask.reply, /ORD-1001/);
      assert.match(ask.reply, /ORD-1003/);
      assert.doesNotMatch(ask.reply, /ORD-1002/, "the delivered one does not fit");
      const answer = await sarah.say("the headphones");
      assert.match(answer.reply, /ORD-1001/, answer.reply);
      assert.match(answer.reply, /TRK8800001001|on its way|shipped/, answer.reply);
      assert.doesNotMatch(answer.reply, /Do you mean|Just to make sure/, answer.reply);
    },
  );

  await t.step(
    "Sarah's address change with the address given is proposed at once, and yes changes it once",
    async () => {
      const sarah = await sys.session("sarah.chen@example.com");
      const r = await sarah.say(
        "change the address on ORD-1003 to 22 Baker Street, London NW1 6XE",
      );
      assert.doesNotMatch(r.reply, /What's the new address/, r.reply);
      assert.equal(r.pending_confirmation?.action, "change_address", r.reply);
      assert.match(r.reply, /ORD-1003/);
      assert.match(r.reply, /London/);
      assert.equal(
        (await sys.ledger()).filter((e) => e.action === "change_address").length,
        0,
        "nothing changes before the yes",
      );
      const yes = await sarah.say("yes");
      assert.ok(
        yes.actions.some((a) =>
          a.type === "change_address" && a.order_id === "ORD-1003" && a.status === "done"
        ),
        JSON.stringify(yes.actions),
      );
      const changes = (await sys.ledger()).filter((e) =>
        e.action === "change_address" && e.target === "ORD-1003"
      );
      assert.equal(changes.length, 1);
      const after = (changes[0].details as { after: Record<string, unknown> }).after;
      assert.equal(after.line1, "22 Baker Street");
      assert.equal(after.city, "London");
      assert.equal(after.postcode, "NW1 6XE");
      assert.equal(after.country, "GB");
      await sarah.say("yes");
      assert.equal(
        (await sys.ledger()).filter((e) => e.action === "change_address").length,
        1,
        "a second yes changes nothing again",
      );
    },
  );
});
