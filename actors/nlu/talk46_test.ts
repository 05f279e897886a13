import assert from "node:assert/strict";
import { ironicPraise } from "./sarcasm.ts";
import { onlyPraises } from "./praised_parts.ts";
import { praisesSomething, saysNoComplaint } from "./praise_not_yes.ts";

Deno.test("praise of the usual or a laugh at us beside trouble is irony", () => {
  for (
    const t of [
      "great, another 'delay'. fantastic service as always",
      "lmao my package is lost again, you guys are hilarious",
      "wow the keyboard is late. classic",
      "keyboard still not here 👏👏👏",
      "love that for me, it's delayed again",
    ]
  ) assert.equal(ironicPraise(t), true, t);
  for (
    const t of [
      "fantastic service as always, thanks!",
      "you guys are hilarious, love the chat",
      "classic design, love it",
    ]
  ) assert.equal(ironicPraise(t), false, t);
});

Deno.test("how something went, said in praise, only praises", () => {
  for (
    const t of ["well that was painless", "the return process was seamless", "that was so easy"]
  ) {
    assert.equal(onlyPraises(t), true, t);
  }
  assert.equal(onlyPraises("that was painless but the refund is missing"), false);
});

Deno.test("a low expectation beaten is no complaint; easy thanks are praise, not a yes", () => {
  for (
    const t of [
      "not gonna lie, I expected worse. thanks for the help",
      "better than I expected tbh",
      "not as bad as I thought",
    ]
  ) assert.equal(saysNoComplaint(t), true, t);
  assert.equal(saysNoComplaint("better than I expected but it broke"), false);
  assert.equal(praisesSomething("yeah thanks, that was easy"), true);
});
