/**
 * The changes of an order that a person asked for beside them does not swallow ("get me a
 * manager and cancel ORD-1003"): the decision router routes such a turn through execution
 * and to a person, and the response answers the change before announcing the person.
 */
import type { Intent } from "../shared/protocol.ts";

/** Changes of an order answered beside a request for a person. */
export const CHANGES_BESIDE_PERSON: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
]);

/** "A person about cancelling ORD-1003": the change named as what the person is wanted for. */
const ABOUT_CHANGE: readonly [RegExp, Intent][] = [
  [/\babout\s+(?:cancel+ing|cancel+ation of|cancel+ing my order)\b/i, "cancel_order"],
  [/\babout\s+(?:returning|sending (?:it|them|\w+) back)\b/i, "return_item"],
  [
    /\babout\s+(?:changing|updating)\s+(?:the|my)\s+(?:delivery |shipping )?address\b/i,
    "change_address",
  ],
];

/** The change a request for a person names as its subject, or null. */
export function changeAbout(text: string): Intent | null {
  return ABOUT_CHANGE.find(([re]) => re.test(text))?.[1] ?? null;
}

import { restAfterJokedPerson } from "./joked_person.ts";

/** "No need to talk to a person", "I don't want a human": a person turned down, not asked. */
const PERSON_DECLINED =
  /\b(?:(?:don'?t|do not|dont|no longer|never)\s+(?:need|want|have)\s+(?:to\s+(?:talk|speak|chat)\s+(?:to|with)\s+)?|no need\s+(?:to\s+(?:talk|speak|chat)\s+(?:to|with)\s+|for\s+)|rather not\s+(?:talk|speak|chat)\s+(?:to|with)\s+|without\s+)(?:a |an |the |your |any )?(?:real )?(?:person|human|manager|agent|supervisor|someone|somebody|anyone|anybody|people)\b/i;

/**
 * Whether the message turns a person down ("no need to talk to a person, just cancel it"), or
 * asks for one only in jest ("let me speak to your manager jk jk, where is 1001").
 */
export function personDeclined(text: string): boolean {
  return PERSON_DECLINED.test(text) || restAfterJokedPerson(text) !== null;
}

/** A clause that only says no: "no", "nope", "no thanks". */
const BARE_NO = /^(?:no+|nope|nah|no thanks?|no thank you)$/i;

/**
 * "No, I don't want to talk to anyone, I want the vacuum": the message without the clauses
 * that turn a person down (and a bare "no" before them) — what it does ask — or null when it
 * turns none down or nothing of two words or more is left.
 */
export function withoutDeclinedPerson(text: string): string | null {
  if (!PERSON_DECLINED.test(text)) return null;
  const rest = text.split(/\s*(?:[,.;!?]+|\s-\s|\bbut\b|\bjust\b)\s*/i)
    .filter((c) => c !== "" && !PERSON_DECLINED.test(c) && !BARE_NO.test(c.trim()))
    .join(", ");
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2 ? rest : null;
}
