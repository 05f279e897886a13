/**
 * The chat's calls to the gateway: sessions, turns over HTTP, history, and the socket URL.
 */
import { apiFetch } from "../shared/http.ts";
import type {
  ChatPending,
  ChatReply,
  ConversationHistory,
  SessionInfo,
} from "../shared/api_types.ts";

/** A session as the page keeps it in sessionStorage. */
export interface StoredSession extends SessionInfo {
  email: string;
}

/** Starts a session for an email (demo mode). */
export async function createSession(email: string): Promise<StoredSession> {
  const { data } = await apiFetch<SessionInfo>("/api/sessions", { body: { email } });
  return { ...data, email };
}

/** Sends a turn over HTTP: the reply, or the pending marker when the mesh is slow. */
export async function postChat(
  token: string,
  message: string,
  clientId: string,
): Promise<{ kind: "reply"; reply: ChatReply } | { kind: "pending"; pending: ChatPending }> {
  const { status, data } = await apiFetch<ChatReply | ChatPending>("/api/chat", {
    token,
    body: { message, client_id: clientId },
  });
  if (status === 202 || (data as ChatPending).status === "pending") {
    return { kind: "pending", pending: data as ChatPending };
  }
  return { kind: "reply", reply: data as ChatReply };
}

/** The whole stored conversation of a session. */
export async function fetchHistory(session: StoredSession): Promise<ConversationHistory> {
  const path = `/api/conversations/${encodeURIComponent(session.session_id)}`;
  return (await apiFetch<ConversationHistory>(path, { token: session.token })).data;
}

/** The socket URL on this page's origin. */
export function socketUrl(token: string, lastSeen: number): string {
  const proto = location.protocol === "https:" ? "wss:" : "ws:";
  const q = new URLSearchParams({ token, last_seen: String(lastSeen) });
  return `${proto}//${location.host}/ws?${q}`;
}

/** A random id for a message the page sends (works outside secure contexts too). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/** Whether a stored session is still valid by its clock. */
export function sessionAlive(s: StoredSession | null, now = Date.now()): s is StoredSession {
  if (!s?.token || !s.session_id) return false;
  const exp = new Date(s.expires_at).getTime();
  return !Number.isFinite(exp) || exp > now + 5_000;
}
