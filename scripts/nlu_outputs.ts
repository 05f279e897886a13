/**
 * `deno run -A scripts/nlu_outputs.ts [file.jsonl…]`: prints both NLU actors' enrichments
 * of every message of the labelled sets, one JSON line each, in three sessions (none; a
 * catalogue and an order named before; a cancellation waiting for a yes). Speed work on
 * the NLU diffs this output before and after: the same lines mean the same readings.
 */
import { parseLabelledLines } from "../actors/nlu/evaluate.ts";
import { sharedIntentClassifier } from "../actors/nlu/intent_model.ts";
import { sharedSentimentModel } from "../actors/nlu/sentiment_model.ts";
import type { PendingAction, SessionInfo } from "../shared/protocol.ts";
import { CATALOGUE } from "../mocks/catalogue.ts";
import { readMessage } from "./read_message.ts";

const DEFAULT_SETS = [
  "tests/data/nlu_test.jsonl",
  "tests/data/nlu_fresh.jsonl",
  "tests/data/banking77_heldout.jsonl",
  "tests/data/language_test.jsonl",
  "tests/data/confirmation_replies.jsonl",
  "tests/data/confirmation_replies_holdout.jsonl",
];
const now = new Date("2026-11-25T15:30:00Z");
const products = Object.values(CATALOGUE).flatMap((c) =>
  c.products.map(([name], i) => ({ sku: `${c.code}-${String(i + 1).padStart(3, "0")}`, name }))
);
const pending: PendingAction = {
  id: "p1",
  action: { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
  proposed_in: "m0",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "Cancel order ORD-1003",
};
const sessions: [string, Partial<SessionInfo>, boolean][] = [
  ["plain", {}, false],
  ["catalogue", { last_order_id: "ORD-1001" }, true],
  ["pending", { pending_action: pending }, false],
];

const classifier = sharedIntentClassifier();
const sentiment = sharedSentimentModel();
const files = Deno.args.length > 0 ? Deno.args : DEFAULT_SETS;
const out: string[] = [];
for (const file of files) {
  const lines = parseLabelledLines(await Deno.readTextFile(file));
  for (const [name, session, withCatalogue] of sessions) {
    const deps = { llm: null, classifier, sentiment, products: withCatalogue ? products : [] };
    for (const { text } of lines) {
      const r = await readMessage(text, { deps, session, now });
      out.push(JSON.stringify({ file, session: name, text, ...r }));
    }
  }
}
await Deno.stdout.write(new TextEncoder().encode(out.join("\n") + "\n"));
