/**
 * The template path of the response actor: picks the template for the turn's situation
 * and intent. Every reply states only facts from the context.
 */
import { doneAcknowledged } from "./done_ack.ts";
import { takenUpView } from "./taken_up.ts";
import { beforeFaqReply } from "./before_faq.ts";
import { withDeliveryCount } from "./order_dates.ts";
import type { Intent } from "../../shared/protocol.ts";
import { deliveryProblem } from "./delivery.ts";
import { bothChosen } from "./both_chosen.ts";
import { remediesCompared } from "./remedies_compared.ts";
import {
  accountAccess,
  accountUpdate,
  paymentMethods,
  placeOrder,
  policyQuestion,
  productQuestion,
  shippingOptions,
} from "./info.ts";
import {
  cancelOrder,
  changeAddress,
  modifyOrder,
  refundRequest,
  returnItem,
} from "./orders_change.ts";
import { invoiceRequest, orderStatus, paymentIssue, refundStatus } from "./orders_info.ts";
import { askAgain } from "./pending_again.ts";
import { pendingPointedAt } from "./pending_pointer.ts";
import { wholeOrPart } from "./whole_or_part.ts";
import {
  answerWhilePending,
  changeAskedAbout,
  shipmentQuestionWhilePending,
} from "./policy_answer.ts";
import {
  affirmOrDeny,
  clarify,
  complaint,
  feedback,
  handoff,
  identify,
  other,
  pendingReply,
  smallTalk,
} from "./social.ts";
import { chooseTone } from "./tone.ts";
import { type Draft, LOOKUP_ACTIONS, type Tone, type TurnView } from "./view.ts";
import {
  asksForReplacement,
  ORDER_INTENTS,
  REPLACEMENT_INTENTS,
  wantsTheGoods,
} from "../../domain/intents.ts";
import { asksToSendInstead } from "../../domain/send_instead.ts";
import { replacementRequest } from "./replacement.ts";
import { guestRuleReply } from "./guest_rule.ts";
import { foreignReply } from "./foreign.ts";
import { multiAnswer, requestsInOrder } from "./multi.ts";
import { eachOrderAnswer } from "./each_order.ts";
import { refundLaterReply } from "./refund_later.ts";
import { pendingOrderNamed } from "./pending_which.ts";
import { arrivedUnrecorded } from "./arrived_unrecorded.ts";
import { resumedChange, resumedRequest } from "./open_request.ts";
import { problemUnsaid } from "./problem_unsaid.ts";
import { identifyAgain } from "./identify_again.ts";
import { afterChangeReply } from "./after_change.ts";
import { goodwillReply } from "./goodwill.ts";
import { whichItemsToReturn, wholeReturnCovered } from "./return_which.ts";
import { someoneElsesReply } from "./someone_else.ts";
import { signInPushback } from "./sign_in_pushback.ts";
import { handoffWithAnswers } from "./handoff_questions.ts";
import { handoffWithChange } from "./person_and_change.ts";
import { callbackReply } from "./callback.ts";
import { goodbyeWhilePending, thanksWhilePending } from "./closing.ts";
import { tellMeWhenItComes } from "./tell_me_when.ts";
import { holdOnOrExplain } from "./hold_on.ts";
import { queuedCourtesy } from "./queued_courtesy.ts";
import { returnQuestionAfterDone } from "./after_return.ts";
import { signInWhy } from "./sign_in_why.ts";
import { estimateReply } from "./estimate_reply.ts";
import { payHowReply } from "./pay_how.ts";
import { neededByReply } from "./needed_by_reply.ts";
import { arrivalConditionReply } from "./arrival_condition.ts";
import { plainFeedback } from "./plain_feedback.ts";
import { doneItemsCorrection } from "./done_items.ts";
import { withWrongOneNote } from "./wrong_one_note.ts";
import { ordersListReply } from "./orders_list.ts";
import { aboutMe } from "./about_me.ts";
import { questionAnnounced } from "./opener_reply.ts";
import { queuedChatTalk } from "./queued_chat.ts";
import {
  chatRepeatWhilePending,
  chatTalkReply,
  chatTalkWhilePending,
  doneSaidAgain,
} from "./chat_talk.ts";
import { apologyAccepted } from "./own_apology.ts";
import { labelAgain } from "./label_again.ts";
import { chargedReply } from "./charged_reply.ts";
import { pendingQuestion } from "./pending_question.ts";
import { mixedFeedbackReply } from "./mixed_feedback.ts";
import { praiseOfUs } from "./praise_of_us.ts";
import { reliefReply } from "./relief.ts";
import { ironyReply } from "./irony.ts";
import { reactionToUnshipped } from "./reaction_unshipped.ts";
import { emojiOpening } from "./emoji_alone.ts";
import { complaintAnnounced, unhelpedReply } from "./unhelped.ts";
import { choiceExplained } from "./choice_explained.ts";
import { ownParcelUnread } from "./own_parcel.ts";
import { pendingOptions } from "./pending_options.ts";
import { askingWhichOrder, settledWhilePending } from "./settled.ts";
import { statusWhilePending } from "./status_while_pending.ts";
import { shippingBackWhilePending } from "./shipping_back.ts";
import { insistedHandoff, pushedBackReply } from "./pushed_back.ts";
import { wentThroughMeanwhile } from "./went_through.ts";
import { laterWhilePending } from "./later_pending.ts";
import { faultDenied } from "./fault_denied.ts";
import {
  adviceAsked,
  adviceWhilePending,
  notedAfterOffer,
  undecidedWhilePending,
  weighedView,
} from "./weighed.ts";

