/**
 * Bad input: more than 5,000 generated malformed or hostile requests over HTTP and
 * WebSocket against one system (seeded: the same requests every run). Every answer is a
 * 4xx problem+json with a detail, or a safe reply (no markup echoed, no action taken);
 * never a 5xx; afterwards the process still serves a normal turn.
 */
import assert from "node:assert/strict";
import { startTestSystem } from "./helpers/system.ts";
import { seeded } from "./helpers/personas.ts";
import {
  BAD_LAST_SEEN,
  type HostileContext,
  type HttpCase,
  httpCase,
  type WsFrame,
  wsFrame,
} from "./helpers/hostile.ts";
import { rawUpgrade } from "./helpers/raw_http.ts";
import { problemFault } from "./helpers/framing.ts";
import { printFigures } from "./helpers/reliability.ts";
import { ACTIONS } from "../actors/execution/actions.ts";

const SEED = 20_261_125;
const HTTP_REQUESTS = 4_000;
const WS_SOCKETS = 6;
const WS_FRAMES = 1_000;
const MAX_FRAME_BYTES = 16_384;

/** Markup that must not come back in a reply as it went in. */
const MARKUP =
  /<\s*\/?\s*(script|img|iframe|svg|a|system|user)\b|onerror\s*=|onload\s*=|javascript:/i;

interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  safeReplies: number;
  problems: number;
  violations: string[];
}

function note(t: Tally, category: string, status: number | string, violation: string | null) {
  t.requests++;
  t.byStatus[status] = (t.byStatus[status] ?? 0) + 1;
  t.byCategory[category] = (t.byCategory[category] ?? 0) + 1;
  if (violation && t.violations.length < 50) t.violations.push(`${category}: ${violation}`);
  else if (violation) t.violations.push("…");
}

/** What is wrong with a chat reply, or null. */
function replyFault(
  reply: { reply?: unknown; actions?: { type: string; status: string }[] },
): string | null {
  if (typeof reply.reply !== "string" || reply.reply.length === 0) return "a reply without text";
  if (MARKUP.test(reply.reply)) return `markup in the reply: ${reply.reply.slice(0, 120)}`;
  const changed = (reply.actions ?? []).filter((a) =>
    a.status === "done" && ACTIONS[a.type as keyof typeof ACTIONS]?.change !== false
  );
  if (changed.length) return `a change was made: ${changed.map((a) => a.type).join(", ")}`;
  return null;
}

async function sendHttp(url: string, c: HttpCase, t: Tally): Promise<void> {
  const res = await fetch(`${url}${c.path}`, {
    method: c.method,
    headers: c.headers,
    body: c.body,
    signal: AbortSignal.timeout(60_000),
  }).catch((err) => err as Error);
  if (res instanceof Error) {
    note(t, c.category, "network", `no answer: ${res.message}`);
    return;
  }
  const text = await res.text();
  const type = res.headers.get("content-type");
  let fault: string | null = null;
  if (res.status >= 500) fault = `${res.status}: ${text.slice(0, 200)}`;
  else if (res.status >= 400) {
    fault = problemFault(res.status, type, text);
    if (!fault) t.problems++;
  } else if (c.path === "/api/chat" && res.status === 200) {
    fault = replyFault(JSON.parse(text));
    if (!fault) t.safeReplies++;
  } else if (/root:|\[boot loader\]/.test(text)) {
    fault = "a file outside the static folder was served";
  }
  note(t, c.category, res.status, fault);
}

/** Sends frames on one socket, one at a time, checking the answer to each. */
async function sendFrames(url: string, token: string, frames: WsFrame[], t: Tally) {
  const ws = new WebSocket(`${url.replace("http", "ws")}/ws?token=${token}`);
  const inbox: { type: string; status?: number; detail?: string; reply?: unknown }[] = [];
  let wake: (() => void) | null = null;
  ws.onmessage = (ev) => {
    if (typeof ev.data !== "string") return;
    const frame = JSON.parse(ev.data);
    if (frame.type === "reply") {
      const fault = replyFault(frame.reply);
      if (fault) t.violations.push(`ws_reply: ${fault}`);
      else t.safeReplies++;
      return;
    }
    if (["ack", "error", "pong", "ready"].includes(frame.type)) inbox.push(frame);
    wake?.();
  };
  const next = async (ms: number) => {
    const until = Date.now() + ms;
    while (inbox.length === 0 && Date.now() < until && ws.readyState === WebSocket.OPEN) {
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 100);
      });
    }
    return inbox.shift() ?? null;
  };
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error("socket refused"));
  });
  assert.equal((await next(10_000))?.type, "ready");
  for (const f of frames) {
    ws.send(f.data);
    if (f.reply === "none") {
      note(t, f.category, "none", null);
      continue;
    }
    const answer = await next(30_000);
    let fault: string | null = null;
    if (!answer) fault = `no answer (socket state ${ws.readyState})`;
    else if (answer.type === "error") {
      const s = answer.status ?? 0;
      if (s >= 500 || s < 400) fault = `error frame with status ${s}: ${answer.detail}`;
      else if (!answer.detail) fault = "error frame without a detail";
      else t.problems++;
    } else if (f.reply !== "any" && answer.type !== f.reply) {
      fault = `expected ${f.reply}, got ${answer.type}`;
    }
    note(t, f.category, answer ? `${answer.type}:${answer.status ?? ""}` : "none", fault);
    if (ws.readyState !== WebSocket.OPEN) break;
  }
  const open = ws.readyState === WebSocket.OPEN;
  await new Promise<void>((r) => {
    ws.onclose = () => r();
    ws.close();
    setTimeout(r, 2000);
  });
  return open;
}

