/**
 * A scripted fake of an OpenAI-compatible chat-completions server. It answers each
 * `POST /v1/chat/completions` with the next reply of its script, records every request,
 * and fails (status 599, `exhausted`) when the script runs out.
 */

/** One scripted answer. */
export type FakeReply =
  /** A completion whose content is this value as JSON. */
  | { json: unknown }
  /** A completion whose content is this raw text (e.g. invalid JSON). */
  | { text: string }
  /** An HTTP error with this status. */
  | { status: number; body?: string }
  /** The inner reply, after a delay (aborted when the client goes away). */
  | { delayMs: number; then: FakeReply };

/** One request the fake received. */
export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
  authorization: string | null;
}

/** A running fake; dispose it (or `close()`) to stop it. */
export interface FakeLlm extends AsyncDisposable {
  /** Base URL to give the client, ending in `/v1`. */
  readonly baseUrl: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Replies not used yet. */
  remaining(): number;
  /** True once a request came after the script ran out. */
  readonly exhausted: boolean;
  close(): Promise<void>;
}

/** Starts a fake on a free loopback port that replies from `script` in order. */
export function startFakeLlm(script: FakeReply[]): FakeLlm {
  const queue = [...script];
  const requests: RecordedRequest[] = [];
  const stop = new AbortController();
  let exhausted = false;

  async function respond(reply: FakeReply): Promise<Response> {
    if ("delayMs" in reply) {
      // Only the fake's own stop ends a delay early: Deno's legacy `request.signal` also
      // fires on successful responses, so it cannot tell a client that went away.
      await sleep(reply.delayMs, stop.signal);
      return respond(reply.then);
    }
    if ("status" in reply) {
      return Response.json(
        { error: { message: reply.body ?? "scripted failure", type: "server_error" } },
        { status: reply.status },
      );
    }
    const content = "json" in reply ? JSON.stringify(reply.json) : reply.text;
    return Response.json({
      id: `chatcmpl-${requests.length}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: "fake-model",
      choices: [{
        index: 0,
        message: { role: "assistant", content },
        finish_reason: "stop",
        logprobs: null,
      }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
  }

  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {}, signal: stop.signal },
    async (req) => {
      const path = new URL(req.url).pathname;
      if (req.method !== "POST" || path !== "/v1/chat/completions") {
        return new Response("not found", { status: 404 });
      }
      const body = await req.json().catch(() => ({}));
      requests.push({ path, body, authorization: req.headers.get("authorization") });
      const next = queue.shift();
      if (!next) {
        exhausted = true;
        return Response.json({ error: { message: "fake LLM script exhausted" } }, {
          status: 599,
        });
      }
      try {
        return await respond(next);
      } catch {
        return new Response(null, { status: 499 });
      }
    },
  );
  const addr = server.addr as Deno.NetAddr;

  async function close(): Promise<void> {
    if (!stop.signal.aborted) stop.abort();
    await server.finished;
  }

  return {
    baseUrl: `http://127.0.0.1:${addr.port}/v1`,
    requests,
    remaining: () => queue.length,
    get exhausted() {
      return exhausted;
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer: ReturnType<typeof setTimeout> = setTimeout(done, ms);
    function done() {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
