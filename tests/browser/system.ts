/**
 * Starts the whole system for a browser test: in-process bus, a temporary data folder,
 * the demo store on a free port, and a Chromium; both are disposed of after the test.
 */
import { startSystem } from "../../system/start.ts";
import { loadConfig } from "../../shared/config.ts";
import { type Chromium, launchChromium } from "../helpers/chromium.ts";
import type { Target } from "./scenarios.ts";

/** The agent token the system is started with. */
export const AGENT_TOKEN = "test-agent";

/** A running system with a browser, as a scenario target. */
export interface SystemTarget extends Target, AsyncDisposable {}

/** Starts the system (with `env` over the test defaults) and a browser. */
export async function startTarget(env: Record<string, string> = {}): Promise<SystemTarget> {
  const dataDir = await Deno.makeTempDir({ prefix: "support-mesh-browser-" });
  const system = await startSystem({
    config: loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      BUS: "in_process",
      DATA_DIR: dataDir,
      AGENT_TOKEN: AGENT_TOKEN,
      MOCKS_PORT: "0",
      LOG_LEVEL: "error",
      // The scenarios sign in again and again from one browser.
      RATE_LIMIT_NEW_SESSIONS_IP: "100000",
      RATE_LIMIT_NEW_SESSIONS_EMAIL: "100000",
      ...env,
    }),
  });
  let browser: Chromium;
  try {
    browser = await launchChromium();
  } catch (err) {
    await system.stop();
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    throw err;
  }
  return {
    url: system.url!,
    agentToken: AGENT_TOKEN,
    browser,
    shots: "",
    [Symbol.asyncDispose]: async () => {
      await browser[Symbol.asyncDispose]();
      await system.stop();
      await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    },
  };
}
