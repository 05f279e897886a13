import assert from "node:assert/strict";
import { onlyGoodbye } from "./chat_closing.ts";

Deno.test("a goodbye after 'fine', 'no', 'nah all good' or 'that's all' is only a goodbye", () => {
  for (
    const t of ["fine bye", "no thats all, bye", "nah all good, bye", "no it's fine, bye", "cya"]
  ) {
    assert.ok(onlyGoodbye(t), t);
  }
  for (const t of ["fine, cancel it", "no bye the way where is my order", "bye the shoes"]) {
    assert.ok(!onlyGoodbye(t), t);
  }
});
