/**
 * The decision router: from sentiment, intent and context it writes the rest of the
 * route — hand over to a human, ask to clarify, ask who the customer is, answer, or
 * answer and act — and records the decision with its reasons.
 */
import { faultAnswersPending } from "../domain/fault_told.ts";
import { speedsUpTheirOrders } from "./decision_router/speed_up_all.ts";
import type { ActorDef } from "../shared/actor.ts";
import type {
  DecisionEnrichment,
  Intent,
  Message,
  Priority,
  SentimentEnrichment,
} from "../shared/protocol.ts";
import { PermanentError } from "../shared/errors.ts";
import { asksForReplacement, ORDER_INTENTS, REPLACEMENT_INTENTS } from "../domain/intents.ts";
import { faqFor, faqMayAnswer } from "../domain/faq.ts";
import { askedAsQuestion } from "../domain/policy_questions.ts";
import { parcelLost } from "../domain/eligibility.ts";
import { higherPriority, raisedPriority } from "../domain/handoff.ts";
import { mildAnswer } from "../domain/dialogue.ts";
import { calmGoodsReport } from "./decision_router/calm_report.ts";
import { madeMeanwhile } from "../domain/made_meanwhile.ts";
import { mildQuestion } from "../domain/mild_question.ts";
import { foreignRequest, isTemplateLanguage, languageName } from "../domain/foreign.ts";
import { upsetTurn, whileQueued } from "./decision_router/while_queued.ts";
import { onlyWithdraws, withdrawalOf } from "./decision_router/withdrawal.ts";
import { callsOffPerson } from "../domain/called_off.ts";
import { onTimeStatusAnswer } from "./decision_router/on_time_status.ts";
import { onTimePreparingAnswer } from "./decision_router/on_time_preparing.ts";
import { onTimeRefundAnswer } from "./decision_router/on_time_refund.ts";
import { compensationWithoutGrounds } from "./decision_router/own_remedy.ts";
import { remedyOf } from "./decision_router/remedies.ts";
import { deferredTakenUp } from "../domain/deferred.ts";
import { upsetButAsks } from "./decision_router/upset_request.ts";
import { lettingGo } from "./decision_router/letting_go.ts";
import {
  asksPerson,
  asksPersonInWords,
  changeBesidePerson,
  HANDOFF_AND_ACT,
} from "./decision_router/person_and_change.ts";
import { callbackReason } from "./decision_router/callback.ts";
import { insistsAfterNo } from "./decision_router/insists.ts";
import { notedOnly, weighedReason } from "./decision_router/weighed.ts";
import { calmDatesQuestion } from "../domain/dates_asked.ts";

/** Below this intent confidence the customer is asked what they mean. */
export const CLARIFY_BELOW = 0.45;
/** The same for an order intent about an order of theirs that the message names. */
export const CLARIFY_BELOW_WITH_ORDER = 0.3;

/** Intents that may change something in the store: execution follows the reply. */
const ACTIONABLE: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "refund_status",
  "delivery_problem",
]);

/** Intents that may change something when they are about one of the customer's orders. */
const ORDER_ACTIONABLE: ReadonlySet<Intent> = new Set<Intent>([
  "shipping_options",
  "complaint",
]);

/** Intents that never need clarifying, whatever the classifier's confidence. */
const SELF_EVIDENT: ReadonlySet<Intent> = new Set<Intent>(["small_talk", "affirm", "deny"]);

/** The distinct requests of a message that makes several; empty when it makes one. */
function severalRequests(
  requests: NonNullable<Message["payload"]["intent"]>["requests"],
): { intent: Intent; confidence: number }[] {
  const distinct = new Set((requests ?? []).map((r) => r.intent));
  return distinct.size >= 2 ? requests ?? [] : [];
}

/** Routes per decision. */
export const ROUTES: Record<DecisionEnrichment["action"], string[]> = {
  answer: ["response", "guardrail", "aggregator"],
  act: ["response", "guardrail", "execution", "aggregator"],
  clarify: ["response", "guardrail", "aggregator"],
  identify: ["response", "guardrail", "aggregator"],
  handoff: ["response", "guardrail", "escalation_router", "aggregator"],
};

function basePriority(s: SentimentEnrichment | undefined, tier: string | undefined): Priority {
  if (s?.urgency === "critical") return "urgent";
  if (s?.urgency === "high" || tier === "vip") return "high";
  if (s?.label === "negative" || tier === "gold") return "normal";
  return "low";
}

