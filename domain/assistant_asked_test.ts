import assert from "node:assert/strict";
import { asksOptions, asksWhatYouDoIn, assistantAsked } from "./assistant_asked.ts";

Deno.test("asking what the assistant is is told apart from asking for a person", () => {
  for (
    const t of [
      "are you a bot?",
      "r u a real person",
      "am i talking to a human",
      "is this an AI",
      "who am i talking to",
      "is this automated",
    ]
  ) {
    assert.equal(assistantAsked(t), "what_you_are", t);
  }
  for (
    const t of [
      "can i talk to a human",
      "are you a real person? i want to speak to a human",
      "is it real leather",
      "is this a good mixer",
    ]
  ) {
    assert.equal(assistantAsked(t), null, t);
  }
});

Deno.test("asking what the assistant can do, and what the options are", () => {
  for (
    const t of [
      "what can you do",
      "what can u help with",
      "hi, what can you do?",
      "how can you help me",
    ]
  ) {
    assert.equal(assistantAsked(t), "what_you_do", t);
  }
  assert.equal(asksOptions("what are my options"), true);
  assert.equal(asksOptions("fine then what CAN you do"), true);
  assert.equal(asksOptions("ugh ok what can you do then"), true);
  assert.equal(asksOptions("what are my options for paying by card"), false);
  assert.equal(asksWhatYouDoIn("never mind, just tell me what you can do"), true);
  assert.equal(asksWhatYouDoIn("never mind, I sorted it"), false);
});

Deno.test("a long polite way of asking what the assistant does is asked", () => {
  assert.equal(
    assistantAsked("Good afternoon. Could you please tell me what you are able to help me with?"),
    "what_you_do",
  );
  assert.equal(
    assistantAsked("Good afternoon. Could you tell me what you can do about my broken mixer?"),
    null,
  );
});

Deno.test("asked at length or typed fast, the question about the assistant is read", () => {
  assert.equal(assistantAsked("wut can u do"), "what_you_do");
  assert.equal(
    assistantAsked(
      "Dear Sir or Madam, I would be grateful if you could let me know whether I am speaking " +
        "with a real person or an automated system.",
    ),
    "what_you_are",
  );
  assert.equal(assistantAsked("I am talking to a real person next week about my order"), null);
});

Deno.test("Talk23: 'are you real' alone asks what the assistant is; 'are you for real?' does not", () => {
  assert.equal(assistantAsked("are you real"), "what_you_are");
  assert.equal(assistantAsked("r u even human??"), "what_you_are");
  assert.equal(assistantAsked("wait, are you actually real?"), "what_you_are");
  assert.equal(assistantAsked("are you for real?"), null);
  assert.equal(assistantAsked("are you real sure it shipped"), null);
});

Deno.test("'what are my options now', 'so what can i do then' ask the options too", () => {
  for (const text of ["what are my options now", "so what can i do then", "ok what now?"]) {
    assert.ok(asksOptions(text), text);
  }
  assert.ok(!asksOptions("what are my options for shipping then"));
});

Deno.test("a short reaction before 'what can i do now?' still asks the options", () => {
  assert.ok(asksOptions("well that's useless. what can i do now?"));
  assert.ok(asksOptions("ugh. so what are my options"));
  assert.equal(asksOptions("cancel it. what now?"), false);
  assert.equal(asksOptions("i want a refund. what are my options"), false);
});

Deno.test("news told before 'what are my options?' is no reaction", () => {
  assert.equal(asksOptions("Hi, the vacuum never turned up. What are my options?"), false);
});

Deno.test("'are you even a real person', 'what can you actually do': the question with a doubt in it", () => {
  assert.equal(assistantAsked("are you even a real person"), "what_you_are");
  assert.equal(assistantAsked("r u actually a bot"), "what_you_are");
  assert.equal(assistantAsked("what can you actually do"), "what_you_do");
  assert.equal(assistantAsked("what can u even help with"), "what_you_do");
  assert.equal(assistantAsked("what do u do exactly"), "what_you_do");
});
