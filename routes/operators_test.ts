import assert from "node:assert/strict";
import { isLoopback, operatorRefusal } from "./operators.ts";

const TOKEN = "metrics-token-0123456789";

function req(address: string, headers: Record<string, string> = {}) {
  const h = new Headers(headers);
  return { authorization: h.get("authorization"), address, headers: h };
}

Deno.test("operators: with a token, only its bearer gets through, from anywhere", () => {
  assert.equal(operatorRefusal(TOKEN, req("10.1.2.3", { authorization: `Bearer ${TOKEN}` })), null);
  assert.equal(operatorRefusal(TOKEN, req("127.0.0.1")), "no_token", "loopback needs it too");
  assert.equal(
    operatorRefusal(TOKEN, req("10.1.2.3", { authorization: "Bearer nope" })),
    "wrong_token",
  );
  assert.equal(
    operatorRefusal(TOKEN, req("10.1.2.3", { authorization: `Bearer ${TOKEN}x` })),
    "wrong_token",
  );
  assert.equal(operatorRefusal(TOKEN, req("10.1.2.3", { authorization: TOKEN })), "no_token");
});

Deno.test("operators: without a token, loopback only, and never through a proxy", () => {
  for (const a of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "local"]) {
    assert.equal(operatorRefusal(undefined, req(a)), null, a);
  }
  for (const a of ["10.0.0.7", "192.168.1.2", "::ffff:10.0.0.7", "fe80::1", "1270.0.0.1"]) {
    assert.equal(operatorRefusal(undefined, req(a)), "not_local", a);
  }
  for (const h of ["forwarded", "x-forwarded-for", "x-real-ip"]) {
    assert.equal(operatorRefusal(undefined, req("127.0.0.1", { [h]: "203.0.113.9" })), "not_local");
  }
  assert.ok(!isLoopback("128.0.0.1"));
});
