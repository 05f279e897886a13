import assert from "node:assert/strict";
import type { IntentRequest } from "../../shared/protocol.ts";
import { ownVariantSlip, withOwnVariantSlip } from "./own_variant_slip.ts";

function req(intent: IntentRequest["intent"], text: string, start: number): IntentRequest {
  return { intent, confidence: 0.8, text, start, end: start + text.length };
}

Deno.test("a size or colour the shopper ordered wrong is their own slip", () => {
  for (
    const t of [
      "hi, ordered wrong size shoes lol. 8.5 instead of 9. fixable?",
      "I ordered the wrong size trail shoes, can you help",
      "my mistake, I picked the wrong colour on the shoes",
      "I chose the wrong size for the running shoes",
      "bought a 9 instead of a 9.5",
    ]
  ) assert.ok(ownVariantSlip(t), t);
  for (
    const t of [
      "I ordered a size 9 but got an 8",
      "you sent the wrong size",
      "I got the wrong size shoes",
      "the frother came in the wrong colour",
    ]
  ) assert.ok(!ownVariantSlip(t), t);
});

Deno.test("the slip is one change with the whole message, no delivery problem beside it", () => {
  const text = "hi, ordered wrong size shoes lol. 8.5 instead of 9. fixable?";
  const out = withOwnVariantSlip(text, [
    req("modify_order", "8.5 instead of 9", 34),
    req("delivery_problem", "hi, ordered wrong size shoes lol", 0),
  ]);
  assert.equal(out.length, 1);
  assert.equal(out[0].intent, "modify_order");
  assert.equal(out[0].text, text);
  // Told alone, it is a change of that line.
  const alone = "I ordered the wrong size shoes";
  assert.equal(
    withOwnVariantSlip(alone, [req("delivery_problem", alone, 0)])[0].intent,
    "modify_order",
  );
  // Goods that came wrong stay the order's trouble.
  const came = "I ordered a 9 but got an 8";
  assert.equal(
    withOwnVariantSlip(came, [req("delivery_problem", came, 0)])[0].intent,
    "delivery_problem",
  );
});

Deno.test("another size asked by its number is a change of that line, not an unsure question", () => {
  const text = "ok and can i swap mine in 1003 for a 9.5 then";
  const out = withOwnVariantSlip(text, [req("other", text, 0)]);
  assert.equal(out[0].intent, "return_item");
  // A count with no "a" before it is no size.
  const count = "can i change it to 3 bottles";
  assert.equal(withOwnVariantSlip(count, [req("other", count, 0)])[0].intent, "other");
});