Deno.test({
  name: "bad input: 5,000 generated hostile requests get 4xx problems or safe replies, never a 5xx",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await using sys = await startTestSystem({
      env: {
        RATE_LIMIT_SESSION: "1000000",
        RATE_LIMIT_IP: "10000000",
        RATE_LIMIT_NEW_SESSIONS_IP: "10000000",
        RATE_LIMIT_NEW_SESSIONS_EMAIL: "10000000",
        MAX_FRAME_BYTES: String(MAX_FRAME_BYTES),
      },
    });
    const sarah = await sys.session("sarah.chen@example.com");
    const guest = await sys.session("hostile.guest@example.org");
    const mike = await sys.session("mike.johnson@example.com");
    const ctx: HostileContext = {
      tokens: [sarah.token, guest.token],
      sessionIds: [sarah.sessionId, guest.sessionId],
      otherSessionId: mike.sessionId,
    };
    const rng = seeded(SEED);
    const tally: Tally = {
      requests: 0,
      byStatus: {},
      byCategory: {},
      safeReplies: 0,
      problems: 0,
      violations: [],
    };
    const started = performance.now();

    // HTTP, twelve at a time.
    const cases = Array.from({ length: HTTP_REQUESTS }, () => httpCase(rng, ctx));
    let i = 0;
    await Promise.all(Array.from({ length: 12 }, async () => {
      while (i < cases.length) await sendHttp(sys.url, cases[i++], tally);
    }));

    const httpSeconds = Math.round((performance.now() - started) / 1000);

    // Socket upgrades with garbage tokens or last_seen, and without the upgrade.
    const upgrades = [
      ...[
        "",
        "x",
        "null",
        `${sarah.token}x`,
        sarah.token.split(".").slice(0, 2).join(".") + ".",
        encodeURIComponent("\u0000<script>"),
      ].map((tok) => ({ path: `/ws?token=${tok}`, want: 401 })),
      ...BAD_LAST_SEEN.map((v) => ({ path: `/ws?token=${sarah.token}&last_seen=${v}`, want: 400 })),
    ];
    for (const u of upgrades) {
      const answer = await rawUpgrade(sys.url, u.path);
      const fault = answer.status === u.want
        ? problemFault(answer.status, answer.headers["content-type"] ?? null, answer.body)
        : `upgrade ${u.path.slice(0, 60)} answered ${answer.status}, not ${u.want}`;
      note(tally, "ws_upgrade_refused", answer.status, fault);
    }
    const plain = await fetch(`${sys.url}/ws?token=${sarah.token}`);
    note(
      tally,
      "ws_no_upgrade",
      plain.status,
      plain.status === 426
        ? problemFault(426, plain.headers.get("content-type"), await plain.text())
        : `a plain GET /ws answered ${plain.status}`,
    );

    // Frames on sockets, one socket per session, the sockets at once.
    const frames = Array.from({ length: WS_FRAMES }, () => wsFrame(rng, MAX_FRAME_BYTES));
    const per = Math.ceil(frames.length / WS_SOCKETS);
    const stillOpen = await Promise.all(
      Array.from(
        { length: WS_SOCKETS },
        (_, k) =>
          sendFrames(sys.url, ctx.tokens[k % 2], frames.slice(k * per, (k + 1) * per), tally),
      ),
    );

    // Still alive and serving, and nothing was done to anyone's orders.
    const health = await fetch(`${sys.url}/health`);
    assert.equal(health.status, 200);
    await health.body?.cancel();
    const fresh = await sys.session("sarah.chen@example.com");
    const normal = await fresh.say("Where is my order ORD-1001?");
    assert.match(normal.reply, /ORD-1001/);
    const ledger = await sys.ledger();

    // deno-lint-ignore no-console
    console.log(JSON.stringify(tally.byCategory));
    printFigures({
      suite: "bad_input",
      requests: tally.requests,
      problems_4xx: tally.problems,
      safe_replies: tally.safeReplies,
      statuses: tally.byStatus,
      five_xx: Object.entries(tally.byStatus).filter(([s]) => s.startsWith("5")).length,
      violations: tally.violations.length,
      sockets_still_open: stillOpen.filter(Boolean).length,
      ledger_changes: ledger.length,
      seconds: Math.round((performance.now() - started) / 1000),
      http_seconds: httpSeconds,
    });
    assert.deepEqual(tally.violations, [], "every answer a 4xx problem or a safe reply");
    assert.ok(tally.requests >= 5_000, `at least 5,000 requests (${tally.requests})`);
    assert.deepEqual(ledger, [], "no hostile input changed anything");
    assert.ok(stillOpen.every(Boolean), "the sockets stayed open through bad frames");
  },
});