type Template = (v: TurnView, tone: Tone) => Draft;

/** The template of each intent of the taxonomy. */
export const INTENT_TEMPLATES: Readonly<Record<Intent, Template>> = {
  order_status: orderStatus,
  cancel_order: cancelOrder,
  modify_order: modifyOrder,
  change_address: changeAddress,
  return_item: (v, tone) => labelAgain(v, tone) ?? withDeliveryCount(v, tone, returnItem(v, tone)),
  refund_request: refundRequest,
  refund_status: refundStatus,
  delivery_problem: (v, tone) => reactionToUnshipped(v) ?? deliveryProblem(v, tone),
  shipping_options: (v, tone) => changeAskedAbout(v, tone) ?? shippingOptions(v, tone),
  payment_issue: (v, tone) => chargedReply(v, tone) ?? paymentIssue(v, tone),
  payment_methods: paymentMethods,
  invoice_request: invoiceRequest,
  policy_question: policyQuestion,
  account_access: accountAccess,
  account_update: accountUpdate,
  place_order: placeOrder,
  product_question: productQuestion,
  complaint: (v, tone) =>
    mixedFeedbackReply(v, tone) ?? unhelpedReply(v) ?? complaintAnnounced(v) ??
      complaint(v, tone),
  feedback: (v, tone) =>
    doneAcknowledged(v, tone) ?? mixedFeedbackReply(v, tone) ?? praiseOfUs(v, tone) ??
      complaintAnnounced(v) ??
      plainFeedback(v, tone) ??
      feedback(v, tone),
  human_agent: (v, tone) => handoff(v, tone, "normal"),
  small_talk: (v) =>
    chatTalkReply(v) ?? questionAnnounced(v) ?? aboutMe(v) ?? apologyAccepted(v) ??
      reliefReply(v) ?? ironyReply(v) ??
      emojiOpening(v) ??
      smallTalk(v),
  affirm: (v, tone) => doneSaidAgain(v) ?? affirmOrDeny(v, tone),
  deny: affirmOrDeny,
  other: (v, tone) => unhelpedReply(v) ?? ownParcelUnread(v, tone) ?? other(v, tone),
};

/** Drafts the reply to one request: the catalogue's or the FAQ's answer, else the intent's template. */
function renderOne(v: TurnView, tone: Tone): Draft {
  // A guest's question about an order beside a product question: sign in for that part.
  if (v.guest && ORDER_INTENTS.has(v.intent)) return identifyAgain(v, tone) ?? identify(v, tone);
  // "What happens if I cancel 1003?": what the cancellation would do for that order.
  const weighed = weighedView(v);
  if (weighed) return renderOne(weighed, tone);
  // "Can you hold the order till then?": how long it waits for its payment.
  const faq = beforeFaqReply(v, tone);
  if (faq) return faq;
  // "Yes send it" to a refund whose offer named the goods asks for them too.
  // "Refund it when it arrives": how a refund works once the parcel is there.
  const later = refundLaterReply(v, tone);
  if (later) return later;
  // "I got the headphones but the box was crushed" while tracking shows them on their way.
  const unrecorded = arrivedUnrecorded(v, tone);
  if (unrecorded) return unrecorded;
  // "Do I need to print a label?" right after a return was opened: about that return.
  const sending = returnQuestionAfterDone(v, tone);
  if (sending) return sending;
  // "Will it arrive by Friday?", "if it isn't here by Friday refund it": the estimate weighed.
  // (Read unsure, "I need the shoes by December 11 for a race, will they arrive in time?" asks
  // the same as the status question.)
  const needed = v.intent === "order_status" || v.intent === "other"
    ? neededByReply(v, tone) ?? (v.intent === "other" ? arrivalConditionReply(v, tone) : null)
    : arrivalConditionReply(v, tone);
  if (needed) return needed;
  // "Is that guaranteed?" right after a delivery estimate: what the estimate is worth.
  const estimate = estimateReply(v, tone);
  if (estimate) return estimate;
  // "I want the vacuum" after "a refund or a replacement?": the goods, sent again.
  const sendIt = (v.pending !== null && asksToSendInstead(v.text, v.pending)) ||
    (v.asked?.slot === "choice" && (v.asked.options ?? []).includes("replacement") &&
      wantsTheGoods(v.text));
  // "Oops wrong one, I meant the keyboard": first what became of the change already made.
  return withWrongOneNote(
    v,
    (asksForReplacement(v.text) || sendIt) && REPLACEMENT_INTENTS.has(v.intent)
      ? replacementRequest(v, tone)
      : INTENT_TEMPLATES[v.intent](v, tone),
  );
}

