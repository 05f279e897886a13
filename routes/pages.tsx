/**
 * The gateway's pages: the chat (`/`, `/?embed=1`), the embeddable widget script
 * (`/widget.js`), the agent console (`/agent`), static files (`/static/*`) and the API
 * docs (`/docs`). Pages are rendered with Preact on the server; islands are bundled on
 * first need (or at start-up) and hydrated in the browser.
 */
import { Hono } from "hono";
import type { Context } from "hono";
import { renderToString } from "preact-render-to-string";
import type { VNode } from "preact";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import {
  DEFAULT_OUT_DIR,
  freshManifest,
  type IslandsManifest,
} from "../shared/islands_manifest.ts";
import { Document, Island } from "../components/document.tsx";
import { SiteFooter, SiteHeader } from "../components/site_header.tsx";
import { ChatApp } from "../islands/chat/chat_app.tsx";
import { AgentConsole } from "../islands/agent/agent_console.tsx";
import { safeJoin, serveFile } from "./pages/static_files.ts";
import { docsRoutes } from "./pages/docs.ts";

/** Options of `pageRoutes`. */
export interface PageRoutesOptions {
  config: Config;
  log: Logger;
  /** Folder of static files (default `static/` of the project). */
  staticDir?: string;
  /** Folder of the browser bundles (default `static/build/`). */
  buildDir?: string;
  /**
   * The current bundles: `main.ts` and `dev.ts` pass one that builds them when missing or
   * stale. Default: the manifest already in `buildDir`, never a build (no bundler here).
   */
  islands?: (buildDir: string) => Promise<IslandsManifest | null>;
}

const STATIC_DIR = fileURLToPath(new URL("../static/", import.meta.url));

function html(c: Context, page: VNode): Response {
  return c.html(`<!DOCTYPE html>${renderToString(page)}`, 200, {
    "cache-control": "no-cache",
  });
}

/** The routes of the pages, static files and docs. */
export function pageRoutes(opts: PageRoutesOptions): Hono {
  const staticDir = opts.staticDir ?? STATIC_DIR;
  const buildDir = opts.buildDir ?? DEFAULT_OUT_DIR;
  const log = opts.log.child({ component: "pages" });
  let bundles: Promise<IslandsManifest> | null = null;

  /** The current bundles, built once when missing or stale; a failed build is retried. */
  function islands(): Promise<IslandsManifest | null> {
    bundles ??= (opts.islands ?? freshManifest)(buildDir).then((m) => {
      if (!m) throw new Error("no fresh bundles in " + buildDir);
      log.debug("Islands ready", { version: m.version, ms: m.ms });
      return m;
    });
    return bundles.catch((err) => {
      bundles = null;
      log.error("Cannot build the islands", { error: String(err) });
      return null;
    });
  }

  const app = new Hono();
  const maxChars = opts.config.MAX_MESSAGE_CHARS;

  app.get("/", async (c) => {
    const embed = c.req.query("embed") === "1";
    const version = (await islands())?.version ?? "0";
    const props = { embed, maxChars };
    const chat = (
      <Island id="chat-root" props={props} class="chat-root">
        <ChatApp {...props} />
      </Island>
    );
    return html(
      c,
      <Document
        title="Support · Support Mesh demo store"
        description="Chat with the Support Mesh demo store's support assistant."
        assetVersion={version}
        scripts={["chat"]}
        bodyClass={embed ? "page page--embed" : "page page--chat"}
      >
        {embed ? <main class="embed-main">{chat}</main> : (
          <>
            <a href="#chat-root" class="skip-link">Skip to the chat</a>
            <SiteHeader subtitle="Customer support" />
            <main class="chat-main">
              <h1 class="sr-only">Customer support chat</h1>
              {chat}
            </main>
            <SiteFooter />
          </>
        )}
      </Document>,
    );
  });

  app.get("/agent", async (c) => {
    const version = (await islands())?.version ?? "0";
    return html(
      c,
      <Document
        title="Agent console · Support Mesh"
        assetVersion={version}
        scripts={["agent"]}
        bodyClass="page page--agent"
      >
        <SiteHeader
          subtitle="Agent console"
          links={[{ href: "/", label: "Chat" }, { href: "/docs", label: "API docs" }]}
        />
        <main class="agent-main">
          <h1 class="sr-only">Agent console</h1>
          <Island id="agent-root" class="agent-root">
            <AgentConsole />
          </Island>
        </main>
      </Document>,
    );
  });

  app.get("/widget.js", async (c) => {
    await islands();
    const res = await serveFile(c.req.raw, join(buildDir, "widget.js"), {
      maxAge: 300,
      // Shops load it from their own pages.
      headers: {
        "cross-origin-resource-policy": "cross-origin",
        "access-control-allow-origin": "*",
      },
    });
    return res ?? c.text("widget.js is not built", 503);
  });

  app.get("/static/*", async (c) => {
    const rel = c.req.path.slice("/static/".length);
    const inBuild = rel.startsWith("build/");
    if (inBuild) await islands();
    const path = inBuild
      ? safeJoin(buildDir, rel.slice("build/".length))
      : safeJoin(staticDir, rel);
    if (!path) return c.notFound();
    const res = await serveFile(c.req.raw, path, { immutable: c.req.query("v") !== undefined });
    return res ?? c.notFound();
  });

  app.route("/", docsRoutes({ staticDir }));
  return app;
}