/**
 * Decides what happens with a turn; pure. A turn that withdraws the open handoff ("never
 * mind, I sorted it") is answered, and what else it asks is decided as with none open.
 */
export function decide(msg: Message): DecisionEnrichment {
  const off = withdrawalOf(msg);
  if (!off) return decideRoute(msg);
  if (onlyWithdraws(msg)) {
    return {
      action: "answer",
      priority: msg.session.open_handoff?.priority ?? "normal",
      include_execution: false,
      steps: ROUTES.answer,
      reasons: [`the customer withdrew the request for a person (${off.id})`],
      withdraws_handoff: { ...off, alone: true },
    };
  }
  const rest = decideRoute({ ...msg, session: { ...msg.session, open_handoff: null } });
  // Handed over after all (upset, critical): the handoff stays open and this turn joins it.
  if (rest.action === "handoff") return decideRoute(msg);
  return {
    ...rest,
    reasons: [...rest.reasons, `the customer withdrew the request for a person (${off.id})`],
    withdraws_handoff: off,
  };
}

function decideRoute(msg: Message): DecisionEnrichment {
  const { sentiment, intent, context } = msg.payload;
  if (!intent || !context) {
    throw new PermanentError("Cannot decide a route: intent and context must run first");
  }
  const tier = context.customer?.tier;
  const reasons: string[] = [];
  let priority = basePriority(sentiment, tier);
  const named = intent.entities.order_ids.length > 0 || intent.entities.tracking_numbers.length > 0;
  const pending = msg.session.pending_action;
  const said = msg.payload.customer_message.text;
  // A waiting change turned down is dropped by execution, whatever else the turn needs: a
  // clarifying question said "I've left it as it was" while the change still waited.
  // So is one the store shows made already ("did it go through?": it did, after all).
  const drops = !!pending && (intent.withdraws_pending === true || madeMeanwhile(pending, context));
  const make = (action: DecisionEnrichment["action"]): DecisionEnrichment => {
    const execution = action === "act" || (drops && (action === "clarify" || action === "answer"));
    const steps = execution && action !== "act" ? ROUTES.act : ROUTES[action];
    return { action, priority, include_execution: execution, steps, reasons };
  };

  // Asked for a person in so many words, they get one, however the message reads besides.
  // "No need to talk to a person, just cancel it": turned down, no person.
  const wantsPerson = asksPerson(msg);
  // "This is ridiculous. Cancel it and refund me": the request answered, not a queue.
  const asks = pending || wantsPerson ? null : upsetButAsks(msg);
  if (sentiment?.urgency === "critical" && !asks) {
    reasons.push("critical urgency: a person should take this now");
    return make("handoff");
  }
  const insists = insistsAfterNo(msg);
  if (insists) {
    reasons.push(insists);
    if (priority === "low") priority = "normal";
    return make("handoff");
  }
  const foreign = foreignDecision(msg);
  if (foreign) {
    reasons.push(foreign.reason);
    if (foreign.action === "handoff" && priority === "low") priority = "normal";
    return make(foreign.action);
  }
  // "Call me tomorrow after 3pm on 07700 900123": the store books call backs, no chat queue.
  const callback = callbackReason(msg, new Date(msg.created_at));
  if (callback) {
    reasons.push(callback);
    return make("act");
  }
  // "Get me a manager and cancel ORD-1003": the change answered now, and the person queued
  // too (while one is on the way, the change is answered and they stay on their way).
  const beside = changeBesidePerson(msg);
  if (beside) {
    reasons.push(`a person asked for beside ${beside.intent}: the change answered, the person too`);
    if (priority === "low") priority = "normal";
    if (msg.session.open_handoff) return make("act");
    return { ...make("handoff"), include_execution: true, steps: HANDOFF_AND_ACT };
  }
  // A question the FAQ answers (a password reset, opening hours) gets the answer, not a
  // person — however upset the customer is — unless they ask for one or it is critical.
  // Small talk that names a topic ("ok I'll try paypal, thanks") is no question about it.
  const asked = intent.intent !== "small_talk" || askedAsQuestion(said);
  // "What are your customer service hours?" reads as a wish for our people: it asks when
  // they are there, which the FAQ answers, unless a person is asked for in so many words.
  // Misspelt words ("pasword") as the classifier read them.
  const read = intent.read_as ?? said;
  const faq = faqMayAnswer(intent.intent, read) && asked && !named &&
      context.order_lookup === "none"
    ? faqFor(read, intent.intent)
    : null;
  const open = msg.session.open_handoff;
  // While a person is on the way, an FAQ question is still answered; chasing joins the queue.
  const queued = open ? whileQueued(msg) : null;
  const served = queued !== null && !queued.join; // Answered while waiting: not handed over again.
  if (open && queued?.join && !asks && !(faq && sentiment?.label !== "negative")) {
    // One handoff per conversation: this turn joins it; an upset follow-up raises it (not
    // one that calls the person off: "never mind, I'm sorted").
    const upset = upsetTurn(msg) && !callsOffPerson(said) && !queued.calm;
    priority = higherPriority(open.priority, upset ? raisedPriority(open.priority) : priority);
    reasons.push(
      `a handoff (${open.id}) is open: this turn joins it (${queued.why})` +
        (upset ? `, priority raised to ${priority}` : ""),
    );
    return make("handoff");
  }
  if (pending && intent.confirms_pending) {
    reasons.push(`yes to the pending ${pending.action.type} besides a question`);
    return make("act");
  }
  if (faq && !(pending && (intent.intent === "affirm" || intent.intent === "deny"))) {
    reasons.push(`answered from the FAQ (${faq.entry.id})`);
    return make("answer");
  }
  const remedy = remedyOf(msg);
  if (remedy && !pending && !wantsPerson) {
    reasons.push(remedy);
    if (sentiment?.label === "negative" && priority === "low") priority = "normal";
    return make("act");
  }
  const noGrounds = pending || wantsPerson ? null : compensationWithoutGrounds(msg);
  if (noGrounds) {
    reasons.push(noGrounds);
    return make("answer");
  }
  // "My headphones still not here 😤" about a parcel on time: where it is, not a queue.
  const onTime = pending || wantsPerson
    ? null
    : onTimeStatusAnswer(msg) ?? onTimePreparingAnswer(msg) ?? onTimeRefundAnswer(msg);
  if (onTime) {
    reasons.push(onTime);
    return make("answer");
  }
  if (asks) {
    reasons.push(asks);
    if (priority === "low") priority = "normal";
    return make("act");
  }
  // "The mixer is great but delivery was a nightmare": mixed feedback is thanked and owned.
  const mixed = sentiment?.signals?.includes("mixed") ?? false;
  if (
    tier === "vip" && sentiment?.label === "negative" && !served && !mildAnswer(msg) &&
    !mildQuestion(msg) && !calmDatesQuestion(msg) &&
    !mixed && !lettingGo(msg) && !faultAnswersPending(msg) && !calmGoodsReport(msg)
  ) {
    reasons.push("vip customer with a negative message");
    priority = sentiment.urgency === "high" ? "urgent" : "high";
    return make("handoff");
  }
  if (
    sentiment?.label === "negative" && sentiment.urgency === "high" && !served &&
    !calmDatesQuestion(msg) && (sentiment.is_complaint || intent.intent === "complaint" ||
      intent.intent === "delivery_problem")
  ) {
    reasons.push("an upset customer with an urgent complaint: a person should follow up");
    if (priority === "low" || priority === "normal") priority = "high";
    return make("handoff");
  }
  // "I want a manager. my mixer arrived smashed": asked in a part of its own, a person too.
  const personPart = (intent.requests ?? []).some((r) =>
    r.intent === "human_agent" && r.confidence >= CLARIFY_BELOW
  );
  // "Can i speak to someone, my order hasn't arrived": asked in so many words, read otherwise.
  const inWords = asksPersonInWords(said);
  const declined = !wantsPerson && intent.intent === "human_agent";
  if (!declined && (intent.intent === "human_agent" || ((personPart || inWords) && !pending))) {
    reasons.push("the customer asked for a person");
    if (priority === "low") priority = "normal";
    return make("handoff");
  }
  if ((intent.intent === "affirm" || intent.intent === "deny") && pending && !notedOnly(msg)) {
    reasons.push(`${intent.intent} of the pending ${pending.action.type}`);
    return make("act");
  }
  const takenUp = context.guest ? null : deferredTakenUp(msg);
  if (takenUp) {
    reasons.push(`yes to the ${takenUp.intent} put off earlier: execution included`);
    return make("act");
  }
  if (context.guest && (ORDER_INTENTS.has(intent.intent) || named)) {
    reasons.push("a guest asked about an order: ask who they are first");
    return make("identify");
  }
  const weighed = weighedReason(msg);
  if (weighed) {
    reasons.push(weighed);
    return make("act");
  }
  // "Send a replacement instead" is a request to act, however the classifier labels it.
  const replacement = !context.guest && REPLACEMENT_INTENTS.has(intent.intent) &&
    asksForReplacement(said);
  // Naming one of their orders makes an order intent plausible at a lower confidence.
  const threshold = context.order_lookup === "found" && ORDER_INTENTS.has(intent.intent)
    ? CLARIFY_BELOW_WITH_ORDER
    : CLARIFY_BELOW;
  // Several requests read with confidence are answered each, however unsure the whole is.
  const requests = severalRequests(intent.requests);
  const sureOfOne = requests.some((r) => r.confidence >= threshold);
  // "and ORD-2002 whats up with that": an order named outright and read, however unsurely,
  // as a status question is told its status — a look-up changes nothing, a question back
  // only delays it.
  const statusOfNamed = intent.intent === "order_status" && context.order_lookup === "found" &&
    context.focus?.why === "explicit";
  if (
    intent.confidence < threshold && !SELF_EVIDENT.has(intent.intent) && !replacement &&
    !sureOfOne && !statusOfNamed
  ) {
    reasons.push(`intent ${intent.intent} only ${intent.confidence.toFixed(2)} confident`);
    return make("clarify");
  }
  if (
    context.risk.level === "high" &&
    (intent.intent === "refund_request" || intent.intent === "return_item" || replacement)
  ) {
    reasons.push(`high-risk account (${context.risk.reasons.join(", ")}): money back needs review`);
    if (priority === "low") priority = "normal";
    return make("handoff");
  }
  if (context.order_lookup === "not_yours" || context.order_lookup === "not_found") {
    reasons.push(`order ${context.order_lookup.replace("_", " ")}: answer without acting`);
    return make("answer");
  }
  if (replacement) {
    reasons.push("asks for a replacement: execution included");
    return make("act");
  }
  const aboutTheirOrder = context.order_lookup === "found" || speedsUpTheirOrders(msg);
  const changing = [intent.intent, ...requests.map((r) => r.intent)].find((i) =>
    ACTIONABLE.has(i) || (aboutTheirOrder && ORDER_ACTIONABLE.has(i))
  );
  if (changing) {
    reasons.push(`${changing} may change the order: execution included`);
    if (sentiment?.urgency === "high") reasons.push("high urgency: prioritised");
    return make("act");
  }
  if (pending && intent.withdraws_pending) {
    // "No, but when will it ship?": execution drops the change turned down from the session.
    reasons.push("the change waiting was turned down: execution included to drop it");
    return make("act");
  }
  if (requests.length > 1) reasons.push(`${requests.length} requests, each answered`);
  reasons.push(`${intent.intent} is information only`);
  return make("answer");
}

