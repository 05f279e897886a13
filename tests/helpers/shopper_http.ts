/**
 * A shopper talking to a running gateway over HTTP, as the widget does: a session from a
 * customer token signed by the shop (production auth), chat turns, the conversation.
 */
import { sign } from "hono/jwt";

/** Waits until `url` answers 200, or throws after `timeoutMs` with `describe()`'s text. */
export async function waitUntilReady(
  url: string,
  opts: { timeoutMs: number; describe?: () => Promise<string> },
): Promise<void> {
  const until = Date.now() + opts.timeoutMs;
  let last = "no answer";
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.body?.cancel();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = String(err);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const more = opts.describe ? `\n${await opts.describe()}` : "";
  throw new Error(`Cannot reach ${url}: not ready within ${opts.timeoutMs} ms (${last})${more}`);
}

/** A chat session on one gateway. */
export interface HttpSession {
  base: string;
  token: string;
  session_id: string;
}

/** Opens a session for `email` with a customer token signed by the shop's `secret`. */
export async function openSession(
  base: string,
  opts: { email: string; secret: string; now?: () => number },
): Promise<HttpSession> {
  const now = opts.now ?? Date.now;
  const exp = Math.floor(now() / 1000) + 600;
  const customerToken = await sign({ email: opts.email, exp }, opts.secret, "HS256");
  const res = await fetch(`${base}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ customer_token: customerToken }),
  });
  const body = await res.json();
  if (res.status !== 201) {
    throw new Error(`Cannot open a session on ${base}: ${res.status} ${JSON.stringify(body)}`);
  }
  return { base, token: body.token, session_id: body.session_id };
}

/** What a turn came back with: the reply now (200) or later (202, then the conversation). */
export interface TurnResult {
  status: number;
  message_id: string;
  reply: string;
  intent?: string;
}

/**
 * Sends one message through `base` (any gateway) in the session; when the gateway says the
 * reply comes later (202), waits for it in the conversation, up to `waitMs`.
 */
export async function chat(
  session: HttpSession,
  message: string,
  opts: { base?: string; waitMs?: number } = {},
): Promise<TurnResult> {
  const base = opts.base ?? session.base;
  const res = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${session.token}`,
    },
    body: JSON.stringify({ message }),
  });
  const body = await res.json();
  if (res.status === 200) {
    return { status: 200, message_id: body.message_id, reply: body.reply, intent: body.intent };
  }
  if (res.status !== 202) {
    throw new Error(`Cannot chat through ${base}: ${res.status} ${JSON.stringify(body)}`);
  }
  const until = Date.now() + (opts.waitMs ?? 60_000);
  while (Date.now() < until) {
    const reply = (await conversation(session, { base })).find((m) =>
      m.message_id === body.message_id && m.role === "assistant"
    );
    if (reply) return { status: 202, message_id: body.message_id, reply: reply.text };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Cannot get the reply to ${body.message_id} through ${base}: none came`);
}

/** A message of the conversation. */
export interface ConversationMessage {
  role: string;
  text: string;
  message_id: string | null;
}

/** The session's conversation as `base` (any gateway) reads it from the history. */
export async function conversation(
  session: HttpSession,
  opts: { base?: string } = {},
): Promise<ConversationMessage[]> {
  const base = opts.base ?? session.base;
  const res = await fetch(`${base}/api/conversations/${session.session_id}`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`Cannot read the conversation: ${res.status} ${body.detail}`);
  return body.messages;
}
