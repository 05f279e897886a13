/**
 * The gateway's own secrets: the agent token (kept under DATA_DIR when not configured, so a
 * restart, `deno task dev`'s included, keeps the console signed in) and the check that
 * gateways without a shared DATA_DIR are given the secrets every replica must share.
 */
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";

/** Shortest SESSION_SECRET a replicated gateway accepts (HS256: 256 bits as hex is 64). */
const MIN_SESSION_SECRET_CHARS = 32;
/** Shortest AGENT_TOKEN a replicated gateway accepts. */
const MIN_AGENT_TOKEN_CHARS = 16;

/**
 * With REQUIRE_SHARED_SECRETS: throws, naming every missing or short variable, unless the
 * secrets all gateways must share are set. Each replica would otherwise sign sessions with a
 * key of its own (a session opened on one refused by the others) and take another agent token.
 */
export function checkSharedSecrets(
  config: Pick<Config, "REQUIRE_SHARED_SECRETS" | "SESSION_SECRET" | "AGENT_TOKEN">,
): void {
  if (!config.REQUIRE_SHARED_SECRETS) return;
  const problems: string[] = [];
  const session = config.SESSION_SECRET ?? "";
  if (session.length < MIN_SESSION_SECRET_CHARS) {
    problems.push(
      session
        ? `SESSION_SECRET is shorter than ${MIN_SESSION_SECRET_CHARS} characters`
        : "SESSION_SECRET is not set",
    );
  }
  const agent = config.AGENT_TOKEN ?? "";
  if (agent.length < MIN_AGENT_TOKEN_CHARS) {
    problems.push(
      agent
        ? `AGENT_TOKEN is shorter than ${MIN_AGENT_TOKEN_CHARS} characters`
        : "AGENT_TOKEN is not set",
    );
  }
  if (problems.length) {
    throw new Error(
      `Cannot start the gateway: REQUIRE_SHARED_SECRETS is on and ${
        problems.join(", ")
      } (every replica must be given the same ones, e.g. from a Kubernetes Secret)`,
    );
  }
}

/** Where a generated agent token is kept. */
export function agentTokenPath(config: Pick<Config, "DATA_DIR">): string {
  return `${config.DATA_DIR}/agent_token`;
}

/**
 * The agent console's bearer token: AGENT_TOKEN, else the one kept under DATA_DIR, else a
 * new one written there (mode 0600) and logged once. When two processes start together on
 * one DATA_DIR, the first file written wins and both use it.
 */
export async function resolveAgentToken(
  config: Pick<Config, "AGENT_TOKEN" | "DATA_DIR">,
  log: Logger,
): Promise<string> {
  if (config.AGENT_TOKEN) return config.AGENT_TOKEN;
  const path = agentTokenPath(config);
  const kept = await readToken(path);
  if (kept) {
    log.info("No AGENT_TOKEN set: using the agent token kept under DATA_DIR", { path });
    return kept;
  }
  const token = crypto.randomUUID().replaceAll("-", "");
  await Deno.mkdir(config.DATA_DIR, { recursive: true });
  try {
    await Deno.writeTextFile(path, token, { mode: 0o600, createNew: true });
  } catch (err) {
    if (!(err instanceof Deno.errors.AlreadyExists)) throw err;
    const other = await readToken(path);
    if (other) return other;
    throw err;
  }
  log.info("No AGENT_TOKEN set: generated one for the agent console, kept under DATA_DIR", {
    agent_token: token,
    path,
  });
  return token;
}

async function readToken(path: string): Promise<string | null> {
  try {
    const token = (await Deno.readTextFile(path)).trim();
    return token.length >= MIN_AGENT_TOKEN_CHARS ? token : null;
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return null;
    throw err;
  }
}
