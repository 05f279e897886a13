/**
 * A change let go by name while another waits (`domain/let_go.ts`): "forget the headphones,
 * my nephew wants them" while the shoes' return waits and the headphones' cancellation was
 * put off — neither a yes nor a no to the return, which is asked again (the reply says the
 * headphones are left as they are); "scrap the headphones cancellation" while that
 * cancellation waits — a no. Before, the first re-proposed the return of every pair and the
 * second the cancellation itself. Pure.
 */
import type { Dialogue, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { deferredLetGo, pendingLetGo } from "../../domain/let_go.ts";

/** How sure a reading the conversation gives is: it rests on the change named. */
const CONFIDENCE = 0.9;

/** The reading of a message that lets a change go by name, or null. */
export function letGoReading(
  reading: IntentEnrichment,
  text: string,
  pending: PendingAction | null,
  dialogue: Partial<Dialogue> | null | undefined,
): IntentEnrichment | null {
  if (!pending || reading.confirmation === "affirm") return null;
  const base = {
    ...reading,
    confidence: CONFIDENCE,
    source: "conversation" as const,
    withdraws_pending: undefined,
    after_yes: undefined,
  };
  if (deferredLetGo(text, pending, dialogue?.deferred ?? [])) {
    return { ...base, intent: "other", confirmation: "unclear" };
  }
  if (pendingLetGo(text, pending)) return { ...base, intent: "deny", confirmation: "deny" };
  return null;
}
