/**
 * The remedies a turn asks for, or that its trouble calls for, in the order the decision
 * router weighs them: the first that applies gives the reason the turn acts. Pure.
 */
import type { Message } from "../../shared/protocol.ts";
import { lateOptionsRemedy } from "./late_options.ts";
import { onTimeWaitRemedy } from "./on_time_wait.ts";
import { expediteRemedy } from "./expedite_remedy.ts";
import { lostUnreadRemedy } from "./never_arrived.ts";
import { askedRemedy, compensationRemedy, lostParcelRemedy } from "./own_remedy.ts";
import { remedyOfParts } from "./remedy_parts.ts";

/** Why the turn acts on a remedy, or null when none applies. */
export function remedyOf(msg: Message): string | null {
  return compensationRemedy(msg) ?? lostParcelRemedy(msg) ?? askedRemedy(msg) ??
    expediteRemedy(msg) ?? onTimeWaitRemedy(msg) ?? lostUnreadRemedy(msg) ?? remedyOfParts(msg) ??
    lateOptionsRemedy(msg);
}
