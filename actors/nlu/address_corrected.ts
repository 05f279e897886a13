/**
 * "Wait no sorry its 57 not 55" while the change to a new address waits for a yes: the
 * address put right, asked for again (the reply proposes the corrected address; the
 * execution actor fills it from the waiting one, `actors/execution/fill.ts`) — not a no that
 * drops the change. Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import type { ConfirmationReading } from "./confirmation.ts";
import { correctedAddress, pendingAddress } from "../../domain/address_correction.ts";

/** The reading of a word of the waiting address put right, or null. */
export function addressCorrected(
  text: string,
  pending: PendingAction["action"],
): ConfirmationReading | null {
  const address = pendingAddress(pending);
  if (!address || !correctedAddress(text, address)) return null;
  return {
    label: "new_request",
    reason: "a word of the new address put right",
    request: { intent: "change_address", confidence: 0.9 },
  };
}
