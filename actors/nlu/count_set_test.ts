import assert from "node:assert/strict";
import { countSet } from "./count_set.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const read = (text: string, intent: "other" | "deny" | "small_talk" | "cancel_order" = "other") => {
  const r = intentOf(intent, text);
  return countSet(
    { ...r, entities: { ...r.entities, item_refs: [{ text: "the x", name: "x", sku: null }] } },
    text,
  );
};

Deno.test("a count of named goods set is a change of items, however it is placed", () => {
  for (
    const t of [
      "and can I get the mice down to one as well",
      "I only need one air fryer, not three",
      "same for the mice, just one",
      "can you reduce the bottles to 2",
    ]
  ) {
    assert.equal(read(t, "deny")?.intent, "modify_order", t);
  }
});

Deno.test("no count set, no goods named, or a request placed already: left as read", () => {
  assert.equal(read("I don't need one"), null);
  assert.equal(read("cancel it, I only need one", "cancel_order"), null);
  const r = intentOf("other", "get it down to one");
  assert.equal(
    countSet(
      { ...r, entities: { ...r.entities, item_refs: [], products: [] } },
      "get it down to one",
    ),
    null,
  );
});

Deno.test("'take one off' of named goods is a change of items too", () => {
  assert.equal(
    read("and the water bottles on my other order, take one off")?.intent,
    "modify_order",
  );
  assert.equal(read("remove one of the pillows pls")?.intent, "modify_order");
});
