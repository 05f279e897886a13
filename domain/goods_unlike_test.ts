import assert from "node:assert/strict";
import { goodsUnlike, unlikeReason } from "./goods_unlike.ts";

Deno.test("goods told unlike what was expected: their fit or their looks", () => {
  const cases: [string, ReturnType<typeof goodsUnlike>][] = [
    ["hi, the frother that came is way too small, its like a toy", "fit"],
    ["the espresso machine is too big for my kitchen", "fit"],
    ["the shoes dont fit", "fit"],
    ["they run small", "fit"],
    ["the espresso machine looks nothing like the picture tbh", "looks"],
    ["it's not as described at all", "looks"],
    ["honestly the mixer feels really cheap", "looks"],
    ["the frother is nothing like the photos on your website", "looks"],
    ["poor quality, not happy", "looks"],
    ["the espresso machine doesnt look anything like the pictures on your site", "looks"],
    ["frother came and its tiny, way smaller than it looked online", "looks"],
    ["much smaller than i expected", "looks"],
    ["what if it doesn't fit?", null],
    ["will it fit on my counter", null],
    ["does it run small?", null],
    ["will the trail running shoes run small? im usually a 9", null],
    ["is the frother too big for a small shelf?", null],
    ["the frother is too big. what can you do?", "fit"],
    ["where is my order", null],
    ["the frother is great", null],
    ["the espresso machine arrived broken", null],
  ];
  for (const [text, want] of cases) assert.equal(goodsUnlike(text), want, text);
});

Deno.test("a return of goods unlike what was expected says why", () => {
  assert.equal(unlikeReason("fit"), "Does not fit");
  assert.equal(unlikeReason("looks"), "Not as described");
});
