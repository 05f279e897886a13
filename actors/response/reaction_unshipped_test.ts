import assert from "node:assert/strict";
import { reactionToUnshipped } from "./reaction_unshipped.ts";
import type { TurnView } from "./view.ts";

const view = (text: string, status: string, label = "positive") =>
  ({
    text,
    msgId: "m1",
    name: "Sarah",
    told: { order_id: "ORD-1003" },
    sentiment: { label, score: 0.5, signals: [] },
    context: { orders: [{ id: "ORD-1003", status }] },
  }) as unknown as TurnView;

Deno.test("'great, thanks' after an unshipped order's news is thanks, no parcel looked into", () => {
  const d = reactionToUnshipped(view("great, thanks", "processing"));
  assert.ok(d);
  assert.match(d.text, /You're welcome|Glad to help/);
  assert.doesNotMatch(d.text, /tracking|shipped/);
  assert.match(
    reactionToUnshipped(view("oh wonderful. just wonderful.", "pending", "negative"))!.text,
    /not the news/,
  );
});

Deno.test("after a shipped order's news, or a question, it is left to the delivery reply", () => {
  assert.equal(reactionToUnshipped(view("great, thanks", "shipped")), null);
  assert.equal(reactionToUnshipped(view("great, when will it ship?", "processing")), null);
});
