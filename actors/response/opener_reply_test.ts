/** "Quick question" is asked for in one line; "need help" gets one short question, not a list. */
import assert from "node:assert/strict";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

Deno.test("a question announced is asked for, never thanked as praise", async () => {
  for (const text of ["quick question", "can i ask something?", "hi i have a question"]) {
    const r = await reply({ text, who: "mike", intent: "small_talk", session: { turn: 1 } });
    assert.equal(r.template, "question_announced", text);
    assert.match(r.text, /what would you like to know\?/, text);
    assert.doesNotMatch(r.text, /kind words|review|I can check an order/, text);
  }
  const first = await reply({ text: "quick question", who: "mike", intent: "small_talk" });
  assert.match(first.text, /^Hi Mike! Of course/);
});

Deno.test("help asked gets one short question, not the list of everything the assistant does", async () => {
  const r = await reply({
    text: "need help",
    who: "sarah",
    intent: "small_talk",
    session: { turn: 1 },
  });
  assert.equal(r.template, "help_asked");
  assert.match(r.text, /What do you need a hand with\?/);
  assert.doesNotMatch(r.text, /invoices|faster shipping|Before I change anything/);
  const guest = await reply({
    text: "can you help me",
    intent: "small_talk",
    session: { turn: 1 },
  });
  assert.match(guest.text, /email you ordered with/);
  // "What can you do?" still gets the list.
  const what = await reply({ text: "what can you do?", who: "sarah", intent: "small_talk" });
  assert.equal(what.template, "about_capabilities");
});
