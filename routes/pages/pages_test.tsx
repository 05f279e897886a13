import { equal, match, ok } from "node:assert/strict";
import { pageRoutes } from "../pages.tsx";
import { loadConfig } from "../../shared/config.ts";
import { silentLogger } from "../../shared/log.ts";
import { ensureIslands } from "../../scripts/build_islands.ts";

const app = pageRoutes({
  config: loadConfig({}),
  log: silentLogger,
  islands: (outDir) => ensureIslands({ outDir }),
});

Deno.test("pages render the chat with its island, stylesheet and no inline script", async () => {
  const res = await app.request("/");
  equal(res.status, 200);
  const html = await res.text();
  match(html, /^<!DOCTYPE html>/);
  match(html, /id="chat-root"/);
  match(html, /Support Mesh demo store/);
  match(html, /<script src="\/static\/build\/chat\.js\?v=[0-9a-f]+" defer><\/script>/);
  match(html, /<link rel="stylesheet" href="\/static\/app\.css\?v=/);
  ok(!/<script>|<script [^>]*>[^<]/.test(html), "no inline script");
  ok(!/ on[a-z]+="/.test(html), "no inline event handlers");
  ok(!/<style/.test(html), "no style blocks");
  match(html, /sarah\.chen@example\.com/);
});

Deno.test("pages render the embed mode without the site chrome", async () => {
  const html = await (await app.request("/?embed=1")).text();
  match(html, /chat-app--embed/);
  ok(!html.includes("site-header"));
});

Deno.test("pages render the agent console", async () => {
  const html = await (await app.request("/agent")).text();
  match(html, /id="agent-root"/);
  match(html, /Agent token/);
  match(html, /\/static\/build\/agent\.js/);
});

Deno.test("pages serve the widget script with a cross-origin resource policy", async () => {
  const res = await app.request("/widget.js");
  equal(res.status, 200);
  match(res.headers.get("content-type") ?? "", /javascript/);
  equal(res.headers.get("cross-origin-resource-policy"), "cross-origin");
  match(await res.text(), /embed=1/);
});

Deno.test("pages serve static files with cache headers and refuse to leave the folder", async () => {
  const css = await app.request("/static/app.css?v=1");
  equal(css.status, 200);
  match(css.headers.get("cache-control") ?? "", /immutable/);
  const etag = css.headers.get("etag")!;
  await css.body?.cancel();
  const again = await app.request("/static/app.css", { headers: { "if-none-match": etag } });
  equal(again.status, 304);
  const plain = await app.request("/static/app.css");
  match(plain.headers.get("cache-control") ?? "", /max-age=300/);
  await plain.body?.cancel();
  equal((await app.request("/static/..%2f..%2fdeno.json")).status, 404);
  equal((await app.request("/static/build/chat.js")).status, 200);
});

Deno.test("pages serve Swagger UI from the gateway with a static initializer", async () => {
  const html = await (await app.request("/docs")).text();
  match(html, /\/docs\/swagger-ui-bundle\.js/);
  match(html, /\/static\/docs_init\.js/);
  ok(!/<script>/.test(html));
  const js = await app.request("/docs/swagger-ui-bundle.js");
  equal(js.status, 200);
  await js.body?.cancel();
  equal((await app.request("/docs/package.json")).status, 404);
  const init = await (await app.request("/static/docs_init.js")).text();
  match(init, /openapi\.json/);
});
