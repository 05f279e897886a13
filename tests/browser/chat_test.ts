/**
 * The chat page against the whole system: order status with live progress, and a
 * cancellation confirmed from the page.
 */
import { chromiumMissing } from "../helpers/chromium.ts";
import { startTarget } from "./system.ts";
import { cancellation, orderStatus } from "./scenarios.ts";

const ignore = chromiumMissing();
const opts = { ignore, sanitizeOps: false, sanitizeResources: false };

Deno.test({
  name: "chat: Sarah sees where ORD-1001 is, with progress while the mesh works",
  ...opts,
  async fn() {
    await using target = await startTarget();
    await orderStatus(target);
  },
});

Deno.test({
  name: "chat: Sarah cancels ORD-1003 by clicking Yes on the confirmation",
  ...opts,
  async fn() {
    await using target = await startTarget();
    await cancellation(target);
  },
});
