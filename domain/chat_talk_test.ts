import assert from "node:assert/strict";
import { askedInstead, chatTalk, sameMessage } from "./chat_talk.ts";

Deno.test("asking us to say it again is read in many wordings, a lone '?' too", () => {
  for (
    const t of [
      "can you repeat that?",
      "what?",
      "huh?",
      "?",
      "??",
      "come again?",
      "say that again",
      "sorry?",
      "wait what",
      "I didn't get that",
      "what do you mean?",
      "could u say it again pls",
    ]
  ) assert.equal(chatTalk(t), "repeat", t);
});

Deno.test("a message sent here by mistake is read as such, an apology alone is not", () => {
  for (
    const t of [
      "sorry wrong chat",
      "oops sorry wrong window",
      "Sorry, wrong chat 😅",
      "oh my bad, that wasn't meant for you",
      "ignore that",
      "sent that to the wrong person lol",
    ]
  ) assert.equal(chatTalk(t), "wrong_chat", t);
  for (const t of ["sorry", "sorry.", "I'm sorry", "oops"]) assert.equal(chatTalk(t), null, t);
});

Deno.test("'you already told me that' and 'that's not what I asked' are told apart", () => {
  assert.equal(chatTalk("you already told me that"), "told_already");
  assert.equal(chatTalk("you already told me that yesterday"), "told_already");
  assert.equal(chatTalk("you're repeating yourself"), "told_already");
  assert.equal(chatTalk("that's not what I asked"), "not_asked");
  assert.equal(chatTalk("no, that doesn't answer my question"), "not_asked");
  assert.equal(chatTalk("you misunderstood me"), "not_asked");
});

Deno.test("a correction with the question said again leaves the question to be read", () => {
  assert.equal(askedInstead("that's not what I asked, I asked about apple pay"), "apple pay");
  assert.equal(
    askedInstead("no that's not what i meant, i want to know when it ships"),
    "when it ships",
  );
  assert.equal(askedInstead("that's not what I asked"), null);
  assert.equal(chatTalk("that's not what I asked, I asked about apple pay"), null);
});

Deno.test("requests and questions of the store are no talk about the chat", () => {
  for (
    const t of [
      "what is my order status",
      "what can you do",
      "hello?",
      "sorry, I meant ORD-1002",
      "wrong item in my parcel",
      "what do you mean it's delayed, it said Monday",
    ]
  ) assert.equal(chatTalk(t), null, t);
});

Deno.test("the same message twice is the same but for case, spaces and end marks", () => {
  assert.ok(sameMessage("Cancel order 2002.", "cancel order 2002"));
  assert.ok(!sameMessage("cancel order 2002", "cancel order 2001"));
  assert.ok(!sameMessage("cancel order 2002", null));
  assert.ok(!sameMessage("?", "!"));
});

Deno.test("'anyone there?', 'is anyone actually reading this', 'testing 123' ask whether we are here", () => {
  for (
    const t of [
      "anyone there?",
      "hello? is anyone actually reading this",
      "is this thing on",
      "testing 123",
      "test",
      "u still there?",
    ]
  ) assert.equal(chatTalk(t), "presence", t);
  assert.equal(chatTalk("is anyone there who can cancel my order"), null);
  assert.equal(chatTalk("I didn't get that, sorry"), "repeat");
});
