import assert from "node:assert/strict";
import { reliefTold } from "./relief.ts";
import { mixedFeedback } from "./mixed_feedback.ts";
import { personDeclined } from "./person_beside.ts";
import { restAfterJokedPerson } from "./joked_person.ts";

Deno.test("anger or a complaint given up because the goods came is relief", () => {
  for (
    const t of [
      "I was ready to be mad but it's here 😅",
      "was about to complain and then it just turned up lol",
      "i was gonna leave a 1 star review but it arrived this morning, all good",
      "I was so worried about the vacuum but you sorted it. thank you",
      "was literally about to email you and it came",
    ]
  ) assert.equal(reliefTold(t), true, t);
  for (
    const t of [
      "I was ready to be mad and now I am, it's still not here",
      "was about to complain but it arrived broken",
      "I was worried about the vacuum but you never sorted it",
    ]
  ) assert.equal(reliefTold(t), false, t);
});

Deno.test("praise and its opposite side by side, or praise in an emoji, is mixed feedback", () => {
  for (
    const t of [
      "love the machine, hate the wait",
      "loved the blender, not the 2 week wait tho",
      "@store the mixer is 🔥 but shipping took forever",
      "the headphones are fire but delivery was slow",
    ]
  ) assert.equal(mixedFeedback(t), true, t);
  for (
    const t of [
      "love the machine, hate that it arrived broken",
      "love the machine, where is my frother?",
      "the mixer is 🔥",
    ]
  ) assert.equal(mixedFeedback(t), false, t);
});

Deno.test("a person asked for in jest and taken back is turned down, the rest kept", () => {
  assert.equal(
    restAfterJokedPerson("lol let me speak to your manager jk jk, where is 1001"),
    "where is 1001",
  );
  assert.equal(
    restAfterJokedPerson("can I speak to the CEO 😂 kidding, when does it ship?"),
    "when does it ship?",
  );
  assert.equal(restAfterJokedPerson("get me a supervisor lol jk"), "");
  assert.equal(personDeclined("speak to your manager... just kidding! you've been great"), true);
  for (
    const t of [
      "I want a manager, no kidding",
      "let me talk to a human",
      "speak to your manager, I'm not joking",
      "jk about the refund, but I want to speak to a manager",
    ]
  ) {
    assert.equal(restAfterJokedPerson(t), null, t);
    assert.equal(personDeclined(t), false, t);
  }
});
