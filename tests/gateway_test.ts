/**
 * The gateway's interface: problem+json errors, limits, the live socket (progress,
 * replies, reconnect with last_seen), the agent API, docs, health and metrics.
 */
import assert from "node:assert/strict";
import { startTestSystem, type TestSystem } from "./helpers/system.ts";
import { sign } from "hono/jwt";

async function expectProblem(res: Response, status: number, detail?: RegExp) {
  assert.equal(res.status, status, `status ${res.status}`);
  assert.match(res.headers.get("content-type") ?? "", /application\/problem\+json/);
  const body = await res.json();
  assert.equal(body.status, status);
  assert.equal(typeof body.title, "string");
  assert.ok(body.detail && typeof body.detail === "string", "a detail");
  if (detail) assert.match(body.detail, detail);
  return body;
}

/** A WebSocket client that collects frames. */
class Socket {
  ws: WebSocket;
  frames: Record<string, unknown>[] = [];
  #waiters: {
    pred: (f: Record<string, unknown>) => boolean;
    resolve: (f: Record<string, unknown>) => void;
  }[] = [];
  closed: Promise<void>;
  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.onmessage = (e) => {
      const f = JSON.parse(e.data);
      this.frames.push(f);
      this.#waiters = this.#waiters.filter((w) => (w.pred(f) ? (w.resolve(f), false) : true));
    };
    this.closed = new Promise((r) => (this.ws.onclose = () => r()));
  }
  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.ws.onopen = () => resolve();
      this.ws.onerror = () => reject(new Error("socket failed to open"));
    });
  }
  next(pred: (f: Record<string, unknown>) => boolean, timeoutMs = 15_000) {
    const seen = this.frames.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no such frame in time")), timeoutMs);
      this.#waiters.push({
        pred,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }
  send(data: unknown) {
    this.ws.send(typeof data === "string" ? data : JSON.stringify(data));
  }
  async close() {
    this.ws.close();
    await this.closed;
  }
}

const wsUrl = (t: TestSystem, token: string, lastSeen?: number) =>
  `${t.url.replace("http", "ws")}/ws?token=${token}${
    lastSeen === undefined ? "" : `&last_seen=${lastSeen}`
  }`;

Deno.test({
  name: "gateway answers bad requests with problem+json",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem({ env: { MAX_BODY_BYTES: "4096" } });
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${t.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    await expectProblem(await post("/api/sessions", "{not json"), 400, /JSON/i);
    await expectProblem(await post("/api/sessions", JSON.stringify({ email: 42 })), 400, /email/);
    await expectProblem(
      await post("/api/sessions", JSON.stringify({ email: "a@b.co", x: 1 })),
      400,
    );
    await expectProblem(await post("/api/chat", JSON.stringify({ message: "hi" })), 401, /token/i);
    const sarah = await t.session("sarah.chen@example.com");
    const auth = { authorization: `Bearer ${sarah.token}` };
    await expectProblem(await post("/api/chat", "x".repeat(10_000), auth), 413, /larger than 4096/);
    await expectProblem(
      await post("/api/chat", JSON.stringify({ message: "   " }), auth),
      422,
      /empty/,
    );
    await expectProblem(
      await post("/api/chat", JSON.stringify({ message: "a".repeat(2001) }), auth),
      422,
      /longer than 2000/,
    );
    await expectProblem(await post("/api/chat", JSON.stringify({ message: ["x"] }), auth), 400);
    await expectProblem(await fetch(`${t.url}/api/nope`), 404, /no such route/);
    await expectProblem(await fetch(`${t.url}/ws?token=bad`), 426);
  },
});

Deno.test({
  name: "gateway holds a burst over the session limit back with 429 while others are served",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem({ env: { RATE_LIMIT_SESSION: "3" } });
    const a = await t.session("sarah.chen@example.com");
    const b = await t.session("mike.johnson@example.com");
    const results = await Promise.all(
      Array.from({ length: 6 }, () => a.post({ message: "hello" })),
    );
    const limited = results.filter((r) => r.status === 429);
    assert.equal(limited.length, 3);
    assert.ok(Number(limited[0].headers.get("retry-after")) >= 1);
    await expectProblem(limited[0], 429, /limit of 3 a minute/);
    for (const r of results) if (r.status !== 429) await r.body?.cancel();
    const other = await b.say("hello");
    assert.ok(other.reply.length > 0, "another session is served");
  },
});

