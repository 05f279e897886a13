/**
 * Rate limits: a burst over the per-session limit is held back with 429 + Retry-After
 * while another session is served; a burst over the per-address limit likewise while
 * another address is served.
 */
import assert from "node:assert/strict";
import { startTestSystem } from "./helpers/system.ts";
import { printFigures } from "./helpers/reliability.ts";
import { windowResetMs } from "../shared/store/types.ts";

const opts = { sanitizeOps: false, sanitizeResources: false };

/** Limits count per fixed minute: start a burst early in one, so it does not straddle two. */
async function startOfWindow(): Promise<void> {
  const left = windowResetMs(60_000);
  if (left < 20_000) await new Promise((r) => setTimeout(r, left + 50));
}

async function check429(res: Response): Promise<number> {
  assert.equal(res.status, 429);
  assert.match(res.headers.get("content-type") ?? "", /^application\/problem\+json/);
  const retry = Number(res.headers.get("retry-after"));
  assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
  const body = await res.json();
  assert.match(body.detail, /limit/);
  return retry;
}

Deno.test({
  name: "rate limit: a burst over the per-session limit gets 429s while another session is served",
  ...opts,
  async fn() {
    const LIMIT = 5;
    await using t = await startTestSystem({
      env: { RATE_LIMIT_SESSION: String(LIMIT), RATE_LIMIT_IP: "100000" },
    });
    const noisy = await t.session("sarah.chen@example.com");
    const quiet = await t.session("mike.johnson@example.com");
    await startOfWindow();
    const burst = await Promise.all(
      Array.from({ length: 4 * LIMIT }, (_, i) => noisy.post({ message: `Hello number ${i}` })),
    );
    const statuses = burst.map((r) => r.status);
    const limited = burst.filter((r) => r.status === 429);
    for (const r of limited) await check429(r);
    for (const r of burst.filter((r) => r.status !== 429)) await r.body?.cancel();
    assert.equal(statuses.filter((s) => s === 200 || s === 202).length, LIMIT, String(statuses));
    assert.equal(limited.length, 3 * LIMIT);
    const served = await quiet.post({ message: "Where is my order ORD-2001?" });
    assert.equal(served.status, 200, "another session is served meanwhile");
    assert.match((await served.json()).reply, /ORD-2001/);
    // The held-back session's history holds exactly the turns that were let in.
    const history = await fetch(`${t.url}/api/conversations/${noisy.sessionId}`, {
      headers: { authorization: `Bearer ${noisy.token}` },
    }).then((r) => r.json());
    const customer = history.messages.filter((m: { role: string }) => m.role === "customer");
    assert.equal(customer.length, LIMIT);
    printFigures({
      suite: "rate_limit",
      scope: "per-session",
      limit: LIMIT,
      burst: burst.length,
      accepted: LIMIT,
      limited: limited.length,
      other_session: served.status,
    });
  },
});

Deno.test({
  name: "rate limit: a burst over the per-address limit gets 429s while another address is served",
  ...opts,
  async fn() {
    const LIMIT = 20;
    await using t = await startTestSystem({
      env: { RATE_LIMIT_IP: String(LIMIT), RATE_LIMIT_SESSION: "100000" },
    });
    // In-process requests carry no socket: the gateway reads the address from x-test-client.
    const from = (address: string, path: string, init: RequestInit = {}) =>
      t.system.fetch(
        new Request(`http://gateway${path}`, {
          ...init,
          headers: { ...init.headers, "x-test-client": address },
        }),
      );
    const session = (address: string) =>
      from(address, "/api/sessions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "emma.wilson@example.com" }),
      });
    await startOfWindow();
    const burst = await Promise.all(Array.from({ length: 2 * LIMIT }, () => session("10.0.0.1")));
    const limited = burst.filter((r) => r.status === 429);
    for (const r of limited) await check429(r);
    for (const r of burst.filter((r) => r.status !== 429)) await r.body?.cancel();
    assert.equal(burst.filter((r) => r.status === 201).length, LIMIT);
    assert.equal(limited.length, LIMIT);
    const other = await session("10.0.0.2");
    assert.equal(other.status, 201, "another address is served meanwhile");
    const { token } = await other.json();
    const chat = await from("10.0.0.2", "/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ message: "Where is ORD-3001?" }),
    });
    assert.equal(chat.status, 200);
    await chat.body?.cancel();
    // Over real sockets too: the loopback address is limited like any other.
    const real = await Promise.all(
      Array.from(
        { length: LIMIT + 5 },
        () => fetch(`${t.url}/api/conversations/x`, { headers: { authorization: "Bearer x" } }),
      ),
    );
    const realLimited = real.filter((r) => r.status === 429).length;
    for (const r of real) await r.body?.cancel();
    assert.ok(realLimited >= 5, `loopback burst limited (${realLimited})`);
    printFigures({
      suite: "rate_limit",
      scope: "per-address",
      limit: LIMIT,
      burst: burst.length,
      accepted: LIMIT,
      limited: limited.length,
      other_address: other.status,
      loopback_limited: realLimited,
    });
  },
});
