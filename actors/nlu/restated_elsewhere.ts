/**
 * "Refund please" while the refund of the lost vacuum waits, said right after the customer
 * turned to the broken mixer ("ok, the mixer then, it's broken"): the change's verb said
 * again, with no order named and no yes, while the conversation is about another order than
 * the waiting change's. It asks the same for the order now talked of — a request of its
 * own, proposed for its own yes — not consent to the waiting change (which a refund of the
 * wrong order would have been). A plain "yes" answers the question our last reply ended on
 * and stands. Pure.
 */
import type { Entities, Intent, SessionInfo } from "../../shared/protocol.ts";
import { CHANGE_INTENT } from "./change_switch.ts";

/** A pronoun pointing at what our last question was about. */
export const POINTS_BACK = /\b(?:it|that|this|them|those|one)\b/i;

/** How sure the change said again is the order's talked of now. */
const RESTATED_CONFIDENCE = 0.85;
import type { ConfirmationReading } from "./confirmation.ts";
import { readWhileQueued } from "./queued_yes.ts";
import { sameMessage } from "../../domain/chat_talk.ts";

/** A yes in so many words: "yes" sent twice to a change proposed after a "yes" stays a yes. */
const YES_WORD =
  /\b(?:yes|yeah|yep|yup|ok(?:ay)?|sure|go ahead|do it|confirm(?:ed)?|please do|absolutely|definitely)\b/i;

/** Why a message sent again while its change waits is no answer to it. */
export const SAID_AGAIN = "the message that asked for the change, sent again";

/**
 * The reading of a reply to the session's pending change in the session's light: a weak
 * yes while a person is on the way, or the change's verb said again while another order is
 * talked of, is no consent.
 */
export function inSession(
  text: string,
  reading: ConfirmationReading,
  session: Pick<SessionInfo, "open_handoff" | "pending_action" | "dialogue">,
  entities: Pick<Entities, "order_ids" | "order_refs">,
): ConfirmationReading {
  // "Cancel ORD-1003" sent twice (a double send, or the proposal not seen yet): taken once,
  // neither a yes nor a second request — the change is asked again.
  const again = reading.label === "new_request" ||
    (reading.label === "affirm" && !YES_WORD.test(text));
  if (again && sameMessage(text, session.dialogue?.said)) {
    return { label: "unclear", reason: SAID_AGAIN, request: null };
  }
  return restatedAboutAnother(readWhileQueued(reading, !!session.open_handoff), {
    pendingOrder: session.pending_action?.action.order_id ?? null,
    pendingType: session.pending_action?.action.type ?? "",
    focusOrder: session.dialogue?.focus?.order_id ?? null,
    text,
    entities,
  });
}

/** The reading of a reply to a pending change, with a restatement made unclear when it may be another order's. */
export function restatedAboutAnother(
  reading: ConfirmationReading,
  opts: {
    /** The order and the type of the waiting change. */
    pendingOrder: string | null;
    pendingType: string;
    /** The order the conversation is about now. */
    focusOrder: string | null;
    /** The reply's words. */
    text: string;
    /** What the reply names: an order of its own settles which. */
    entities: Pick<Entities, "order_ids" | "order_refs">;
  },
): ConfirmationReading {
  if (reading.label !== "affirm" || reading.reason !== "restates the change") return reading;
  const { pendingOrder, focusOrder, entities } = opts;
  const namesOrder = entities.order_ids.length > 0 || (entities.order_refs?.length ?? 0) > 0;
  if (namesOrder || !pendingOrder || !focusOrder || pendingOrder === focusOrder) return reading;
  // "Cancel it please" points at what our last reply asked about: the waiting change.
  if (POINTS_BACK.test(opts.text)) return reading;
  // The same change, for the order talked of now: proposed for its own yes.
  const intent = (CHANGE_INTENT as Record<string, Intent | undefined>)[opts.pendingType];
  if (!intent) {
    return {
      label: "unclear",
      reason: "restates the change while another order is talked of",
      request: null,
    };
  }
  return {
    label: "new_request",
    reason: "restates the change while another order is talked of: that order's",
    request: { intent, confidence: RESTATED_CONFIDENCE },
  };
}