/** Drafts the reply for a turn from templates alone. */
export function renderTemplate(v: TurnView): Draft {
  const tone = chooseTone(v);
  const d = v.decision;
  // A yes or no to a pending change is read by the confirmation, whatever the language.
  // "Ok gracias" while a Spanish-speaking colleague is on the way: said back in Spanish.
  const courtesy = queuedCourtesy(v) ?? queuedChatTalk(v);
  if (courtesy) return courtesy;
  const foreign = v.pending && d?.action === "act" ? null : foreignReply(v, tone);
  if (foreign) return foreign;
  // "Call me tomorrow after 3pm on 07700 900123": the call back proposed, or what it needs asked.
  const callback = callbackReply(v, tone);
  if (callback) return callback;
  // With the questions the rules answer beside it answered too ("do you ship to Canada?").
  if (d?.action === "handoff") {
    const held = handoff(v, tone, d.priority);
    // "I insist" after a no: the rule once more, then the person.
    const insisted = insistedHandoff(v, tone, held);
    if (insisted) return insisted;
    // "Get me a manager and cancel ORD-1003": the change answered, then the person announced.
    return handoffWithChange(v, tone, held, renderOne) ??
      handoffWithAnswers(v, tone, held, renderOne);
  }
  // "But please", "then what CAN you do?" right after a no: the no kept, what can be done.
  const pushed = pushedBackReply(v, tone);
  if (pushed) return pushed;
  // "Actually make it 2 more", "change it back" after a change of items: the corrected change.
  const corrected = doneItemsCorrection(v, tone);
  if (corrected) return corrected;
  // "Can you undo that?", "did it go through?", "will I get an email?" after a change was
  // made: what can and cannot be taken back, and the change as the store's record shows it.
  const afterChange = afterChangeReply(v, tone);
  if (afterChange) return afterChange;
  // "How long do refunds take?" while a return waits: answered, then asked again briefly.
  // "The running shoes one" while the cancellation of that order waits: that order, asked again.
  // "What's faster, a refund or a replacement?" while one waits: both, and it asked again.
  // "Is shipping included?" while a refund, a return or a cancellation waits: from the order.
  const pointed = remediesCompared(v, tone) ?? pendingPointedAt(v, tone) ??
    wholeOrPart(v, tone) ?? shippingBackWhilePending(v, tone);
  if (pointed) return pointed;
  if (v.pending && v.confirmation === "unclear") {
    // "Oh and add a water bottle too": kept for after the waiting change, asked again first.
    if (v.added) return askAgain(v, tone);
    // "Did it go through?" after the store did not confirm in time, and it had made the change.
    return chatTalkWhilePending(v) ?? wentThroughMeanwhile(v, tone) ?? notedAfterOffer(v) ??
      undecidedWhilePending(v) ?? laterWhilePending(v) ??
      adviceWhilePending(v) ??
      goodbyeWhilePending(v) ??
      settledWhilePending(v) ??
      thanksWhilePending(v) ??
      tellMeWhenItComes(v, tone) ?? pendingQuestion(v, tone) ?? statusWhilePending(v, tone) ??
      holdOnOrExplain(v, tone) ??
      chatRepeatWhilePending(v) ??
      whichItemsToReturn(v, tone) ??
      wholeReturnCovered(v, tone) ??
      pendingOrderNamed(v, tone) ??
      pendingOptions(v, tone) ??
      answerWhilePending(v, tone) ??
      askAgain(v, tone);
  }
  // "When would it ship?" while a replacement waits: the new shipment, not the lost one.
  const shipment = shipmentQuestionWhilePending(v, tone);
  if (shipment) return shipment;
  if (v.takenUp && d?.action === "act") {
    // "Yes" to the change put off earlier: drafted from the customer's own words for it.
    const up = v.takenUp;
    return renderOne(takenUpView(v, up), tone);
  }
  if (v.pending && (v.intent === "affirm" || v.intent === "deny")) {
    return notedAfterOffer(v) ?? pendingReply(v, tone);
  }
  // "The shoes" after "Do you mean ORD-1003 or ORD-1001?" about a change: that change, for
  // that order, with what the request gave.
  // "Hi, I have an issue" … "the milk frother": what went wrong, asked before anything is done.
  const unsaid = problemUnsaid(v);
  if (unsaid) return unsaid;
  const change = d?.action === "act" ? resumedChange(v) : null;
  if (change) return renderOne(change, tone);
  // A guest asking about an order and about something else (a product) is asked to sign
  // in for the order, and answered the rest (each request below).
  // "What would you suggest?" after "a refund or a replacement?": both, explained.
  // "What would you do?" after an answer, nothing waiting: their call, what stands.
  const choice = choiceExplained(v, tone) ?? adviceAsked(v);
  if (choice) return choice;
  // "Why not?" / "why do you need that?" right after a guest was asked to sign in: why.
  // "How?" right after "can I pay with PayPal instead?": how to pay that way.
  const payHow = payHowReply(v, tone);
  if (payHow) return payHow;
  const why = signInWhy(v, tone);
  if (why) return why;
  const mixed = v.guest && requestsInOrder(v.requests).some((r) => !ORDER_INTENTS.has(r.intent));
  if (!mixed && (d?.action === "identify" || (v.guest && ORDER_INTENTS.has(v.intent)))) {
    // "I need an invoice with our VAT number": the rule first, then how to sign in.
    return guestRuleReply(v, tone) ?? signInPushback(v, tone) ?? identifyAgain(v, tone) ??
      identify(v, tone);
  }
  // "Whats in my orders", "what did I order last month": each of them, where it stands.
  const listed = ordersListReply(v, tone);
  if (listed) return listed;
  // "Show me emma's orders": the privacy rule, nothing of that person.
  const privacy = someoneElsesReply(v, tone);
  if (privacy) return privacy;
  // "Can I get some compensation?" about an order that had trouble: the goodwill credit.
  const goodwill = d?.action === "act" || d?.action === "answer" ? goodwillReply(v, tone) : null;
  if (goodwill) return goodwill;
  // "Refund both", "cancel 2002 and 2001": one change, proposed for each order together.
  const each = eachOrderAnswer(v, tone, (sub) => renderOne(sub, tone));
  if (each) return v.canAct ? each : lookupsOnly(each);
  // "Both" after "a refund or a replacement?": why it is one or the other, asked again.
  const both = bothChosen(v, tone);
  if (both) return both;
  const multi = d?.action === "clarify"
    ? null
    : multiAnswer(v, tone, v.requests, (sub) => renderOne(sub, tone));
  // "ORD-1001 please" after we asked which order: the answer to the open request.
  const resumed = multi ? null : resumedRequest(v);
  let out: Draft;
  if (multi) out = multi;
  else if (resumed) out = INTENT_TEMPLATES[resumed](v, tone);
  else {
    // A product looked up in the store answers before the FAQ (and before asking what they meant).
    // "Can you hold the order till then?": how long it waits for its payment.
    const faq = beforeFaqReply(v, tone);
    if (faq) return faq;
    // An order named that is not theirs (or not found) is said so, however unsure the rest.
    const missing = v.context?.order_lookup === "not_yours" ||
      v.context?.order_lookup === "not_found";
    if (d?.action === "clarify" && !missing) {
      // "How long does it take?" while a replacement waits: about the change, not which topic.
      // "I've no issues with it at all": praise, not a complaint to ask about.
      const praised = faultDenied(v);
      if (praised) return renderOne(praised, tone);
      return changeAskedAbout(v, tone) ?? askingWhichOrder(v, clarify(v, tone));
    }
    out = renderOne(
      missing && !ORDER_INTENTS.has(v.intent) ? { ...v, intent: "order_status" } : v,
      tone,
    );
  }
  return v.canAct ? out : lookupsOnly(out);
}

/** No execution this turn: look-ups only (the text already invites a request instead). */
function lookupsOnly(out: Draft): Draft {
  return {
    ...out,
    proposed_actions: out.proposed_actions.filter((a) => LOOKUP_ACTIONS.has(a.type)),
  };
}
