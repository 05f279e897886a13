/**
 * What other actors use of the response templates: the outcome texts execution writes
 * after running an action, and the policy-aware eligibility checks.
 */
export {
  actionPhrase,
  describeAction,
  type OutcomeContext,
  renderActionOutcome,
  renderActionOutcomes,
  renderOutcomeFor,
} from "../../domain/outcomes.ts";
export {
  canChange,
  canExpedite,
  canRefund,
  canReturn,
  type Eligibility,
  returnDeadline,
} from "../../domain/eligibility.ts";
export { formatDate, formatMoney } from "../../domain/format.ts";
export { renderTemplate } from "./templates.ts";
export { type Draft, LOOKUP_ACTIONS, type TurnView, viewOf } from "./view.ts";
