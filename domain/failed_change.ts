/**
 * What a shopper is told when the store failed in the middle of a change they agreed to. The
 * store's order system may fail before it does anything — it says it is unavailable, or it
 * cannot be reached, or its breaker is open — and then nothing changed and the same yes can
 * try again; or it may not answer in time, and then the change may have gone through after
 * all. The reply had said "I couldn't finish looking into this" either way, naming nothing.
 * Pure.
 */

/** Whether a failed call left the store untouched (`not_done`) or may have reached it. */
export type FailedCall = "not_done" | "unknown";

/** A call that was never served: refused as unavailable, unreachable, or never made. */
const NEVER_SERVED =
  /\bunavailable\b|\bcannot be reached\b|\bcircuit open\b|\bconnection refused\b/i;
/** A call that went out and got no answer in time: it may have been carried out. */
const NO_ANSWER = /\bno answer within\b|\bdid not answer\b|\btimed? ?out\b|\bdeadline\b/i;

/** A failed try of the change: what its error said. */
export interface FailedTry {
  message: string;
}

/** True when a failed call got no answer in time: the store may have made the change. */
export function unanswered(message: string): boolean {
  return NO_ANSWER.test(message);
}

/**
 * Said of a try that was never served when an earlier delivery of the same yes got no answer
 * in time (the execution actor remembers that across redeliveries): the store may have made
 * the change then, whatever this try was told.
 */
export const EARLIER_NO_ANSWER = "; an earlier try of it had no answer within the time allowed";

/**
 * What the change's failed tries (one a round of the mesh's retries) say of the store's state:
 * untouched only when every one was never served and none, nor any delivery before it, got
 * no answer in time.
 */
export function failedCallOutcome(tries: readonly FailedTry[]): FailedCall {
  if (tries.length === 0 || tries.some((t) => NO_ANSWER.test(t.message))) return "unknown";
  return tries.every((t) => NEVER_SERVED.test(t.message)) ? "not_done" : "unknown";
}

/**
 * The sentences about the agreed change (`summary`, e.g. "cancel order ORD-1003 (…)"), the
 * handoff sentence between them: what failed, then what happens to the change.
 */
export function failedChangeSentences(
  summary: string,
  outcome: FailedCall,
): { before: string; after: string } {
  if (outcome === "not_done") {
    return {
      before: `I couldn't ${summary} just now: our order system isn't answering, so nothing ` +
        "has been changed yet.",
      after: "Once it's back, you can say yes again and I'll try once more — or the member of " +
        "our team will finish it for you.",
    };
  }
  return {
    before: `I asked our order system to ${summary}, but it didn't confirm it, so I can't ` +
      "tell yet whether it went through.",
    after: "They'll check and tell you here, and it won't be done twice.",
  };
}
