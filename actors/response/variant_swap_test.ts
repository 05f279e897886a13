/** Another size, colour or model of an item ordered is asked for, never a count of it. */
import assert from "node:assert/strict";
import { asksVariant } from "./variant_swap.ts";
import { MODEL } from "./items.ts";

Deno.test("another model of an item is a swap asked for, not a count", () => {
  for (
    const text of [
      "can i change the monitor to the 32 inch one",
      "can i swap my monitor for the bigger model",
      'hey is it possible to switch 2002 to a 34" monitor instead',
      "could you change it to the 24-inch one",
      "id like a newer version instead",
    ]
  ) {
    assert.ok(MODEL.test(text), text);
    assert.ok(asksVariant(text), text);
  }
});

Deno.test("the goods' own measure and a count are no other model", () => {
  for (
    const text of [
      "can i add another 27-inch monitor to 2002",
      "change the water bottles to 3",
      "make it 2 monitors",
      "what's the latest version of your app",
    ]
  ) assert.ok(!asksVariant(text), text);
});
