/** A problem announced with an order and nothing said of it is no payment problem. */
import assert from "node:assert/strict";
import { readIntent } from "../../tests/fixtures/intent.ts";

const read = (text: string) => readIntent(text, { email: null, turn: 0 });

Deno.test("'i have a problem with my order' is a problem with an order, not with paying", async () => {
  for (
    const text of [
      "i have a problem with my order",
      "there's a problem with my order",
      "hi, i have an issue with an order",
      "problem with my order",
      "having some trouble with my recent order pls",
    ]
  ) {
    assert.equal((await read(text)).intent, "delivery_problem", text);
  }
  // A payment named, or more said, keeps its own reading.
  assert.equal((await read("i have a problem with my payment")).intent, "payment_issue");
  assert.equal(
    (await read("there's a problem with my order, i was charged twice")).intent,
    "payment_issue",
  );
});
