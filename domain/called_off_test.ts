import assert from "node:assert/strict";
import { asksAssistantInstead, callsOffPerson, withdrawsPerson } from "./called_off.ts";

Deno.test("a person no longer needed is told from other messages while waiting", () => {
  for (
    const t of [
      "never mind the person, i'm sorted",
      "no need for an agent anymore",
      "nvm i figured it out",
      "actually I'm fine now, cancel that",
      "all sorted, thanks",
      "actually nevermind, where is my keyboard",
    ]
  ) assert.equal(callsOffPerson(t), true, t);
  for (
    const t of [
      "how much longer?",
      "is someone coming",
      "where is my keyboard",
      "I need someone now",
      "this is taking forever",
    ]
  ) assert.equal(callsOffPerson(t), false, t);
});

Deno.test("withdrawing the person: called off and none asked for; with a change waiting, named", () => {
  const free = { pendingChange: false };
  for (
    const t of [
      "never mind, I sorted it",
      "cancel the request for a human",
      "actually I don't need a person anymore",
      "forget the agent, where is my keyboard",
    ]
  ) assert.equal(withdrawsPerson(t, free), true, t);
  assert.equal(withdrawsPerson("i don't need a refund, i need a person", free), false);
  assert.equal(withdrawsPerson("where is my keyboard", free), false);
  assert.equal(withdrawsPerson("never mind, I'll wait", free), false, "still waiting");
  assert.equal(
    withdrawsPerson("actually could you just do it", free),
    true,
    "the assistant instead",
  );
  assert.equal(withdrawsPerson("can't you do it yourself?", free), true, "the assistant instead");
  assert.equal(withdrawsPerson("could you do it faster", free), false);
  for (
    const t of ["en fait non, c'est bon merci", "ya no hace falta, gracias", "hat sich erledigt"]
  ) {
    assert.equal(withdrawsPerson(t, free), true, t);
  }
  assert.equal(withdrawsPerson("nvm no rush", free), false, "still waiting");
  const waiting = { pendingChange: true };
  assert.equal(withdrawsPerson("never mind", waiting), false, "the change, not the person");
  assert.equal(withdrawsPerson("never mind the agent", waiting), true);
});

Deno.test("'actually you can help me', 'ok you'll do' withdraw the person; doubt or a question does not", () => {
  for (
    const t of [
      "actually you can help me. just tell me when it arrives",
      "actually it's fine, you can handle it. where is my keyboard",
      "ok you'll do. cancel ORD-1003",
      "I'll stick with you then",
      "no wait, I'll stay with the bot. where's my keyboard",
    ]
  ) assert.equal(withdrawsPerson(t, { pendingChange: false }), true, t);
  for (
    const t of [
      "I doubt you can help me with this",
      "you can help me with a refund?",
      "can you help me",
      "you can't help me, get me a person",
    ]
  ) assert.equal(withdrawsPerson(t, { pendingChange: false }), false, t);
  // Asked what the assistant can do: no "I'll take care of it" (the never mind withdraws).
  assert.equal(asksAssistantInstead("never mind, just tell me what you can do"), false);
  assert.equal(asksAssistantInstead("actually you can help me"), true);
});

Deno.test("asking the assistant to do it, with no person called off in words", async () => {
  const { onlyAsksAssistant } = await import("./called_off.ts");
  for (
    const t of [
      "can you fix it",
      "can u fix it",
      "could you just do it yourself?",
      "can't you sort this?",
    ]
  ) {
    assert.equal(onlyAsksAssistant(t), true, t);
  }
  for (
    const t of [
      "never mind the agent, can you fix it",
      "i'm sorted now",
      "where is my order",
      "no need for anyone, you can handle it",
    ]
  ) assert.equal(onlyAsksAssistant(t), false, t);
});

Deno.test("'nevermind, you can do it' with a change waiting withdraws the person, not the change", () => {
  for (const t of ["nevermind, you can do it. yes change it", "never mind, you do it"]) {
    assert.equal(withdrawsPerson(t, { pendingChange: true }), true, t);
  }
  // A bare "never mind" with a change waiting is still about the change.
  assert.equal(withdrawsPerson("never mind", { pendingChange: true }), false);
});
