/**
 * The figures of the reliability suites: duplicate side effects in the store's ledger,
 * deliveries per message from the stored turns, dead letters, and one JSON line per
 * scenario.
 */
import type { System } from "../../system/types.ts";
import type { LedgerEntry } from "./system.ts";
import type { Settlement, Traffic } from "./traffic.ts";

/** Changes the store's rules allow once per target (notes may repeat). */
const ONCE = new Set([
  "cancel_order",
  "modify_items",
  "change_address",
  "return_item",
  "return_label",
  "refund",
  "expedite_order",
  "expedite_tracking",
  "carrier_investigation",
  "goodwill_credit",
  "change_tier",
  "schedule_callback",
]);

/** The same change on the same target more than once (each shopper asks once). */
export function duplicateChanges(
  ledger: readonly LedgerEntry[],
): { action: string; target: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of ledger) {
    if (!ONCE.has(e.action)) continue;
    const k = `${e.action} ${e.target}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([k, count]) => {
    const [action, target] = k.split(" ");
    return { action, target, count };
  });
}

/** How often the turns' steps were delivered, read from their stored envelopes. */
export async function deliveryFigures(system: System, messageIds: readonly string[]): Promise<{
  max_deliveries: number;
  redelivered_steps: number;
  max_mesh_attempt: number;
  recovered_turns: number;
  dead_letters: number;
}> {
  let max = 0;
  let redelivered = 0;
  let mesh = 0;
  let recovered = 0;
  for (const id of new Set(messageIds)) {
    const turn = await system.history.getTurn(id);
    if (turn) {
      mesh = Math.max(mesh, turn.attempt);
      for (const h of turn.route.history) {
        max = Math.max(max, h.attempt);
        if (h.attempt > 1) redelivered++;
      }
    }
    if (((await system.history.inboxEntry(id))?.attempts ?? 1) > 1) recovered++;
  }
  const dead = await system.bus.deadLetters(10_000).catch(() => []);
  return {
    max_deliveries: max,
    redelivered_steps: redelivered,
    max_mesh_attempt: mesh,
    recovered_turns: recovered,
    dead_letters: dead.length,
  };
}

/** One scenario's figures. */
export interface ScenarioFigures {
  scenario: string;
  shoppers: number;
  turns: number;
  accepted: number;
  answered: number;
  handoffs: number;
  unanswered: number;
  /** Replies the shopper saw that differ from the stored reply of the same turn. */
  mismatched: number;
  /** Turns with more than one reply stored. */
  answered_twice: number;
  duplicates: number;
  max_deliveries: number;
  redelivered_steps: number;
  dead_letters: number;
  recovered_turns: number;
  statuses: Record<string, number>;
  p50_ms: number | null;
  p95_ms: number | null;
  [extra: string]: unknown;
}

/** Collects a scenario's figures from the driver, the settlement, the ledger and history. */
export async function figuresOf(o: {
  scenario: string;
  traffic: Traffic;
  settlement: Settlement;
  ledger: readonly LedgerEntry[];
  system: System;
  extra?: Record<string, unknown>;
}): Promise<ScenarioFigures> {
  const ids = o.traffic.turns.map((t) => t.messageId).filter((x): x is string => x !== null);
  const deliveries = await deliveryFigures(o.system, ids);
  const lat = o.traffic.latency();
  return {
    scenario: o.scenario,
    shoppers: o.traffic.shoppers.length,
    turns: o.traffic.turns.length,
    accepted: o.settlement.accepted,
    answered: o.settlement.answered,
    handoffs: o.settlement.handoffs,
    unanswered: o.settlement.unanswered.length,
    mismatched: o.settlement.mismatched.length,
    answered_twice: o.settlement.answeredTwice.length,
    duplicates: duplicateChanges(o.ledger).reduce((n, d) => n + d.count - 1, 0),
    max_deliveries: deliveries.max_deliveries,
    redelivered_steps: deliveries.redelivered_steps,
    dead_letters: deliveries.dead_letters,
    recovered_turns: deliveries.recovered_turns,
    statuses: o.traffic.statusCounts(),
    p50_ms: lat.p50,
    p95_ms: lat.p95,
    ...o.extra,
  };
}

/** Prints figures as one JSON line (what CI logs keep). */
export function printFigures(figures: Record<string, unknown>): void {
  // deno-lint-ignore no-console
  console.log(JSON.stringify(figures));
}
