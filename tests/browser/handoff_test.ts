/**
 * A handoff against the whole system: it appears in the agent console, the agent claims
 * it and writes, and the reply reaches the shopper's page live. Also screenshots the
 * console and its analytics.
 */
import { chromiumMissing } from "../helpers/chromium.ts";
import { startTarget } from "./system.ts";
import { handoff } from "./scenarios.ts";

Deno.test({
  name: "handoff: Emma's complaint reaches the agent console and the agent's reply reaches her",
  ignore: chromiumMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using target = await startTarget();
    await handoff(target);
  },
});
