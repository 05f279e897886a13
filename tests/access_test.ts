/**
 * Access: nobody where they don't belong. A guest cannot act on orders; a customer can
 * neither see nor change another customer's orders — by order id, tracking number,
 * guessed session ids or a tampered token; the agent API wants the agent token; tokens
 * expire; a socket with a bad token is refused. No page but the widget's chat may be
 * framed, and that one only by the allowed shops; metrics and readiness details are for
 * operators; session creation is limited. Every refusal is a 401/403/429 problem+json.
 */
import assert from "node:assert/strict";
import { sign } from "hono/jwt";
import { startTestSystem, type TestSystem } from "./helpers/system.ts";
import { rawUpgrade } from "./helpers/raw_http.ts";
import { printFigures } from "./helpers/reliability.ts";
import { ACTIONS } from "../actors/execution/actions.ts";
import type { ChatReply } from "../gateway/replies.ts";

const SECRET = "access-test-session-secret-0123456789abcdef";

/** Mike's and Emma's orders: what Sarah must never read. */
const OTHERS = {
  orders: ["ORD-2001", "ORD-2002", "ORD-3001", "ORD-3002"],
  secrets: [
    /TRK8800002001|TRK8800003001|TRK8800003002/,
    /Mechanical Keyboard|27-inch 4K Monitor|Robot Vacuum|Stand Mixer/i,
    /FedEx|DHL/,
    /pending payment|carrier exception|no scan/i,
    /Mike|Emma|Johnson|Wilson/,
  ],
};

let checks = 0;

/** Asserts a problem+json answer with this status and a detail. */
async function assertProblem(res: Response, status: number, what: string): Promise<void> {
  checks++;
  const text = await res.text();
  assert.equal(res.status, status, `${what}: ${res.status} ${text.slice(0, 200)}`);
  assert.match(res.headers.get("content-type") ?? "", /^application\/problem\+json/, what);
  const body = JSON.parse(text);
  assert.equal(body.status, status, what);
  assert.ok(typeof body.detail === "string" && body.detail.length > 0, `${what}: a detail`);
}

function changesDone(r: ChatReply): string[] {
  return r.actions.filter((a) =>
    a.status === "done" && ACTIONS[a.type as keyof typeof ACTIONS]?.change !== false
  ).map((a) => a.type);
}

