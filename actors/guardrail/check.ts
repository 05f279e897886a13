/**
 * What every guardrail check takes and returns: the reply so far in, the reply after its
 * fixes out, with the issues found and, when it cannot fix one, the reason to block.
 */
import type { GuardrailIssue, Message } from "../../shared/protocol.ts";
import type { Facts } from "../../domain/facts.ts";

/** The input of a check. */
export interface CheckInput {
  /** The reply as the previous checks left it. */
  text: string;
  msg: Message;
  facts: Facts;
  now: Date;
}

/** The output of a check. */
export interface CheckResult {
  text: string;
  issues: GuardrailIssue[];
  /** Set when the reply cannot be fixed: the turn goes to escalation. */
  block?: string;
}

/** One check of the guardrail. */
export type Check = (input: CheckInput) => CheckResult;

/** An issue the check fixed. */
export function fixed(kind: GuardrailIssue["kind"], detail: string): GuardrailIssue {
  return { kind, detail, severity: "fixed" };
}

/** An issue that blocks the reply. */
export function blocking(kind: GuardrailIssue["kind"], detail: string): GuardrailIssue {
  return { kind, detail, severity: "block" };
}

/** Shortens a sentence for an issue's detail. */
export function quote(s: string, max = 80): string {
  return s.length > max ? `"${s.slice(0, max - 1)}…"` : `"${s}"`;
}
