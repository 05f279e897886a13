import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { lettingGo } from "./letting_go.ts";
import { castContext, intentOf, sentimentOf, turnWith } from "../../tests/fixtures/turns.ts";

function emmaSays(
  text: string,
  sentiment = sentimentOf("negative", { urgency: "low", score: -0.17 }),
) {
  return turnWith({
    text,
    who: "emma",
    sentiment,
    intent: intentOf("deny", text, { confidence: 0.7 }),
    context: castContext("emma", { order: "ORD-3001" }),
  });
}

Deno.test("a VIP letting the matter go is answered, not handed to a person", () => {
  for (const text of ["oh right, never mind then", "ah ok, forget it", "no worries, leave it"]) {
    const d = decide(emmaSays(text));
    assert.notEqual(d.action, "handoff", text);
  }
});

Deno.test("letting go is read alone, never beside a complaint or a hurry", () => {
  assert.ok(lettingGo(emmaSays("Oh well, never mind then, thanks")));
  assert.ok(!lettingGo(emmaSays("never mind, this shop is a joke and I want my money")));
  const angry = sentimentOf("negative", { urgency: "high", is_complaint: true });
  assert.ok(!lettingGo(emmaSays("forget it", angry)));
  assert.equal(decide(emmaSays("forget it", angry)).action, "handoff");
});

Deno.test("a VIP's 'no thats all' to a change raised is done, not handed to a person", () => {
  for (const text of ["no thats all", "nope, that's it for now", "no, i'm good thanks"]) {
    assert.ok(lettingGo(emmaSays(text)), text);
    assert.notEqual(decide(emmaSays(text)).action, "handoff", text);
  }
  assert.ok(!lettingGo(emmaSays("no thats all wrong, the mixer is broken")));
});