function get(
  t: TestSystem,
  path: string,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${t.url}${path}`, {
    headers: token === undefined ? headers : { ...headers, authorization: `Bearer ${token}` },
  });
}

function b64url(s: string): string {
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

const opts = { sanitizeOps: false, sanitizeResources: false };

Deno.test({
  name: "access: guests, other customers' orders, sessions, tokens and the agent API",
  ...opts,
  async fn(ctx) {
    await using t = await startTestSystem({ env: { SESSION_SECRET: SECRET } });
    const sarah = await t.session("sarah.chen@example.com");
    const mike = await t.session("mike.johnson@example.com");

    await ctx.step("a guest cannot act: cancel ORD-1003 and yes change nothing", async () => {
      const guest = await t.session("not.a.customer@example.org");
      assert.equal(guest.customer, null);
      for (
        const text of ["Please cancel order ORD-1003", "yes", "cancel ORD-1003 now", "yes do it"]
      ) {
        const r = await guest.say(text);
        assert.deepEqual(changesDone(r), [], text);
        assert.doesNotMatch(r.reply, /TRK8800001003|Trail Running Shoes/i, text);
        checks++;
      }
      for (const id of ["ORD-1001", "ORD-1002", "ORD-2002"]) {
        await guest.say(`Refund my order ${id}`);
        await guest.say("yes");
      }
      assert.deepEqual(await t.ledger(), [], "a guest changed nothing");
    });

    await ctx.step("customer A can neither see nor change B's orders by their ids", async () => {
      const probes = OTHERS.orders.flatMap((id) => [
        `Where is my order ${id}?`,
        `What's in order ${id} and what's its tracking number?`,
        `Please cancel order ${id}`,
        "yes",
        `I want a refund for ${id}`,
        "yes please",
        `Change the shipping address of ${id} to 1 Main St, Springfield`,
        "yes",
      ]).concat(["Where is the parcel TRK8800002001?", "Track TRK8800003001 for me"]);
      for (const text of probes) {
        const r = await sarah.say(text);
        for (const secret of OTHERS.secrets) {
          assert.doesNotMatch(r.reply, secret, `"${text}" → ${r.reply}`);
        }
        assert.deepEqual(changesDone(r), [], text);
        checks++;
      }
      const history = await get(t, `/api/conversations/${sarah.sessionId}`, sarah.token)
        .then((r) => r.json());
      const all = history.messages.filter((m: { role: string }) => m.role !== "customer")
        .map((m: { text: string }) => m.text).join("\n");
      for (const secret of OTHERS.secrets.slice(0, 3)) assert.doesNotMatch(all, secret);
      assert.deepEqual(await t.ledger(), [], "nothing of B's was changed");
    });

    await ctx.step("guessed session ids: 403 for B's, 403 or 401 for random ones", async () => {
      await assertProblem(
        await get(t, `/api/conversations/${mike.sessionId}`, sarah.token),
        403,
        "B's session with A's token",
      );
      for (const id of [crypto.randomUUID(), "1", "admin", "x".repeat(99), mike.conversationId]) {
        const res = await get(t, `/api/conversations/${encodeURIComponent(id)}`, sarah.token);
        assert.ok([401, 403].includes(res.status), `${id}: ${res.status}`);
        await assertProblem(res, res.status, `random id ${id}`);
      }
      await assertProblem(await get(t, `/api/conversations/${mike.sessionId}`), 401, "no token");
    });

    await ctx.step("tampered tokens: 401 problem+json", async () => {
      const [h, p, s] = sarah.token.split(".");
      const claims = JSON.parse(atob(p.replaceAll("-", "+").replaceAll("_", "/")));
      const flip = (str: string, i: number) =>
        str.slice(0, i) + (str[i] === "A" ? "B" : "A") + str.slice(i + 1);
      const now = Math.floor(Date.now() / 1000);
      const tampered: Record<string, string> = {
        "a flipped signature character": `${h}.${p}.${flip(s, 5)}`,
        "a flipped payload character": `${h}.${flip(p, 10)}.${s}`,
        "B's sid in the payload": `${h}.${
          b64url(JSON.stringify({ ...claims, sid: mike.sessionId }))
        }.${s}`,
        "alg none": `${b64url('{"alg":"none","typ":"JWT"}')}.${
          b64url(JSON.stringify({ ...claims, sid: mike.sessionId }))
        }.`,
        "expired": await sign(
          { sid: sarah.sessionId, typ: "session", exp: now - 5 },
          SECRET,
          "HS256",
        ),
        "another secret": await sign(
          { sid: mike.sessionId, typ: "session", exp: now + 600 },
          "not-the-secret",
          "HS256",
        ),
        "another token type": await sign(
          { sid: mike.sessionId, typ: "agent", exp: now + 600 },
          SECRET,
          "HS256",
        ),
        "truncated": sarah.token.slice(0, -10),
        "empty": "",
      };
      for (const [what, token] of Object.entries(tampered)) {
        await assertProblem(
          await get(t, `/api/conversations/${mike.sessionId}`, token),
          401,
          `history with ${what}`,
        );
        const chat = await fetch(`${t.url}/api/chat`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ message: "Where is ORD-2001?" }),
        });
        await assertProblem(chat, 401, `chat with ${what}`);
      }
    });

    await ctx.step("the agent API refuses without or with a wrong agent token", async () => {
      const paths = ["/api/agent/handoffs", `/api/agent/conversations/${sarah.conversationId}`];
      for (const path of paths) {
        await assertProblem(await get(t, path), 401, `${path} without a token`);
        for (const token of ["wrong", sarah.token, `${t.agentToken}x`, t.agentToken.slice(1)]) {
          await assertProblem(await get(t, path, token), 401, `${path} with ${token.slice(0, 12)}`);
        }
      }
      const ok = await get(t, "/api/agent/handoffs", t.agentToken);
      assert.equal(ok.status, 200, "the agent token works");
      await ok.body?.cancel();
    });

    await ctx.step(
      "without METRICS_TOKEN, operations data go to loopback clients only",
      async () => {
        const remote = (path: string, headers: Record<string, string> = {}) =>
          t.system.fetch(
            new Request(`http://gateway${path}`, {
              headers: { "x-test-client": "203.0.113.7", ...headers },
            }),
          );
        await assertProblem(await remote("/metrics"), 403, "metrics from another host");
        await assertProblem(
          await get(t, "/metrics", undefined, { "x-forwarded-for": "203.0.113.7" }),
          403,
          "metrics through a proxy on this host",
        );
        const ready = await remote("/health/ready");
        assert.equal(ready.status, 200);
        assert.deepEqual(await ready.json(), { status: "ready" }, "probes get the status only");
        const local = await get(t, "/metrics");
        assert.equal(local.status, 200, "loopback gets the metrics");
        assert.match(await local.text(), /mesh_http_requests_total/);
        const details = await get(t, "/health/ready").then((r) => r.json());
        assert.ok(details.bus && details.checks, "loopback gets the readiness details");
        checks += 2;
      },
    );

    await ctx.step("a socket with a bad token is refused", async () => {
      for (
        const token of [
          "",
          "garbage",
          `${sarah.token}x`,
          sarah.token.split(".").slice(0, 2).join("."),
        ]
      ) {
        const answer = await rawUpgrade(t.url, `/ws?token=${encodeURIComponent(token)}`);
        checks++;
        assert.equal(answer.status, 401, `token ${token.slice(0, 12)}`);
        assert.match(answer.headers["content-type"] ?? "", /^application\/problem\+json/);
        assert.ok(JSON.parse(answer.body).detail);
      }
      const good = await rawUpgrade(t.url, `/ws?token=${sarah.token}`);
      assert.equal(good.status, 101, "the real token opens the socket");
    });
  },
});

