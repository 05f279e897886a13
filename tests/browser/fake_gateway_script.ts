/**
 * The fake gateway's data and script: the records it keeps in memory, the demo cast, the
 * progress steps it plays, and its few scripted answers.
 */
import type { Context } from "hono";
import type { WSContext } from "hono/ws";

export type Role = "customer" | "assistant" | "agent" | "system";
export interface Msg {
  seq: number;
  role: Role;
  text: string;
  message_id: string | null;
  created_at: string;
  meta: Record<string, unknown>;
}
export interface Conv {
  id: string;
  session_id: string;
  email: string;
  name: string | null;
  mode: "ai" | "human";
  status: "open" | "closed";
  messages: Msg[];
  pending: boolean;
  sockets: Set<WSContext>;
  clientIds: Map<string, string>;
}
export interface Handoff {
  id: string;
  conversation_id: string;
  session_id: string;
  customer: string;
  priority: string;
  reason: string;
  summary: string;
  sentiment: string;
  urgency: string;
  intent: string;
  draft_reply: string;
  status: "queued" | "claimed" | "closed";
  assigned_to: string | null;
  created_at: string;
}

export const CAST: Record<string, { id: string; name: string; tier: string }> = {
  "sarah.chen@example.com": { id: "C-1", name: "Sarah Chen", tier: "gold" },
  "mike.johnson@example.com": { id: "C-2", name: "Mike Johnson", tier: "standard" },
  "emma.wilson@example.com": { id: "C-3", name: "Emma Wilson", tier: "vip" },
};
export const STEPS = [
  "sentiment",
  "intent",
  "context",
  "decision_router",
  "response",
  "guardrail",
  "aggregator",
];

export function problem(c: Context, status: 400 | 401 | 404, detail: string): Response {
  return c.body(JSON.stringify({ type: "about:blank", title: "Error", status, detail }), status, {
    "content-type": "application/problem+json",
  });
}

export function answer(text: string, conv: Conv): {
  reply: string;
  intent: string;
  actions: unknown[];
  pending: boolean;
  handoff: boolean;
} {
  const t = text.toLowerCase();
  if (/manager|lost|unacceptable/.test(t)) {
    return {
      reply: "I'm so sorry about this. I've passed your conversation to a support specialist, " +
        "who will join you here shortly.",
      intent: "delivery_problem",
      actions: [],
      pending: false,
      handoff: true,
    };
  }
  if (conv.pending && /^(yes|yes, go ahead|ok)/.test(t)) {
    return {
      reply:
        "Done — order ORD-1003 is cancelled. The refund of $89.00 will reach your card in 3–5 days.",
      intent: "affirm",
      actions: [{
        type: "cancel_order",
        order_id: "ORD-1003",
        status: "done",
        detail: "Cancelled; refund $89.00 issued",
      }],
      pending: false,
      handoff: false,
    };
  }
  if (/cancel/.test(t)) {
    return {
      reply: "Order ORD-1003 is still processing, so I can cancel it. Shall I go ahead?",
      intent: "cancel_order",
      actions: [],
      pending: true,
      handoff: false,
    };
  }
  const order = /ORD-\d+/i.exec(text)?.[0].toUpperCase() ?? null;
  if (order && order !== "ORD-1001") {
    return {
      reply: `Order ${order} is being processed and will ship within two days.`,
      intent: "order_status",
      actions: [],
      pending: false,
      handoff: false,
    };
  }
  if (order || /where/.test(t)) {
    return {
      reply: "Your order ORD-1001 has shipped and is in transit with UPS. Tracking number " +
        "TRK4829105736 — it should arrive on Friday.",
      intent: "order_status",
      actions: [{
        type: "tracking_info",
        order_id: "ORD-1001",
        status: "done",
        detail: "In transit · TRK4829105736",
      }],
      pending: false,
      handoff: false,
    };
  }
  return {
    reply: "I can help with orders, deliveries, returns and refunds. What would you like to do?",
    intent: "small_talk",
    actions: [],
    pending: false,
    handoff: false,
  };
}

/** The analytics the fake agent console shows. */
export const ANALYTICS = {
  turns_total: 148,
  turns_by_intent: [
    { intent: "order_status", count: 52 },
    { intent: "cancel_order", count: 21 },
    { intent: "return_item", count: 18 },
    { intent: "refund_status", count: 15 },
    { intent: "delivery_problem", count: 14 },
    { intent: "small_talk", count: 12 },
    { intent: "human_agent", count: 9 },
    { intent: "other", count: 7 },
  ],
  resolved_without_human: 0.89,
  resolution: { conversations: 37, without_human: 33, share: 0.89 },
  handoffs: 5,
  handed_over_conversations: 4,
  sentiment_over_time: Array.from({ length: 12 }, (_, i) => ({
    bucket: new Date(Date.UTC(2024, 4, 1, 8 + i)).toISOString(),
    positive: 3 + ((i * 7) % 5),
    neutral: 5 + ((i * 3) % 6),
    negative: 1 + ((i * 5) % 4),
  })),
  latency_per_actor: [
    { actor: "sentiment", avg_ms: 2.1, p95_ms: 4.8, count: 148 },
    { actor: "intent", avg_ms: 3.4, p95_ms: 7.9, count: 148 },
    { actor: "context", avg_ms: 18.2, p95_ms: 41.5, count: 148 },
    { actor: "decision_router", avg_ms: 0.8, p95_ms: 1.6, count: 148 },
    { actor: "response", avg_ms: 6.5, p95_ms: 12.2, count: 148 },
    { actor: "guardrail", avg_ms: 2.9, p95_ms: 5.1, count: 148 },
    { actor: "execution", avg_ms: 24.7, p95_ms: 58.3, count: 61 },
    { actor: "aggregator", avg_ms: 1.2, p95_ms: 2.4, count: 148 },
  ],
};
