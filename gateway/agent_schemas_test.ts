import assert from "node:assert/strict";
import { finished, historyContract, inbound } from "../tests/helpers/history.ts";
import {
  AgentConversationResponse,
  AnalyticsResponse,
  analyticsResponse,
  turnSummary,
} from "./agent_schemas.ts";

// The agent console's types come from these schemas; both history adapters must hand out
// what they promise, or the console would read a shape its types do not describe.
historyContract("agent API schemas", [
  {
    name: "a conversation with its turns and the analytics parse with the agent API's schemas",
    async fn(h) {
      await using db = await h.open();
      await db.acceptInbound(inbound({ id: "m1" }));
      await db.recordTurn(finished({ id: "m1", handoff: { priority: "high" } }));
      await db.recordTurn(finished({ id: "m2" }));
      const conversation = await db.conversation("conv-1");
      const messages = await db.listMessages("conv-1");
      const turns = (await Promise.all(["m1", "m2", "none"].map((id) => db.getTurn(id))))
        .filter((t) => t !== null).map(turnSummary);
      const body = AgentConversationResponse.parse({ conversation, messages, turns });
      assert.deepEqual(body.turns.map((t) => t.message_id), ["m1", "m2"]);
      const empty = AnalyticsResponse.parse(
        analyticsResponse(await db.analytics({ since: "2100-01-01T00:00:00Z" })),
      );
      assert.equal(empty.turns_total, 0);
      const a = AnalyticsResponse.parse(analyticsResponse(await db.analytics()));
      assert.equal(a.turns_total, 2);
      assert.equal(a.handoffs, 1);
      assert.equal(a.handed_over_conversations, 1);
      assert.equal(
        a.resolution.conversations,
        a.resolution.without_human + a.handed_over_conversations,
      );
    },
  },
]);
