import assert from "node:assert/strict";
import { sameSecret, SessionTokens } from "./auth.ts";
import { HttpProblem } from "./problems.ts";

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

Deno.test("secrets compare equal only when equal, whatever their lengths", () => {
  const token = "a3f9c2d4e5b6a7980123456789abcdef";
  assert.ok(sameSecret(token, token));
  assert.ok(sameSecret(token, String(token)));
  for (const other of ["", "a", token.slice(1), `${token}x`, token.toUpperCase(), "é".repeat(32)]) {
    assert.equal(sameSecret(other, token), false, other);
    assert.equal(sameSecret(token, other), false, other);
  }
  assert.ok(sameSecret("", ""));
  assert.ok(sameSecret("é✓", "é✓"));
});
