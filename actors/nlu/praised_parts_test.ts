import assert from "node:assert/strict";
import { onlyPraises, withPraisedParts } from "./praised_parts.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

Deno.test("praise hedged, said by denying the opposite, after a past worry, or of people is praise", () => {
  for (
    const t of [
      "kudos to whoever packed my espresso machine, wrapped like a christmas present lol",
      "not bad at all, the vacuum works great actually",
      "Not gonna lie I was nervous ordering online but the headphones arrived fast and sound incredible",
      "ngl the mixer is gorgeous",
      "can't fault it, the espresso machine works perfectly",
    ]
  ) assert.ok(onlyPraises(t), t);
});

Deno.test("trouble beside it, a question, or damage keeps it from being praise alone", () => {
  for (
    const t of [
      "not bad, but the bowl is cracked",
      "i was worried it would be late but where is it",
      "The mixer is beautiful, shame it came in pieces",
      "kudos to you, but my refund never came",
    ]
  ) assert.equal(onlyPraises(t), false, t);
});

Deno.test("praise read as feedback too unsurely to answer is praise, surely", () => {
  const t = "WOW!!! The mixer replacement is STUNNING. Thank you thank you thank you!!!";
  const r = withPraisedParts(
    intentOf("feedback", "", {
      confidence: 0.21,
      source: "classifier",
      requests: [{ intent: "feedback", confidence: 0.21, text: t, start: 0, end: t.length }],
    }),
    t,
  );
  assert.equal(r.intent, "feedback");
  assert.ok(r.confidence >= 0.7);
});
