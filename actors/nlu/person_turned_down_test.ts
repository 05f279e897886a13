import assert from "node:assert/strict";
import { readPastDeclinedPerson } from "./person_turned_down.ts";
import { withoutDeclinedPerson } from "../../domain/person_beside.ts";

type Read = { intent: "human_agent" | "delivery_problem" | "cancel_order"; confidence: number };
const classify = (t: string): Read =>
  /cancel/.test(t)
    ? { intent: "cancel_order", confidence: 0.9 }
    : /vacuum/.test(t)
    ? { intent: "delivery_problem", confidence: 0.6 }
    : { intent: "human_agent", confidence: 0.8 };

Deno.test("a person turned down is left out, and the rest of the message read", () => {
  assert.equal(
    withoutDeclinedPerson("no, I don't want to talk to anyone, I want the vacuum"),
    "I want the vacuum",
  );
  assert.equal(withoutDeclinedPerson("I don't want to talk to anyone"), null);
  assert.equal(withoutDeclinedPerson("let me talk to someone"), null);
  const person: Read = { intent: "human_agent", confidence: 0.5 };
  assert.equal(
    readPastDeclinedPerson(
      person,
      "no, I don't want to talk to anyone, I want the vacuum",
      classify,
    )
      .intent,
    "delivery_problem",
  );
  assert.equal(
    readPastDeclinedPerson(person, "no need for a manager, just cancel my order", classify).intent,
    "cancel_order",
  );
  // Asked for, not turned down: the person stays.
  assert.equal(
    readPastDeclinedPerson(person, "get me a manager now", classify).intent,
    "human_agent",
  );
});
