/**
 * Turn acceptance, the one path behind HTTP and the socket: the message checked and
 * cleaned, the per-session limit counted, the turn handed to the mesh (or, while a person
 * has the conversation, to them), and for HTTP the wait for its reply.
 */
import type { z } from "zod";
import type { GatewayServices } from "./services.ts";
import { pendingOf } from "./services.ts";
import { HttpProblem } from "./problems.ts";
import { type ChatReply, fallbackReply, toChatReply } from "./replies.ts";
import type { ChatPending } from "./schemas.ts";
import { enforceRate } from "./limits.ts";
import type { TurnSession } from "./turns.ts";
import type { SessionRecord } from "../shared/store/types.ts";
import type { PendingAction } from "../shared/protocol.ts";
import { describeError } from "../shared/errors.ts";
import {
  CODE_SENT_REPLY,
  codeOutstanding,
  guestSignIn,
  NEW_CODE_REPLY,
  signInReply,
  takeSignedInRequest,
} from "./signin.ts";
import { supersededByHandoff } from "../shared/pending_after.ts";

/** Strips control characters (but newlines and tabs) and surrounding space. */
export function cleanText(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
}

/** Checks a customer message against the limits; returns it cleaned. */
export function checkMessage(text: unknown, maxChars: number): string {
  if (typeof text !== "string") {
    throw new HttpProblem(422, "Cannot accept the message: `message` must be a string");
  }
  const clean = cleanText(text.normalize("NFC"));
  if (!clean) throw new HttpProblem(422, "Cannot accept the message: it is empty");
  if ([...clean].length > maxChars) {
    throw new HttpProblem(
      422,
      `Cannot accept the message: it is longer than ${maxChars} characters`,
    );
  }
  return clean;
}

/** Builds the turn's view of a session, with its pending confirmation. */
export async function turnSession(
  s: GatewayServices,
  session: SessionRecord,
): Promise<TurnSession> {
  let pending = await pendingOf(s, session).catch((err) => {
    s.log.warn("Cannot read the pending action", { error: describeError(err) });
    return null;
  });
  if (pending && supersededByHandoff(pending, session.open_handoff)) {
    // The person the conversation was handed to has it now (shared/pending_after.ts).
    await dropSuperseded(s, session.session_id, pending);
    pending = null;
  }
  return {
    session_id: session.session_id,
    conversation_id: session.conversation_id,
    customer_id: session.customer_id,
    email: session.email,
    last_order_id: session.last_order_id,
    last_intent: session.last_intent,
    turn: session.turn,
    pending_action: pending,
    open_handoff: session.open_handoff,
    dialogue: session.dialogue,
    sign_in_code_sent: session.customer_id === null && await codeOutstanding(s, session),
  };
}

/** Removes a pending change a handoff superseded, leaving one proposed since in place. */
async function dropSuperseded(
  s: GatewayServices,
  sessionId: string,
  superseded: PendingAction,
): Promise<void> {
  try {
    const taken = await s.store.takePending(sessionId);
    const ttl = taken ? Date.parse(taken.expires_at) - Date.now() : 0;
    // Proposed meanwhile by a turn still finishing: not ours to drop.
    if (taken && taken.id !== superseded.id && ttl > 0) {
      await s.store.putPending(sessionId, taken, ttl);
    }
  } catch (err) {
    s.log.warn("Cannot drop a superseded pending action", { error: describeError(err) });
  }
}

/** The reply while a human agent has the conversation. */
export const HUMAN_MODE_REPLY =
  "Thanks — a member of our support team has this conversation and will answer you here.";

/** What accepting a turn did. */
export type Accepted =
  /** `lead`: the gateway's own line before the mesh's reply (signed in, the request next). */
  | { kind: "mesh"; message_id: string; fresh: boolean; lead?: string }
  | { kind: "human"; body: ChatReply }
  /** Answered by the gateway itself (a guest signing in): the mesh never saw the turn. */
  | { kind: "direct"; body: ChatReply };

