/**
 * Chromium for browser tests: Debian's `chromium` driven by playwright-core, launched
 * headless with a temporary HOME, TMPDIR and profile that are removed afterwards.
 */
import { chromium } from "playwright-core";
import type { BrowserContext, Page } from "playwright-core";
import { findBinary, missing } from "./binaries.ts";

/** Whether browser tests must be skipped (prints why; throws under CI). */
export function chromiumMissing(): boolean {
  return missing("chromium");
}

/** Launch flags that work on these machines (see STACK_NOTES). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Options of `launchChromium`. */
export interface LaunchOptions {
  viewport?: { width: number; height: number };
}

/** A running browser context and its temporary folders. */
export interface Chromium extends AsyncDisposable {
  context: BrowserContext;
  /** Opens a new page (tab). */
  newPage(): Promise<Page>;
}

/** Launches Chromium with a persistent profile in a temporary folder. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<Chromium> {
  const executablePath = findBinary("chromium");
  if (!executablePath) throw new Error("Cannot launch Chromium: chromium is not on PATH");
  const root = await Deno.makeTempDir({ prefix: "support-mesh-chromium-" });
  const home = `${root}/home`;
  const tmp = `${root}/tmp`;
  await Deno.mkdir(home);
  await Deno.mkdir(tmp);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(`${root}/profile`, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { HOME: home, TMPDIR: tmp, PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin" },
      viewport: opts.viewport ?? { width: 1280, height: 820 },
      deviceScaleFactor: 1,
      locale: "en-GB",
      timezoneId: "UTC",
    });
  } catch (err) {
    await Deno.remove(root, { recursive: true }).catch(() => {});
    throw err;
  }
  return {
    context,
    newPage: () => context.newPage(),
    [Symbol.asyncDispose]: async () => {
      await context.close().catch(() => {});
      await Deno.remove(root, { recursive: true }).catch(() => {});
    },
  };
}

/** Where tests save screenshots (git-ignored). */
export const SCREENSHOT_DIR = new URL("../../out/screenshots/", import.meta.url);

/** Saves a full-page screenshot under `out/screenshots/<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await Deno.mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = new URL(`${name}.png`, SCREENSHOT_DIR).pathname;
  await Deno.mkdir(new URL(".", `file://${path}`), { recursive: true });
  await page.screenshot({ path, fullPage, animations: "disabled" });
  return path;
}
