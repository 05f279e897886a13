/**
 * The widget against the whole system: one script tag on a shop's page opens the store's
 * chat in an iframe when the shop's origin is allowed to frame it, and a page of any
 * other origin gets no chat (the browser refuses the frame).
 */
import { equal, ok } from "node:assert/strict";
import { chromiumMissing } from "../helpers/chromium.ts";
import { freePort } from "../helpers/binaries.ts";
import { startTarget, type SystemTarget } from "./system.ts";
import { widget } from "./scenarios.ts";

/** Opens the widget on a page of an origin the gateway does not allow; returns what happened. */
async function refusedElsewhere(t: SystemTarget): Promise<{ url: string; console: string[] }> {
  const shop = Deno.serve(
    { port: 0, hostname: "127.0.0.1", onListen: () => {} },
    () =>
      new Response(
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title></head>
<body><h1>Not a shop of ours</h1><script src="${t.url}/widget.js" defer></script></body></html>`,
        { headers: { "content-type": "text/html; charset=utf-8" } },
      ),
  );
  try {
    const page = await t.browser.newPage();
    const console: string[] = [];
    page.on("console", (m) => console.push(m.text()));
    await page.goto(`http://localhost:${(shop.addr as Deno.NetAddr).port}/`);
    await page.getByRole("button", { name: "Open support chat" }).click();
    await page.locator("iframe[title='Support chat']").waitFor({ state: "attached" });
    // The frame's document becomes the browser's error page, not our chat.
    let url = "";
    for (let i = 0; i < 100 && !url.startsWith("chrome-error:"); i++) {
      await page.waitForTimeout(100);
      url = page.frames().find((f) => f !== page.mainFrame())?.url() ?? "";
    }
    await page.close();
    return { url, console };
  } finally {
    await shop.shutdown();
  }
}

Deno.test({
  name: "widget: the chat opens on an allowed shop's page and is refused on any other",
  ignore: chromiumMissing(),
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const shopPort = freePort();
    await using target = await startTarget({ CORS_ORIGINS: `http://localhost:${shopPort}` });
    await widget(target, shopPort);
    const refused = await refusedElsewhere(target);
    equal(refused.url.startsWith("chrome-error:"), true, `frame loaded ${refused.url}`);
    ok(
      refused.console.some((m) => /frame-ancestors/.test(m)),
      `the browser names frame-ancestors: ${refused.console.join(" | ")}`,
    );
  },
});
