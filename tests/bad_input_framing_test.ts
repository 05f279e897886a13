/**
 * Bad input below what `fetch` can send: requests with broken framing written by hand over
 * a raw socket, on every route that reads a body. The gateway answers each with a 400 or
 * 413 problem, or the HTTP layer refuses it before the gateway sees it; never a 5xx, and
 * nothing is logged as an error (a body the client broke is logged at info).
 */
import assert from "node:assert/strict";
import { startTestSystem } from "./helpers/system.ts";
import { rawRequest } from "./helpers/raw_http.ts";
import { framingCases, problemFault } from "./helpers/framing.ts";
import { printFigures } from "./helpers/reliability.ts";
import { createLogger } from "../shared/log.ts";

const MAX_BODY_BYTES = 4096;

Deno.test({
  name:
    "bad input: broken framing over a raw socket gets a 400 or 413, never a 5xx or an error log",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const lines: { level: string; msg: string; error?: string }[] = [];
    await using sys = await startTestSystem({
      env: { MAX_BODY_BYTES: String(MAX_BODY_BYTES) },
      log: createLogger({ level: "info", sink: (l) => lines.push(JSON.parse(l)) }),
    });
    const sarah = await sys.session("sarah.chen@example.com");
    const agentConversation = `/api/agent/conversations/${sarah.conversationId}/messages`;
    const routes: [string, string][] = [
      ["/api/sessions", ""],
      ["/api/chat", `Authorization: Bearer ${sarah.token}\r\n`],
      [agentConversation, `Authorization: Bearer ${sys.agentToken}\r\n`],
    ];
    const statuses: Record<string, number> = {};
    const violations: string[] = [];
    let requests = 0;
    let problems = 0;
    let dropped = 0;
    for (const [path, auth] of routes) {
      for (const c of framingCases(path, auth, MAX_BODY_BYTES)) {
        const answer = await rawRequest(sys.url, c.req);
        const what = `${path} ${c.name}`;
        let fault: string | null = null;
        if (answer.status >= 500) fault = `${answer.status} ${answer.body.slice(0, 200)}`;
        else if (c.want === "problem") {
          fault = [400, 413].includes(answer.status)
            ? problemFault(answer.status, answer.headers["content-type"] ?? null, answer.body)
            : `${answer.status}, not a 400 or 413 problem`;
          if (!fault) problems++;
        } else if (c.want === "http" && answer.status !== 400) {
          fault = `${answer.status}, not the HTTP layer's 400`;
        } else if (c.want === "none" && answer.status !== 0 && answer.status !== 400) {
          fault = `${answer.status} where no answer or a 400 was expected`;
        }
        requests++;
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status === 0) dropped++;
        if (fault) violations.push(`${what}: ${fault}`);
      }
    }
    // The gateway is still serving, and nothing it saw was logged as its own failure.
    const fresh = await sys.session("sarah.chen@example.com");
    assert.match((await fresh.say("Where is my order ORD-1001?")).reply, /ORD-1001/);
    // A client that left is noticed once its connection drops: give that a moment.
    await new Promise((r) => setTimeout(r, 500));
    const errors = lines.filter((l) => l.level === "error");
    const unreadable = lines.filter((l) => l.msg === "Cannot read a request body");
    printFigures({
      suite: "bad_input_framing",
      requests,
      problems_4xx: problems,
      statuses,
      five_xx: Object.entries(statuses).filter(([s]) => Number(s) >= 500).reduce(
        (n, [, k]) => n + k,
        0,
      ),
      no_answer: dropped,
      logged_at_info: unreadable.length,
      logged_as_error: errors.length,
      violations: violations.length,
    });
    assert.deepEqual(violations, [], "every framing case a 4xx or no answer");
    assert.deepEqual(errors, [], "nothing logged as an error");
    assert.ok(unreadable.every((l) => l.level === "info"));
    assert.ok(unreadable.length >= 6, `unreadable bodies logged at info (${unreadable.length})`);
  },
});