Deno.test({
  name: "live socket shows progress, replies, and replays what a reconnect missed",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem();
    const sarah = await t.session("sarah.chen@example.com");
    const s1 = new Socket(wsUrl(t, sarah.token, 0));
    await s1.open();
    await s1.next((f) => f.type === "ready");
    s1.send({ type: "message", text: "Where is my order ORD-1001?", client_id: "c1" });
    const ack = await s1.next((f) => f.type === "ack");
    assert.equal(ack.client_id, "c1");
    const progress = await s1.next((f) => f.type === "progress");
    assert.equal(typeof progress.label, "string");
    const reply = await s1.next((f) => f.type === "reply");
    const r = reply.reply as { reply: string; message_id: string };
    assert.match(r.reply, /TRK8800001001/);
    const lastSeen = reply.seq as number;
    assert.ok(lastSeen >= 2);
    s1.send({ type: "ping" });
    await s1.next((f) => f.type === "pong");
    await s1.close();

    // While the socket is down: a turn over HTTP and a message from a human agent.
    await sarah.say("And ORD-1003?");
    const sent = await fetch(`${t.url}/api/agent/conversations/${sarah.conversationId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.agentToken}` },
      body: JSON.stringify({ text: "Hi Sarah, Alex from support here.", agent: "Alex" }),
    });
    assert.equal(sent.status, 201);

    const s2 = new Socket(wsUrl(t, sarah.token, lastSeen));
    await s2.open();
    const history = await s2.next((f) => f.type === "history");
    const missed = history.messages as { seq: number; role: string; text: string }[];
    assert.deepEqual(missed.map((m) => m.role), ["customer", "assistant", "agent"]);
    assert.ok(missed.every((m) => m.seq > lastSeen));
    // Live agent messages arrive on the open socket.
    await fetch(`${t.url}/api/agent/conversations/${sarah.conversationId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.agentToken}` },
      body: JSON.stringify({ text: "Anything else?", agent: "Alex" }),
    }).then((res) => res.body?.cancel());
    const live = await s2.next((f) => f.type === "agent_message");
    assert.equal(live.text, "Anything else?");
    s2.send("{bad json");
    const err = await s2.next((f) => f.type === "error");
    assert.equal(err.status, 400);
    await s2.close();
  },
});

Deno.test({
  name: "agents see a handoff, take the conversation over, write live and hand it back",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem();
    const agent = { authorization: `Bearer ${t.agentToken}`, "content-type": "application/json" };
    await expectProblem(await fetch(`${t.url}/api/agent/handoffs`), 401);
    await expectProblem(
      await fetch(`${t.url}/api/agent/handoffs`, { headers: { authorization: "Bearer wrong" } }),
      401,
    );
    const emma = await t.session("emma.wilson@example.com");
    const r = await emma.say("I want to speak to a manager about ORD-3001, it is lost!!");
    assert.ok(r.handoff);
    const queue = await fetch(`${t.url}/api/agent/handoffs`, { headers: agent }).then((x) =>
      x.json()
    );
    const h = queue.handoffs.find((x: { id: string }) => x.id === r.handoff!.id);
    assert.ok(h, "the handoff is queued");
    assert.ok(h.summary.length > 10);
    assert.ok(h.draft_reply);
    const claim = await fetch(`${t.url}/api/agent/handoffs/${h.id}/claim`, {
      method: "POST",
      headers: agent,
      body: JSON.stringify({ agent: "Alex" }),
    });
    assert.equal(claim.status, 200);
    await claim.body?.cancel();
    const again = await fetch(`${t.url}/api/agent/handoffs/${h.id}/claim`, {
      method: "POST",
      headers: agent,
      body: JSON.stringify({ agent: "Sam" }),
    });
    await expectProblem(again, 409, /claimed/);
    // While a human has it, the customer's words go to the human, not the mesh.
    const human = await emma.say("Hello? Anyone there?");
    assert.match(human.reply, /support team/);
    const conv = await fetch(`${t.url}/api/agent/conversations/${emma.conversationId}`, {
      headers: agent,
    }).then((x) => x.json());
    assert.equal(conv.conversation.mode, "human");
    assert.equal(conv.messages.at(-1).text, "Hello? Anyone there?");
    assert.ok(conv.turns.length >= 1);
    const back = await fetch(`${t.url}/api/agent/conversations/${emma.conversationId}/handback`, {
      method: "POST",
      headers: agent,
    });
    assert.equal(back.status, 200);
    await back.body?.cancel();
    const ai = await emma.say("Thanks!");
    assert.equal(ai.intent, "small_talk");
    const analytics = await fetch(`${t.url}/api/agent/analytics`, { headers: agent }).then((x) =>
      x.json()
    );
    assert.ok(analytics.turns_total >= 2);
    assert.ok(analytics.handoffs >= 1);
    assert.ok(Array.isArray(analytics.latency_per_actor));
  },
});

