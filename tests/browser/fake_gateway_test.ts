/**
 * The page scenarios against the fake gateway: the chat, widget and console logic
 * without the mesh (fast; the same scenarios run against the whole system elsewhere).
 */
import { chromiumMissing, launchChromium } from "../helpers/chromium.ts";
import { startFakeGateway } from "./fake_gateway.ts";
import { cancellation, handoff, orderStatus, reconnect, type Target, widget } from "./scenarios.ts";

const ignore = chromiumMissing();

Deno.test({
  name:
    "pages work against the fake gateway: order status, confirmation, handoff, reconnect, widget",
  ignore,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    await using gateway = startFakeGateway({ stepMs: 60 });
    await using browser = await launchChromium();
    const target: Target = { url: gateway.url, agentToken: "test-agent", browser, shots: "fake/" };
    await Deno.mkdir(new URL("../../out/screenshots/fake/", import.meta.url), { recursive: true });
    await t.step("order status with progress", () => orderStatus(target));
    await t.step("cancellation confirmed from the page", () => cancellation(target));
    await t.step("handoff reaches the agent console and back", () => handoff(target));
    await t.step("a dropped socket misses nothing", () => reconnect(target));
    await t.step("the widget opens the chat on a third-party page", () => widget(target));
  },
});
