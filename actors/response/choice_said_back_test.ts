import assert from "node:assert/strict";
import type { PendingAction } from "../../shared/protocol.ts";
import { choiceSaidBack } from "./choice_said_back.ts";

const waiting = (type: "refund" | "replacement" | "cancel_order") =>
  ({ action: { type, order_id: "ORD-3002" } }) as unknown as PendingAction;
const BESIDE = "I can refund 349.00 USD… If you'd rather have a new one, I can send a " +
  "replacement free of charge instead — just say so.";

Deno.test("the remedy that waits, named alone, is said back as the choice (was 'not sure whether that's a yes or a no')", () => {
  for (const t of ["refund", "a refund I guess", "uh the refund", "refund i suppose"]) {
    assert.match(
      choiceSaidBack(t, waiting("refund"), BESIDE)!,
      /^The refund, then, rather than a replacement/,
      t,
    );
  }
  assert.match(
    choiceSaidBack("uh replacement", waiting("replacement"), BESIDE)!,
    /^A replacement, then, rather than the refund/,
  );
  // No other remedy offered: the choice alone.
  assert.equal(
    choiceSaidBack("refund", waiting("refund"), "I can refund 428.00 USD."),
    "The refund, then — just to be sure before I do it:",
  );
  // The other remedy named, more words, or another change: not this.
  assert.equal(choiceSaidBack("replacement", waiting("refund"), BESIDE), null);
  assert.equal(choiceSaidBack("refund, and where is my vacuum", waiting("refund"), BESIDE), null);
  assert.equal(choiceSaidBack("refund", waiting("cancel_order"), BESIDE), null);
});