Deno.test({
  name: "docs, openapi, health, metrics and security headers are served",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem();
    const spec = await fetch(`${t.url}/openapi.json`).then((r) => r.json());
    assert.ok(spec.paths["/api/chat"]);
    assert.ok(spec.paths["/api/sessions"]);
    assert.ok(spec.paths["/api/agent/handoffs"]);
    const docs = await fetch(`${t.url}/docs`);
    assert.equal(docs.status, 200);
    assert.match(await docs.text(), /swagger/i);
    const csp = docs.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self'/);
    const ready = await fetch(`${t.url}/health/ready`).then((r) => r.json());
    assert.equal(ready.bus.kind, "in_process");
    assert.ok(ready.checks.circuit_breakers);
    assert.ok(ready.checks.session_store.ok);
    const sarah = await t.session("sarah.chen@example.com");
    await sarah.say("hello");
    const metrics = await fetch(`${t.url}/metrics`).then((r) => r.text());
    assert.match(metrics, /mesh_turns_total\{outcome="answered",intent="small_talk"\} 1/);
    assert.match(metrics, /mesh_actor_latency_seconds_bucket\{le="[^"]+",actor="sentiment"\}/);
    assert.match(metrics, /mesh_open_sockets 0/);
    assert.match(metrics, /mesh_turns_waiting_for_bus 0/);
  },
});

Deno.test({
  name: "production mode accepts only customer tokens signed by the shop",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem({
      env: { AUTH_MODE: "production", CUSTOMER_TOKEN_SECRET: "shop-secret" },
    });
    const start = (body: unknown) =>
      fetch(`${t.url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    await expectProblem(await start({ email: "sarah.chen@example.com" }), 401);
    const exp = Math.floor(Date.now() / 1000) + 600;
    const forged = await sign({ email: "sarah.chen@example.com", exp }, "not-the-secret", "HS256");
    await expectProblem(await start({ customer_token: forged }), 401);
    const good = await sign({ email: "sarah.chen@example.com", exp }, "shop-secret", "HS256");
    const res = await start({ customer_token: good });
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.equal(body.customer.id, "CUST-0001");
  },
});

Deno.test({
  name: "a turn slower than the gateway waits answers 202 and its reply lands in history",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem({ env: { TURN_TIMEOUT_MS: "50" } });
    const sarah = await t.session("sarah.chen@example.com");
    await t.admin("/admin/faults", { customers: { latency_ms: 400 } });
    const res = await sarah.post({ message: "Where is ORD-1001?" });
    assert.equal(res.status, 202);
    const pending = await res.json();
    assert.equal(pending.status, "pending");
    let messages: { role: string; message_id: string | null }[] = [];
    for (let i = 0; i < 100; i++) {
      const conv = await fetch(`${t.url}/api/conversations/${sarah.sessionId}`, {
        headers: { authorization: `Bearer ${sarah.token}` },
      }).then((r) => r.json());
      messages = conv.messages;
      if (messages.some((m) => m.role === "assistant")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const reply = messages.find((m) => m.role === "assistant");
    assert.equal(reply?.message_id, pending.message_id, "the late reply is in history");
  },
});

Deno.test({
  name: "CORS allows only the allow-listed origins",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem({ env: { CORS_ORIGINS: "https://shop.example" } });
    const preflight = (origin: string) =>
      fetch(`${t.url}/api/chat`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,authorization",
        },
      });
    const allowed = await preflight("https://shop.example");
    await allowed.body?.cancel();
    assert.equal(allowed.headers.get("access-control-allow-origin"), "https://shop.example");
    const other = await preflight("https://evil.example");
    await other.body?.cancel();
    assert.equal(other.headers.get("access-control-allow-origin"), null);
  },
});

Deno.test({
  name: "past its capacity the gateway answers new turns with 503 and Retry-After",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using t = await startTestSystem({
      env: { MAX_TURNS_IN_FLIGHT: "1", TURN_TIMEOUT_MS: "100" },
    });
    const sarah = await t.session("sarah.chen@example.com");
    const mike = await t.session("mike.johnson@example.com");
    await t.admin("/admin/faults", { customers: { latency_ms: 1500 } });
    const first = await sarah.post({ message: "Where is ORD-1001?" });
    assert.equal(first.status, 202, "the first turn is in the mesh");
    await first.body?.cancel();
    const second = await mike.post({ message: "Where is ORD-2001?" });
    assert.ok(Number(second.headers.get("retry-after")) >= 1);
    await expectProblem(second, 503, /a lot of customers/);
    await t.admin("/admin/faults", { customers: { latency_ms: 0 } });
    for (let i = 0; i < 100; i++) {
      const res = await mike.post({ message: "hello" });
      if (res.status !== 503) {
        assert.ok(res.status === 200 || res.status === 202);
        await res.body?.cancel();
        return;
      }
      await res.body?.cancel();
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail("the gateway takes turns again once the first is answered");
  },
});
