import assert from "node:assert/strict";
import { agentTokenPath, checkSharedSecrets, resolveAgentToken } from "./secrets.ts";
import { createLogger } from "../shared/log.ts";

function collectingLogger() {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: createLogger({ sink: (l) => lines.push(JSON.parse(l)) }) };
}

Deno.test("a generated agent token is kept under DATA_DIR (0600), logged once and reused after a restart", async () => {
  const dir = await Deno.makeTempDir({ prefix: "agent_token_" });
  try {
    const first = collectingLogger();
    const token = await resolveAgentToken({ DATA_DIR: dir }, first.log);
    assert.match(token, /^[0-9a-f]{32}$/);
    assert.equal(first.lines.filter((l) => l.agent_token === token).length, 1, "logged once");
    const info = await Deno.stat(agentTokenPath({ DATA_DIR: dir }));
    assert.equal(info.mode! & 0o777, 0o600, "only the owner reads it");

    const second = collectingLogger();
    assert.equal(await resolveAgentToken({ DATA_DIR: dir }, second.log), token, "the same token");
    assert.ok(second.lines.every((l) => l.agent_token === undefined), "not logged again");

    const configured = await resolveAgentToken(
      { DATA_DIR: dir, AGENT_TOKEN: "from-the-environment" },
      second.log,
    );
    assert.equal(configured, "from-the-environment", "AGENT_TOKEN wins over the kept one");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("two gateways starting together on one DATA_DIR end up with one agent token", async () => {
  const dir = await Deno.makeTempDir({ prefix: "agent_token_" });
  try {
    const { log } = collectingLogger();
    const tokens = await Promise.all(
      Array.from({ length: 4 }, () => resolveAgentToken({ DATA_DIR: dir }, log)),
    );
    assert.equal(new Set(tokens).size, 1, tokens.join(" "));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("with REQUIRE_SHARED_SECRETS a gateway refuses to start without the shared secrets, naming each", () => {
  const strong = { SESSION_SECRET: "s".repeat(32), AGENT_TOKEN: "a".repeat(16) };
  assert.doesNotThrow(() => checkSharedSecrets({ REQUIRE_SHARED_SECRETS: true, ...strong }));
  assert.doesNotThrow(() => checkSharedSecrets({ REQUIRE_SHARED_SECRETS: false }), "off: no check");
  assert.throws(
    () => checkSharedSecrets({ REQUIRE_SHARED_SECRETS: true }),
    /REQUIRE_SHARED_SECRETS is on and SESSION_SECRET is not set, AGENT_TOKEN is not set/,
  );
  assert.throws(
    () => checkSharedSecrets({ REQUIRE_SHARED_SECRETS: true, ...strong, SESSION_SECRET: "short" }),
    /SESSION_SECRET is shorter than 32 characters/,
  );
  assert.throws(
    () => checkSharedSecrets({ REQUIRE_SHARED_SECRETS: true, ...strong, AGENT_TOKEN: "" }),
    /AGENT_TOKEN is not set/,
    "an empty value (a Secret's placeholder) counts as missing",
  );
});