/** Accepts one customer message: to the mesh, or to the human agent who has the chat. */
export async function acceptTurn(
  s: GatewayServices,
  session: SessionRecord,
  input: { text: string; channel: "http" | "ws"; clientId: string | null },
): Promise<Accepted> {
  // Counted where the per-address limit counts (Redis when set, shared by every gateway;
  // else this gateway's memory): a Deno KV commit a turn cost more than the rest of the
  // session's reads (bench profiles), and a session is served by one gateway without Redis.
  const limited = enforceRate({
    store: s.addresses,
    key: `session:${session.session_id}`,
    limit: s.config.RATE_LIMIT_SESSION,
    scope: "per-session",
    metrics: s.metrics,
    log: s.log,
  });
  if (session.mode === "human") {
    await limited;
    const stored = await s.history.appendMessage({
      conversationId: session.conversation_id,
      role: "customer",
      text: input.text,
      dedupeKey: input.clientId ? `${session.session_id}:${input.clientId}` : null,
    });
    s.turns.broadcast(session.conversation_id, {
      type: "customer_message",
      seq: stored.seq,
      text: input.text,
      created_at: stored.created_at,
    });
    return {
      kind: "human",
      body: {
        message_id: `human-${session.conversation_id}-${stored.seq}`,
        reply: HUMAN_MODE_REPLY,
        intent: null,
        sentiment: null,
        actions: [],
        pending_confirmation: null,
        handoff: null,
        trace: { outcome: "human", total_ms: null, actors: [] },
      },
    };
  }
  const signIn = await guestSignIn(s, session, input.text);
  if (signIn !== null) {
    await limited;
    const body = await recordDirect(s, session, input, signIn);
    // Signed in with a request waiting (gateway/signin_request.ts): the mesh answers it now.
    const request = await takeSignedInRequest(s, session.session_id);
    const current = request ? await s.store.getSession(session.session_id) : null;
    if (!request || !current?.customer_id) return { kind: "direct", body };
    const turn = await turnSession(s, current);
    const asked = { text: request, channel: input.channel, clientId: null };
    const { message, duplicate } = await s.turns.submit(turn, asked);
    if (!duplicate) s.metrics.accepted.inc();
    return { kind: "mesh", message_id: message.id, fresh: !duplicate, lead: body.reply };
  }
  // The pending change is read while the hit is counted (both wait on the session store).
  const [, turn] = await Promise.all([limited, turnSession(s, session)]);
  if (s.turns.inFlight >= s.config.MAX_TURNS_IN_FLIGHT) {
    // Past capacity, queues would only grow: say so at once instead of answering late.
    s.metrics.rateLimited.inc({ scope: "capacity" });
    throw new HttpProblem(
      503,
      "Cannot take the message right now: we are answering a lot of customers at once; please try again in a few seconds",
      { headers: { "retry-after": "2" } },
    );
  }
  const { message, duplicate } = await s.turns.submit(turn, input);
  if (!duplicate) s.metrics.accepted.inc();
  return { kind: "mesh", message_id: message.id, fresh: !duplicate };
}

/** Runs one HTTP chat turn: accept, wait, answer (200) or point to later (202). */
export async function chatTurn(
  s: GatewayServices,
  session: SessionRecord,
  input: { text: string; channel: "http" | "ws"; clientId: string | null },
): Promise<{ status: 200; body: ChatReply } | { status: 202; body: z.infer<typeof ChatPending> }> {
  const accepted = await acceptTurn(s, session, input);
  if (accepted.kind !== "mesh") return { status: 200, body: accepted.body };
  const done = await s.turns.wait(accepted.message_id, s.config.TURN_TIMEOUT_MS, {
    fresh: accepted.fresh,
  });
  if (!done) {
    return {
      status: 202,
      body: {
        message_id: accepted.message_id,
        status: "pending",
        detail:
          "Still working on it: the reply will appear in the conversation (GET /api/conversations/{session_id}) and on the live socket",
      },
    };
  }
  const body = done.failed ? fallbackReply(done.msg) : toChatReply(done.msg);
  const lead = accepted.lead;
  return { status: 200, body: lead ? { ...body, reply: `${lead}\n\n${body.reply}` } : body };
}

/** Stores a turn the gateway answered itself and tells the conversation's live socket. */
async function recordDirect(
  s: GatewayServices,
  session: SessionRecord,
  input: { text: string; clientId: string | null },
  text: string,
): Promise<ChatReply> {
  const asked = await s.history.appendMessage({
    conversationId: session.conversation_id,
    role: "customer",
    text: input.text,
    dedupeKey: input.clientId ? `${session.session_id}:${input.clientId}` : null,
  });
  const body = signInReply(session.conversation_id, asked.seq, text);
  const answered = await s.history.appendMessage({
    conversationId: session.conversation_id,
    role: "assistant",
    text,
    dedupeKey: `${body.message_id}:assistant`,
    // Where gateway/signin_request.ts stops looking back for the guest's request.
    meta: { outcome: "sign_in", code_sent: text === CODE_SENT_REPLY || text === NEW_CODE_REPLY },
  });
  s.turns.broadcast(session.conversation_id, {
    type: "reply",
    seq: answered.seq,
    reply: body,
    created_at: answered.created_at,
  });
  return body;
}
