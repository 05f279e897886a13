/**
 * "Wow thanks a lot", "oh wonderful. just wonderful." right after we told them where their
 * order is: a reaction to that news, about that order (`domain/reaction.ts`). It was read as
 * thanks ("Happy to help!") or as praise we were not sure of ("would you like to sort out a
 * delivery problem?"). It is read as a problem with the order in focus: the reply apologises
 * and offers what can be done when the news was bad, and thanks them when it was good (the
 * reply knows the parcel's state; this reader does not). Never while a change waits for a yes
 * ("perfect" may be that yes). Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import type { DialogueFocus } from "../../shared/dialogue_state.ts";
import { bareReaction } from "../../domain/reaction.ts";
import { relabelled } from "./relabel.ts";
import { faultOfIt } from "./fault_of_it.ts";

/** Topics whose answer was news of an order. */
const NEWS: ReadonlySet<Intent> = new Set<Intent>(["order_status", "delivery_problem"]);
/** Readings a reaction is taken for. */
const REACTION_READ: ReadonlySet<Intent> = new Set<Intent>([
  "small_talk",
  "feedback",
  "other",
  "affirm",
  "complaint",
]);

/** How sure a reaction after news of an order is about that order. */
const CONFIDENCE = 0.6;

/** The reading of a bare reaction to news of an order as about that order; else as it was. */
export function reactionAfterNews(
  reading: IntentEnrichment,
  text: string,
  o: {
    dialogue: { focus?: DialogueFocus | null; topic?: Intent | null } | null | undefined;
    pendingChange: boolean;
    /** The intent of the turn before: it asked for the news (not a yes that did a change). */
    lastIntent: Intent | null;
  },
): IntentEnrichment {
  const focus = o.dialogue?.focus?.order_id;
  // "It doesn't froth anymore" after the goods were named: a fault, not a reaction.
  const fault = faultOfIt(reading, text, { focus: focus ?? null, pendingChange: o.pendingChange });
  if (fault) return fault;
  const topic = o.dialogue?.topic ?? null;
  if (o.pendingChange || !focus || !topic || !NEWS.has(topic)) return reading;
  // "Great", "thank you so much!" after a change was carried out are thanks for it.
  if (!o.lastIntent || !NEWS.has(o.lastIntent)) return reading;
  if (!REACTION_READ.has(reading.intent) || !bareReaction(text)) return reading;
  const r = relabelled(reading, "delivery_problem", CONFIDENCE);
  const order_ids = r.entities.order_ids.includes(focus)
    ? r.entities.order_ids
    : [...r.entities.order_ids, focus];
  return { ...r, source: "conversation", entities: { ...r.entities, order_ids } };
}
