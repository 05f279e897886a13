/**
 * The conversation suite of issue 15: every conversation in tests/conversations/ played
 * against a whole system and judged by its replies and the store's ledger, one test step per
 * conversation. CI runs it on the in-process bus; `CONVERSATION_BUS=jetstream` (or `both`)
 * runs it on a real nats-server too. `CONVERSATION_ONLY=<text>` plays only the conversations
 * whose name contains the text. Conversations marked `pending` are skipped (counted apart).
 */
import { startTestSystem, type SystemBus } from "./helpers/system.ts";
import { parseConversations, playConversation } from "./helpers/conversation_run.ts";
import { findBinary } from "./helpers/binaries.ts";
import { CONVERSATIONS } from "./conversations/mod.ts";

const conversations = parseConversations(CONVERSATIONS);
const only = Deno.env.get("CONVERSATION_ONLY");
const choice = Deno.env.get("CONVERSATION_BUS") ?? "in_process";
const buses: SystemBus[] = choice === "both"
  ? ["in_process", "jetstream"]
  : choice === "jetstream"
  ? ["jetstream"]
  : ["in_process"];

Deno.test("the conversation suite has at least 60 conversations of 3 to 10 turns", () => {
  if (conversations.length < 60) {
    throw new Error(`Only ${conversations.length} conversations`);
  }
  const names = new Set(conversations.map((c) => c.name));
  if (names.size !== conversations.length) throw new Error("Two conversations share a name");
});

for (const bus of buses) {
  const missing = bus === "jetstream" && !findBinary("nats-server");
  Deno.test({
    name: `[${bus}] conversation suite`,
    ignore: missing && Deno.env.get("CI") !== "true",
    sanitizeOps: false,
    sanitizeResources: false,
    async fn(ctx) {
      await using t = await startTestSystem({ bus });
      for (const conv of conversations) {
        const skip = conv.pending !== undefined ||
          (only !== undefined && !conv.name.includes(only));
        await ctx.step({
          name: conv.pending ? `${conv.name} [pending ${conv.pending.branch}]` : conv.name,
          ignore: skip,
          async fn() {
            await t.admin("/admin/reset", {});
            await t.system.sessions.cacheDeletePrefix("ctx:");
            await playConversation(t, conv);
          },
        });
      }
    },
  });
}
