/**
 * `deno task nlu "<text>"`: prints the sentiment and intent enrichments of one message as
 * JSON. `--pending` reads it as the answer to a pending confirmation; `--last-order ORD-1`
 * sets the order named earlier. Uses the LLM when `LLM_BASE_URL` is set.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../shared/config.ts";
import { createLlm } from "../shared/llm.ts";
import { readMessage } from "./read_message.ts";

const { values, positionals } = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: { pending: { type: "boolean" }, "last-order": { type: "string" } },
});
const text = positionals.join(" ");
if (text.trim() === "") {
  // deno-lint-ignore no-console
  console.error('usage: deno task nlu [--pending] [--last-order ORD-1001] "<text>"');
  Deno.exit(2);
}
const config = loadConfig();
const pending = values.pending
  ? {
    id: "cli",
    action: {
      type: "cancel_order" as const,
      order_id: null,
      params: {},
      requires_confirmation: true,
    },
    proposed_in: "cli",
    expires_at: new Date(Date.now() + 60_000).toISOString(),
    summary: "the proposed change",
  }
  : null;
const result = await readMessage(text, {
  deps: { llm: createLlm(config), config },
  session: { pending_action: pending, last_order_id: values["last-order"] ?? null },
});
// deno-lint-ignore no-console
console.log(JSON.stringify(result, null, 2));
