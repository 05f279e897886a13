/**
 * The guardrail actor: checks the drafted reply before it is sent — prompt injection in
 * the customer's message, privacy, grounding, policy and tone. It fixes what it safely
 * can (verdict "fixed"); otherwise it blocks and hands the turn to the escalation router.
 */
import type { ActorDef, StepResult } from "../shared/actor.ts";
import type { GuardrailEnrichment, GuardrailIssue, Message } from "../shared/protocol.ts";
import { blocking, type Check } from "./guardrail/check.ts";
import { factsOf } from "../domain/facts.ts";
import { groundingCheck } from "./guardrail/grounding.ts";
import { injectionCheck } from "./guardrail/injection.ts";
import { policyCheck } from "./guardrail/policy_check.ts";
import { privacyCheck } from "./guardrail/privacy.ts";
import { productCheck } from "./guardrail/product_check.ts";
import { isFiller, splitSentences } from "./guardrail/sentences.ts";
import { statusCheck } from "./guardrail/status_check.ts";
import { toneCheck } from "./guardrail/tone_check.ts";

/** The guardrail needs nothing beyond the message and the clock. */
export type GuardrailDeps = Record<string, unknown>;

/**
 * The checks in the order they run: injection first, so later checks see the limited
 * reply; policy before grounding, so a promise beyond policy is replaced by the rule rather
 * than only dropped; status and product claims after grounding, so a sentence already
 * dropped for an invented fact does not block.
 */
export const GUARDRAIL_CHECKS: readonly Check[] = [
  injectionCheck,
  privacyCheck,
  policyCheck,
  groundingCheck,
  statusCheck,
  productCheck,
  toneCheck,
];

/** What a blocked reply is replaced with until the escalation router answers. */
export const BLOCKED_TEXT =
  "I'm sorry — I need a colleague to check this before I answer. Someone from our team will follow up here shortly.";

/** Checks the reply of `msg` at `now`: the enrichment, and the reason to escalate if blocked. */
export function checkReply(msg: Message, now: Date): StepResult<"guardrail"> {
  const response = msg.payload.response;
  if (!response) return block([], "there is no reply to check");
  const facts = factsOf(msg, now);
  const issues: GuardrailIssue[] = [];
  let text = response.text;
  for (const check of GUARDRAIL_CHECKS) {
    const r = check({ text, msg, facts, now });
    text = r.text;
    issues.push(...r.issues);
    if (r.block) return block(issues, r.block);
  }
  const foreign = response.proposed_actions.filter((a) =>
    a.order_id && !facts.orderIds.has(a.order_id)
  );
  if (foreign.length > 0) {
    return block(
      issues,
      `it proposes ${foreign[0].type} on ${foreign[0].order_id}, which is not the customer's order`,
    );
  }
  if (text.trim() === "") return block(issues, "the reply is empty");
  // A reply that lost its substance to the fixes (only greetings left) is not worth sending.
  if (issues.length > 0 && !splitSentences(text).some((s) => !isFiller(s))) {
    return block(issues, "nothing safe is left of the reply");
  }
  const injection = issues.some((i) => i.kind === "injection");
  const enrichment: GuardrailEnrichment = {
    verdict: issues.some((i) => i.severity === "fixed") ? "fixed" : "pass",
    issues,
    text,
    injection_detected: injection,
  };
  return { enrichment };
}

function block(issues: GuardrailIssue[], reason: string): StepResult<"guardrail"> {
  const all = [...issues, blocking("format", `Blocked: ${reason}`)];
  const enrichment: GuardrailEnrichment = {
    verdict: "blocked",
    issues: all,
    text: BLOCKED_TEXT,
    injection_detected: issues.some((i) => i.kind === "injection"),
  };
  return { enrichment, escalate: `Reply blocked by guardrail: ${reason}` };
}

/** The guardrail actor. */
export const guardrailActor: ActorDef<"guardrail", GuardrailDeps> = {
  name: "guardrail",
  key: "guardrail",
  process: (msg, _deps, ctx) => checkReply(msg, ctx.now()),
};