Deno.test({
  name:
    "access: only the widget's chat may be framed, metrics need their token, session creation is limited",
  ...opts,
  async fn(ctx) {
    const METRICS_TOKEN = "access-test-metrics-token-0123";
    await using t = await startTestSystem({
      env: {
        CORS_ORIGINS: "https://shop.example,https://www.shop.example",
        METRICS_TOKEN,
        RATE_LIMIT_NEW_SESSIONS_IP: "5",
        RATE_LIMIT_NEW_SESSIONS_EMAIL: "3",
      },
    });

    await ctx.step("/agent and every other page refuse to be framed", async () => {
      const paths = ["/agent", "/agent?embed=1", "/", "/?embed=0", "/docs", "/health", "/nope"];
      for (const path of [...paths, "/api/agent/handoffs", "/widget.js"]) {
        const res = await get(t, path);
        await res.body?.cancel();
        const csp = res.headers.get("content-security-policy") ?? "";
        assert.match(csp, /frame-ancestors 'none'/, `${path}: ${csp}`);
        assert.equal(res.headers.get("x-frame-options"), "DENY", path);
        checks++;
      }
    });

    await ctx.step("the widget's chat may be framed by the allowed shops only", async () => {
      const res = await get(t, "/?embed=1");
      assert.equal(res.status, 200);
      await res.body?.cancel();
      const csp = res.headers.get("content-security-policy") ?? "";
      const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1];
      assert.equal(ancestors, "'self' https://shop.example https://www.shop.example", csp);
      assert.equal(res.headers.get("x-frame-options"), null);
      checks++;
    });

    await ctx.step(
      "metrics and readiness details need METRICS_TOKEN, even on loopback",
      async () => {
        await assertProblem(await get(t, "/metrics"), 401, "metrics without a token");
        for (const token of ["wrong", t.agentToken, `${METRICS_TOKEN}x`, METRICS_TOKEN.slice(1)]) {
          await assertProblem(await get(t, "/metrics", token), 401, `metrics with ${token}`);
        }
        const metrics = await get(t, "/metrics", METRICS_TOKEN);
        assert.equal(metrics.status, 200);
        assert.match(await metrics.text(), /mesh_http_requests_total/);
        const bare = await get(t, "/health/ready");
        assert.equal(bare.status, 200);
        assert.deepEqual(await bare.json(), { status: "ready" });
        const full = await get(t, "/health/ready", METRICS_TOKEN).then((r) => r.json());
        assert.equal(full.status, "ready");
        assert.ok(full.bus && full.checks && full.actors, "the token shows the details");
        const alive = await get(t, "/health");
        assert.equal(alive.status, 200, "plain /health stays open");
        await alive.body?.cancel();
        checks += 3;
      },
    );

    await ctx.step("session creation is limited per address and per email", async () => {
      const start = (address: string, email: string) =>
        t.system.fetch(
          new Request("http://gateway/api/sessions", {
            method: "POST",
            headers: { "content-type": "application/json", "x-test-client": address },
            body: JSON.stringify({ email }),
          }),
        );
      // Limits count per minute: 2 × limit + 1 tries see a refusal even across a boundary.
      const byAddress: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await start("198.51.100.1", `walk-in${i}@example.org`);
        byAddress.push(res.status);
        if (res.status === 429) await assertProblem(res, 429, "sessions from one address");
        else await res.body?.cancel();
      }
      assert.ok(byAddress.includes(429), `one address: ${byAddress}`);
      assert.ok(byAddress.slice(0, 5).every((s) => s === 201), `one address: ${byAddress}`);
      const byEmail: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await start(`198.51.100.${10 + i}`, "emma.wilson@example.com");
        byEmail.push(res.status);
        if (res.status === 429) await assertProblem(res, 429, "sessions for one email");
        else await res.body?.cancel();
      }
      assert.ok(byEmail.includes(429), `one email: ${byEmail}`);
    });
  },
});

