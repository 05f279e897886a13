/**
 * "Not even for amazon?", "what about weekends?", "does it cover drops?", "who pays for
 * that?" right after an answer about one of the store's rules: a question about that rule,
 * however the words read alone (off-topic, small talk, a product, the ways to pay). The
 * reading rests on the rule the dialogue state keeps (`rule`) and on there being a detail of
 * it that the words ask for (`domain/rule_follow_up.ts`). Pure.
 */
import type { Dialogue, Entities, IntentEnrichment } from "../../shared/protocol.ts";
import { ruleFollowUp } from "../../domain/rule_follow_up.ts";
import type { RuleFamily } from "../../domain/rule_details.ts";
import { readAsRule } from "./read_as_rule.ts";

/** Readings a change of an order keeps: "ok cancel it then" is no question about the rule. */
const KEPT: ReadonlySet<string> = new Set([
  "cancel_order",
  "modify_order",
  "change_address",
  "human_agent",
  "affirm",
  "deny",
  "complaint",
]);

function namesSomething(e: Entities): boolean {
  return e.order_ids.length > 0 || e.products.length > 0 || e.tracking_numbers.length > 0 ||
    (e.order_refs?.length ?? 0) > 0;
}

/** The turn's state the reading needs. */
export interface RuleFollowUpState {
  dialogue: Partial<Dialogue> | null | undefined;
  /** Whether a change waits for a yes (then a yes or a no is read first). */
  pendingChange: boolean;
}

/** The reading as a question about the rule before, or the reading unchanged. */
export function asRuleFollowUp(
  r: IntentEnrichment,
  text: string,
  state: RuleFollowUpState,
): IntentEnrichment {
  const rule = state.dialogue?.rule as RuleFamily | null | undefined;
  if (!rule || state.pendingChange || KEPT.has(r.intent) || namesSomething(r.entities)) return r;
  const answer = ruleFollowUp({
    text,
    rule,
    namesSomething: false,
    place: state.dialogue?.place ?? null,
  });
  // A detail asked in so many words keeps the classifier's reading.
  if (!answer?.carried) return r;
  return { ...readAsRule(r, "policy_question", text), source: "conversation" };
}
