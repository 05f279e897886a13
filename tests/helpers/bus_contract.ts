/**
 * Fixtures of the bus contract suite (shared/bus/contract_test.ts): a bus per test, small
 * waits, a handoff, and the two halves of the contract as functions any bus can run.
 */
import type { Handoff } from "../../shared/protocol.ts";
import type { Bus, DeliveryPolicy } from "../../shared/bus/types.ts";

/** A bus for one test, with whatever it needs disposed after it. */
export interface Fixture extends AsyncDisposable {
  bus: Bus;
}
export type MakeBus = (policy: Partial<DeliveryPolicy>) => Promise<Fixture>;
/** Text as bytes. */
export const enc = (s: string) => new TextEncoder().encode(s);
/** Bytes as text. */
export const dec = (b: Uint8Array) => new TextDecoder().decode(b);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(
  what: string,
  check: () => boolean,
  timeoutMs = 5_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

export function handoff(id: string): Handoff {
  return {
    id,
    conversation_id: `conv-${id}`,
    message_id: `msg-${id}`,
    session_id: null,
    customer: "sarah.chen@example.com",
    priority: "high",
    reason: "customer asked for a person",
    summary: "wants a human",
    sentiment: "negative",
    urgency: "high",
    intent: "human_agent",
    draft_reply: null,
    created_at: new Date().toISOString(),
  };
}

export interface Seen {
  text: string;
  count: number;
  at: number;
}