Deno.test({
  name: "access: session tokens expire",
  ...opts,
  async fn() {
    await using t = await startTestSystem({ env: { SESSION_TTL_S: "2" } });
    const sarah = await t.session("sarah.chen@example.com");
    assert.equal((await sarah.post({ message: "Hello" })).status, 200);
    // A socket opened before the end: it must not outlive the session.
    const ws = new WebSocket(`${t.url.replace("http", "ws")}/ws?token=${sarah.token}`);
    const frames: { type: string; status?: number }[] = [];
    const closed = new Promise<number>((resolve) => (ws.onclose = (e) => resolve(e.code)));
    ws.onmessage = (e) => frames.push(JSON.parse(String(e.data)));
    await new Promise((resolve) => (ws.onopen = resolve));
    await new Promise((r) => setTimeout(r, 3_000));
    ws.send(JSON.stringify({ type: "message", text: "Where is ORD-1001?", client_id: "late" }));
    assert.equal(await closed, 4401, "the socket is closed once the session has ended");
    assert.deepEqual(frames.filter((f) => f.type !== "ready").map((f) => [f.type, f.status]), [
      ["error", 401],
    ]);
    checks++;
    await assertProblem(await sarah.post({ message: "Hello again" }), 401, "chat after expiry");
    await assertProblem(
      await get(t, `/api/conversations/${sarah.sessionId}`, sarah.token),
      401,
      "history after expiry",
    );
    const upgrade = await rawUpgrade(t.url, `/ws?token=${sarah.token}`);
    checks++;
    assert.equal(upgrade.status, 401, "socket after expiry");
    printFigures({ suite: "access", checks, refused_as_expected: true });
  },
});
