/**
 * A dropped socket against the whole system: the page reconnects with last_seen and
 * shows exactly the stored conversation, nothing missing and nothing twice.
 */
import { chromiumMissing } from "../helpers/chromium.ts";
import { startTarget } from "./system.ts";
import { reconnect } from "./scenarios.ts";

Deno.test({
  name: "reconnect: after a dropped socket the page misses nothing and repeats nothing",
  ignore: chromiumMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using target = await startTarget();
    await reconnect(target);
  },
});
