/**
 * The agent console's calls to `/api/agent/*` (bearer: the agent token).
 */
import { apiFetch } from "../shared/http.ts";
import type { AgentConversation, Analytics, HandoffItem } from "../shared/api_types.ts";

/** The signed-in agent as the console keeps it in sessionStorage. */
export interface AgentAuth {
  token: string;
  name: string;
}

/** Which handoffs to list. */
export type HandoffFilter = "queued" | "claimed" | "closed" | "all";

const RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** Sorts handoffs by priority (urgent first), then age (oldest first). */
export function byPriority(a: HandoffItem, b: HandoffItem): number {
  const r = (RANK[a.priority] ?? 9) - (RANK[b.priority] ?? 9);
  return r !== 0 ? r : a.created_at.localeCompare(b.created_at);
}

/** Lists handoffs. */
export async function listHandoffs(auth: AgentAuth, status: HandoffFilter): Promise<HandoffItem[]> {
  const { data } = await apiFetch<{ handoffs: HandoffItem[] }>(
    `/api/agent/handoffs?status=${status}`,
    { token: auth.token },
  );
  return (data.handoffs ?? []).slice().sort(byPriority);
}

/** One conversation with its transcript and turns. */
export async function getConversation(auth: AgentAuth, id: string): Promise<AgentConversation> {
  const path = `/api/agent/conversations/${encodeURIComponent(id)}`;
  return (await apiFetch<AgentConversation>(path, { token: auth.token })).data;
}

/** Claims a handoff for this agent. */
export async function claim(auth: AgentAuth, handoffId: string): Promise<void> {
  await apiFetch(`/api/agent/handoffs/${encodeURIComponent(handoffId)}/claim`, {
    token: auth.token,
    body: { agent: auth.name },
  });
}

/** Writes to the customer. */
export async function sendAgentMessage(
  auth: AgentAuth,
  conversationId: string,
  text: string,
): Promise<number | null> {
  const { data } = await apiFetch<{ seq?: number }>(
    `/api/agent/conversations/${encodeURIComponent(conversationId)}/messages`,
    { token: auth.token, body: { text, agent: auth.name } },
  );
  return data?.seq ?? null;
}

/** Hands the conversation back to the AI. */
export async function handBack(auth: AgentAuth, conversationId: string): Promise<void> {
  await apiFetch(`/api/agent/conversations/${encodeURIComponent(conversationId)}/handback`, {
    token: auth.token,
    body: { agent: auth.name },
  });
}

/** Closes the conversation. */
export async function closeConversation(auth: AgentAuth, conversationId: string): Promise<void> {
  await apiFetch(`/api/agent/conversations/${encodeURIComponent(conversationId)}/close`, {
    token: auth.token,
    body: { agent: auth.name },
  });
}

/** Analytics since a moment. */
export async function getAnalytics(auth: AgentAuth, since: Date): Promise<Analytics> {
  const q = new URLSearchParams({ since: since.toISOString() });
  return (await apiFetch<Analytics>(`/api/agent/analytics?${q}`, { token: auth.token })).data;
}