/**
 * A message in another language: in Spanish, French or German the requests with templates
 * (order status, tracking, returns, refunds, a greeting) are answered in that language and
 * anything else goes to a colleague who speaks it; in any other language a colleague takes
 * over (a courtesy alone stays small talk). Null for English and for a yes or no to a
 * pending change, which the confirmation reads.
 */
export function foreignDecision(
  msg: Message,
): { action: DecisionEnrichment["action"]; reason: string } | null {
  const { intent, context } = msg.payload;
  const lang = intent?.language ?? "en";
  if (!intent || lang === "en") return null;
  if (msg.session.pending_action && (intent.intent === "affirm" || intent.intent === "deny")) {
    return null;
  }
  const name = languageName(lang);
  if (!isTemplateLanguage(lang)) {
    if (intent.intent === "small_talk") return null;
    return { action: "handoff", reason: `customer writes in ${name}` };
  }
  const request = foreignRequest(msg.payload.customer_message.text, lang);
  if (request === null) return { action: "handoff", reason: `customer writes in ${name}` };
  if (context?.guest && (request === "order_status" || request === "tracking")) {
    return { action: "identify", reason: `a guest asked about an order in ${name}` };
  }
  if (
    (request === "order_status" || request === "tracking") &&
    (context?.order_lookup === "found" && context.order !== null &&
      parcelLost(context.order, context.tracking))
  ) {
    // A refund or a replacement is theirs to choose: a colleague who speaks it arranges it.
    return {
      action: "handoff",
      reason: `customer writes in ${name}; the carrier reports ${context!.order!.id} lost`,
    };
  }
  return { action: "answer", reason: `answered in ${name} from templates (${request})` };
}

/** The decision router actor. */
export const decisionRouterActor: ActorDef<"decision"> = {
  name: "decision_router",
  key: "decision",
  router: true,
  deadlineMs: 1000,
  process(msg) {
    const decision = decide(msg);
    return { enrichment: decision, next: decision.steps };
  },
};
