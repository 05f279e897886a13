/**
 * "And returns from the uk, who pays?", "cool, and returns?", "what about refunds?" right after
 * an answer about the store's rules (shipping, policies, ways to pay): another rule asked about
 * in passing, in the light of that answer — not a clarifying question, and never a return of an
 * order proposed ("cool, and returns?" had offered to return ORD-1002). A wish of their own
 * ("and i want to return the shoes") is a request, not a question. Pure.
 */
import type { Intent } from "../../shared/protocol.ts";
import { answerPolicyQuestion } from "../../domain/policy_questions.ts";

/** Answers of the store's rules. */
const ABOUT_POLICY: ReadonlySet<Intent> = new Set<Intent>([
  "policy_question",
  "shipping_options",
  "payment_methods",
]);

/** Asked in passing: "and …", "what about …", "how about …", or a question mark. */
const IN_PASSING =
  /^(?:(?:ok(?:ay)?|cool|great|nice|thanks|thx|ty|right|alright|perfect|k+)[\s,.!]+)*(?:and|also|what about|how about|n)\b|\?\s*$/i;
/** A wish or an order of their own: a request, not a question about the rules. */
const OWN =
  /\b(?:i (?:want|wanna|need|would like|'d like|d like|will)|id like|please|pls|plz|my|mine|this|these|it|them|start|open|set up)\b/i;
/** Readings with answers of their own: "what about google pay" is the ways to pay, asked again. */
const OWN_ANSWER: ReadonlySet<Intent> = new Set<Intent>(["payment_methods", "shipping_options"]);
/** The most words such a follow-up has. */
const MAX_WORDS = 12;

/** Whether the message asks about another of the store's rules right after one was answered. */
export function policyFollowUp(
  text: string,
  input: { lastIntent: Intent | null; read: Intent; namesSomething: boolean },
): boolean {
  const { lastIntent, read } = input;
  if (!lastIntent || !ABOUT_POLICY.has(lastIntent) || input.namesSomething) return false;
  if (OWN_ANSWER.has(read)) return false;
  const t = text.trim().replace(/[’]/g, "'");
  if (t.split(/\s+/).length > MAX_WORDS || !IN_PASSING.test(t) || OWN.test(t)) return false;
  return answerPolicyQuestion(t) !== null;
}
