/**
 * "Yes for 1001 only", "just 1003 then" while one change waits for several orders ("speed
 * up 1001 and 1003"): the change for the orders named alone. The waiting change is dropped
 * (`withdraws_pending`) and proposed anew for those orders, for its own yes — the others are
 * left as they were. Pure.
 */
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { REQUEST_OF } from "./same_for_other.ts";

/** "Only", "just": the orders named and no others. */
const ONLY = /\b(?:only|just|solely)\b/i;

/** The reading of a reply that narrows a change waiting for several orders, or null. */
export function narrowedPending(
  reading: IntentEnrichment,
  text: string,
  pending: PendingAction | null,
): IntentEnrichment | null {
  if (!pending?.also?.length || reading.confirmation === "deny" || !ONLY.test(text)) return null;
  const intent = REQUEST_OF[pending.action.type];
  if (!intent) return null;
  const all = [pending.action, ...pending.also.map((a) => a.action)].map((a) => a.order_id);
  const said = [
    ...reading.entities.order_ids,
    ...(reading.entities.order_refs ?? []).map((r) => r.id),
  ];
  const kept = all.filter((id): id is string => !!id && said.includes(id));
  if (kept.length === 0 || kept.length >= all.length) return null;
  return {
    ...reading,
    intent,
    confidence: 0.9,
    alternatives: reading.alternatives.filter((a) => a.intent !== intent),
    source: "conversation",
    confirmation: "new_request",
    withdraws_pending: true,
    entities: { ...reading.entities, order_ids: kept },
  };
}
