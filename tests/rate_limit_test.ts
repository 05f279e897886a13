/**
 * Rate limits: a burst over the per-session limit is held back with 429 + Retry-After
 * while another session is served; a burst over the per-address limit likewise while
 * another address is served; new sessions are limited per address and per email, so a
 * fresh session does not reset the turn limit.
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

Deno.test({
  name:
    "rate limit: new sessions are limited per address and per email, so new sessions cannot reset the turn limit",
  ...opts,
  async fn() {
    const PER_IP = 6;
    const PER_EMAIL = 4;
    const TURNS = 2;
    await using t = await startTestSystem({
      env: {
        RATE_LIMIT_NEW_SESSIONS_IP: String(PER_IP),
        RATE_LIMIT_NEW_SESSIONS_EMAIL: String(PER_EMAIL),
        RATE_LIMIT_SESSION: String(TURNS),
      },
    });
    const from = (address: string, path: string, init: RequestInit & { token?: string }) =>
      t.system.fetch(
        new Request(`http://gateway${path}`, {
          ...init,
          headers: {
            "content-type": "application/json",
            "x-test-client": address,
            ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          },
        }),
      );
    const session = (address: string, email: string) =>
      from(address, "/api/sessions", { method: "POST", body: JSON.stringify({ email }) });
    await startOfWindow();

    // One address, a new email each time: PER_IP sessions, then 429s.
    const oneAddress = await Promise.all(
      Array.from({ length: 2 * PER_IP }, (_, i) => session("10.1.0.1", `burst${i}@example.org`)),
    );
    const addressLimited = oneAddress.filter((r) => r.status === 429);
    for (const r of addressLimited) {
      await check429(r.clone());
      assert.match((await r.json()).detail, /^Cannot start a session: .*new-sessions-per-address/);
    }
    for (const r of oneAddress.filter((r) => r.status !== 429)) await r.body?.cancel();
    assert.equal(oneAddress.filter((r) => r.status === 201).length, PER_IP);
    assert.equal(addressLimited.length, PER_IP);

    // One email, a new address each time: PER_EMAIL sessions, then 429s.
    const oneEmail = await Promise.all(
      Array.from(
        { length: 2 * PER_EMAIL },
        (_, i) => session(`10.2.0.${i}`, "sarah.chen@example.com"),
      ),
    );
    const emailLimited = oneEmail.filter((r) => r.status === 429);
    for (const r of emailLimited) {
      await check429(r.clone());
      assert.match((await r.json()).detail, /new-sessions-per-email/);
    }
    const started = oneEmail.filter((r) => r.status === 201);
    assert.equal(started.length, PER_EMAIL);
    assert.equal(emailLimited.length, PER_EMAIL);
    // The same email written otherwise is the same shopper.
    const variant = await session("10.2.1.1", "  Sarah.Chen@EXAMPLE.com ");
    assert.equal(variant.status, 429, "a variant of the email is counted with it");
    await variant.body?.cancel();

    // The turn limit holds across the sessions that were let in: at most PER_EMAIL × TURNS.
    const tokens: string[] = await Promise.all(started.map(async (r) => (await r.json()).token));
    let accepted = 0;
    for (const [i, token] of tokens.entries()) {
      for (let k = 0; k < TURNS + 2; k++) {
        const r = await from(`10.2.0.${i}`, "/api/chat", {
          method: "POST",
          token,
          body: JSON.stringify({ message: `Hello number ${k}` }),
        });
        if (r.status === 200 || r.status === 202) accepted++;
        else assert.equal(r.status, 429);
        await r.body?.cancel();
      }
    }
    assert.equal(accepted, PER_EMAIL * TURNS);

    // Meanwhile another shopper from another address is served.
    const other = await session("10.3.0.1", "mike.johnson@example.com");
    assert.equal(other.status, 201, "another shopper is served meanwhile");
    await other.body?.cancel();
    printFigures({
      suite: "rate_limit",
      scope: "new-sessions",
      per_address_limit: PER_IP,
      per_email_limit: PER_EMAIL,
      address_burst: oneAddress.length,
      address_limited: addressLimited.length,
      email_burst: oneEmail.length,
      email_limited: emailLimited.length,
      turns_accepted_for_one_email: accepted,
      other_shopper: other.status,
    });
  },
});
