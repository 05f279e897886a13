/**
 * Which reply the customer reads at the end of a turn, chosen here for the aggregator
 * (which stores it) and the gateway (which answers with it, also for a turn the aggregator
 * never finished), and the one last-resort text.
 */
import type { AggregationEnrichment, Message } from "../shared/protocol.ts";
import { deferredLine, deferredToRaise, saidYesToBoth } from "./deferred.ts";
import { doneWhileQueuedLine } from "./done_while_queued.ts";

/** What a customer reads when no actor managed to write a reply, or the mesh gave up. */
export const LAST_RESORT_REPLY =
  "I'm sorry — something went wrong on our side while handling your message. A member of " +
  "our support team has been notified and will follow up here; if you had asked us to " +
  "change an order, they will confirm whether the change went through.";

/** Picks the reply the customer reads, and what kind of ending the turn had. */
export function finalReply(msg: Message): Pick<AggregationEnrichment, "reply" | "outcome"> {
  const p = msg.payload;
  if (p.escalation) return { reply: p.escalation.text, outcome: p.escalation.kind };
  const reply = p.execution?.text ?? p.guardrail?.text ?? p.response?.text ?? LAST_RESORT_REPLY;
  const action = p.decision?.action;
  // The first change settled: the one put off beside it is raised again (domain/deferred.ts).
  const raise = deferredToRaise(msg);
  // "Done — …" while a person is on the way: that they still are.
  const queued = doneWhileQueuedLine(msg);
  const lines = [reply, raise ? deferredLine(raise, saidYesToBoth(msg)) : null, queued].filter((
    l,
  ) => l !== null);
  return {
    reply: lines.join("\n\n"),
    outcome: action === "clarify" || action === "identify" ? "clarify" : "answered",
  };
}

/**
 * The reply of a message the aggregator did not finish (the gateway answering a turn
 * that failed or ran out of time): only what the escalation router or the guardrail
 * passed, never an unchecked draft.
 */
export function unfinishedReply(msg: Message): string {
  return msg.payload.escalation?.text ?? msg.payload.guardrail?.text ?? LAST_RESORT_REPLY;
}
