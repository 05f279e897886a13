/** The privacy rule answers a question about another person's orders, not a slip taken back. */
import assert from "node:assert/strict";
import { someoneElsesReply } from "./someone_else.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import type { TurnView } from "./view.ts";

const TEXT = "oh wait thats my husband's account. nvm. where are my headphones";
const view = (text: string, requestText: string) =>
  ({
    text,
    guest: false,
    name: "Sarah",
    intent: "order_status",
    context: { ...castContext("sarah"), order_lookup: "none" },
    entities: { order_ids: [], order_refs: [], products: [] },
    requests: [{
      intent: "order_status",
      confidence: 0.8,
      text: requestText,
      start: text.length - requestText.length,
      end: text.length,
    }],
  }) as unknown as TurnView;

Deno.test("'thats my husband's account. nvm. where are my headphones' is about her own", () => {
  assert.equal(someoneElsesReply(view(TEXT, "where are my headphones"), "neutral"), null);
  const asked = "show me my husband's orders";
  assert.notEqual(someoneElsesReply(view(asked, asked), "neutral"), null);
});
