import assert from "node:assert/strict";
import { lukewarmReview, mixedFeedback } from "./mixed_feedback.ts";

Deno.test("praise then a let-down past is mixed feedback, after 'shame' or 'unfortunately' too", () => {
  assert.ok(mixedFeedback("love the shoes but delivery took forever"));
  assert.ok(mixedFeedback("great keyboard, shame the delivery was a nightmare"));
  assert.equal(mixedFeedback("love the shoes but where are they?"), false);
  assert.ok(mixedFeedback("Five stars for the mixer, zero stars for the delivery."));
  assert.equal(mixedFeedback("five stars for the mixer!"), false);
});

Deno.test("a lukewarm review of the goods is read as one; a plain ok or a question is not", () => {
  for (
    const t of [
      "the espresso machine is okay i guess. a bit loud",
      "the headphones are decent, nothing special tbh",
    ]
  ) assert.ok(lukewarmReview(t), t);
  for (
    const t of [
      "ok",
      "it's fine, thanks",
      "is it okay to return it?",
      "the mixer is fine but the bowl is cracked",
    ]
  ) assert.equal(lukewarmReview(t), false, t);
});

Deno.test("goods unlike their listing beside goods that are fine are no lukewarm review", () => {
  assert.equal(
    lukewarmReview(
      "The espresso machine is fine but the milk frother feels really cheap and flimsy, not like the photos at all",
    ),
    false,
  );
  // A verdict on the goods alone stays one.
  assert.ok(lukewarmReview("the headphones are fine, a bit cheap feeling tbh"));
});
