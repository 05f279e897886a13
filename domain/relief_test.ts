import assert from "node:assert/strict";
import { reliefTold } from "./relief.ts";

Deno.test("a worry told as over, with nothing asked, is relief", () => {
  for (
    const t of [
      "phew, just saw the mixer got delivered, all good, ignore my email",
      "panic over, it turned up!",
      "false alarm lol, found it behind the bins",
      "found it! it was in the porch",
      "I thought it was lost but it showed up this morning, what a relief",
      "omg thank you so much, what a relief 😭",
      "I'm relieved to hear the replacement is on its way, thank you",
      "it arrived this morning, all sorted now, thanks",
    ]
  ) assert.ok(reliefTold(t), t);
});

Deno.test("relief beside trouble still there, or a question, is not relief alone", () => {
  for (
    const t of [
      "phew it arrived but the bowl is cracked",
      "found it, but it's the wrong colour",
      "all good, but where is my other order?",
      "phew. can you cancel ORD-1003 please",
      "it still hasn't turned up",
      "the mixer arrived",
      "where is my order",
      "nah all good",
      "but honestly, i found it hard to follow and it meanders so badly.",
      "Wheww I leave Ohio June 3rd I don't even want to think about leaving",
      "Some cash withdrawal that I didn't make showed up in the app.",
      "all sorted now, thanks",
    ]
  ) assert.equal(reliefTold(t), false, t);
});
