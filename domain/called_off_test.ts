import assert from "node:assert/strict";
import { callsOffPerson } from "./called_off.ts";

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
