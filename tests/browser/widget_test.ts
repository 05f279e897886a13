/**
 * The widget against the whole system: one script tag on a third-party page opens the
 * store's chat in an iframe.
 */
import { chromiumMissing } from "../helpers/chromium.ts";
import { startTarget } from "./system.ts";
import { widget } from "./scenarios.ts";

Deno.test({
  name: "widget: the script tag opens the chat on a plain third-party page",
  ignore: chromiumMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using target = await startTarget();
    await widget(target);
  },
});
