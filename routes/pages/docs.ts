/**
 * `/docs`: Swagger UI from the `swagger-ui-dist` package, served by the gateway itself
 * (no CDN) and started by a static initializer script (the CSP allows no inline script).
 */
import { Hono } from "hono";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { serveFile } from "./static_files.ts";

/** Files of swagger-ui-dist that `/docs` serves. */
const ASSETS = [
  "swagger-ui.css",
  "swagger-ui-bundle.js",
  "swagger-ui-standalone-preset.js",
  "favicon-32x32.png",
];

/** The folder of the swagger-ui-dist package. */
export function swaggerDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("swagger-ui-dist/package.json"));
}

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support Mesh API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="stylesheet" href="/static/docs.css">
<script src="/docs/swagger-ui-bundle.js" defer></script>
<script src="/docs/swagger-ui-standalone-preset.js" defer></script>
<script src="/static/docs_init.js" defer></script>
</head>
<body>
<div id="swagger-ui"><p class="docs-loading">Loading the API documentation…</p></div>
</body>
</html>
`;

/** Routes of `/docs`. */
export function docsRoutes(opts: { staticDir: string; dir?: string }): Hono {
  const app = new Hono();
  let dir: string | null = opts.dir ?? null;
  app.get("/docs", (c) => c.html(PAGE, 200, { "cache-control": "no-cache" }));
  app.get("/docs/", (c) => c.redirect("/docs", 301));
  app.get("/docs/:file", async (c) => {
    const file = c.req.param("file");
    if (!ASSETS.includes(file)) return c.notFound();
    dir ??= swaggerDir();
    // The package version is pinned in deno.json, so its files can be cached for a day.
    return (await serveFile(c.req.raw, join(dir, file), { maxAge: 86_400 })) ?? c.notFound();
  });
  return app;
}
