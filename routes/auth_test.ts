import assert from "node:assert/strict";
import { SessionTokens } from "./auth.ts";
import { HttpProblem } from "./problem.ts";

Deno.test("session tokens: a remembered token still expires, a forged one is still refused", async () => {
  let now = Date.now();
  const tokens = new SessionTokens({ secret: "s".repeat(32), ttlS: 60, now: () => now });
  const token = await tokens.issue("sess-1");
  assert.equal(await tokens.verify(token), "sess-1");
  assert.equal(await tokens.verify(token), "sess-1", "the second check answers the same");
  const [h, p] = token.split(".");
  const forged = `${h}.${p}.${"A".repeat(43)}`;
  await assert.rejects(tokens.verify(forged), HttpProblem);
  const other = new SessionTokens({ secret: "t".repeat(32), ttlS: 60, now: () => now });
  await assert.rejects(other.verify(token), HttpProblem, "another secret does not trust it");
  now += 61_000;
  await assert.rejects(tokens.verify(token), HttpProblem, "expired even though remembered");
});
