/**
 * Templates for the conversation itself: complaints, feedback, greetings, yes and no,
 * out-of-scope requests, and the turns the decision router shapes — a handoff to a
 * person, asking a guest who they are, asking what the customer means.
 */
import type { AskedFor, Intent, Priority } from "../../shared/protocol.ts";
import { actionPhrase, renderActionOutcome } from "../../domain/outcomes.ts";
import { ordersList, statusFacts } from "./order_facts.ts";
import { lostParcelChoice, orderStatus } from "./orders_info.ts";
import { parcelLost } from "../../domain/eligibility.ts";
import { closer, confirmPrompt, opener } from "./tone.ts";
import { queued, waitText } from "./queued.ts";
import { queuedClosing, saysBye, saysThanks } from "./closing.ts";
import { signInWhy } from "./sign_in_why.ts";
import { handoffOrderFacts } from "./handoff_orders.ts";
import { letsItRest, resignedLine } from "./settled.ts";
import { askingMeaning } from "./clarify_meaning.ts";
import {
  asking,
  type Draft,
  draft,
  PARAGRAPH,
  propose,
  say,
  type Tone,
  type TurnView,
} from "./view.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";

/** A complaint: an apology, the facts of the order it is about, and a person to look into it. */
export function complaint(v: TurnView, tone: Tone): Draft {
  const c = v.context;
  const order = c?.order_lookup === "found" ? c.order : null;
  const tracking = order && c?.tracking?.number === order.tracking_number ? c.tracking : null;
  const head = [
    opener(v, tone === "formal" ? "formal" : "apologetic"),
    say(v, "complaint", [
      "Thank you for telling us — I've read everything you wrote.",
      "Thank you for taking the time to tell us what went wrong.",
    ]),
    ...(order ? statusFacts(v, order, tracking) : []),
  ];
  if (order && parcelLost(order, tracking)) {
    // A lost parcel gets its remedy before a supervisor (as domain/eligibility decides for
    // the route): their choice of a refund or a replacement, not a review to wait for.
    return asking(
      draft("complaint", tone, [
        ...head,
        "Since the carrier has lost it, I can refund it in full or send a replacement free of " +
        "charge — which would you prefer?",
      ]),
      lostParcelChoice(order.id),
    );
  }
  if (!v.canAct) {
    // No execution this turn: a handoff is the way to a person.
    return draft("complaint", tone, [
      ...head,
      "If you'd like a member of our team to look into it personally, just ask for a colleague and I'll hand you over.",
    ]);
  }
  return draft("complaint", tone, [
    ...head,
    "I'd like to pass this to a supervisor, who will look into it and get back to you.",
    confirmPrompt(v),
  ], [propose("escalate_supervisor", order?.id ?? null, { reason: v.text.slice(0, 300) })]);
}

/** Feedback or praise: thanks. */
export function feedback(v: TurnView, tone: Tone): Draft {
  // "I love your shop but my order is late": the praise is thanked as praise, briefly, and
  // the trouble beside it is answered on its own (no review to write about a late order).
  if (praiseBesideTrouble(v)) {
    return draft("feedback", tone, [
      say(v, "thanks-kind", [
        "Thank you for the kind words about the shop — that's lovely to hear.",
        "Thank you, it's good to hear you like the shop.",
      ]),
    ]);
  }
  // "ur the best!! anyway wheres ORD-2001": thanks, briefly; the question is the point.
  if (besideRequest(v) && v.sentiment?.label !== "negative") {
    return draft("feedback", tone, [
      say(v, "thanks-beside", [
        "Thank you so much for the kind words — it means a lot to the team!",
        "That's lovely to hear, thank you!",
      ]),
    ]);
  }
  const negative = v.sentiment?.label === "negative";
  return draft("feedback", tone, [
    opener(v, tone),
    negative ? "Thank you for the honest feedback — it helps us do better." : say(v, "thanks", [
      "Thank you so much for the kind words — it means a lot to the team!",
      "That's lovely to hear, thank you for letting us know!",
    ]),
    "You can also leave a review on the product page, where other shoppers will see it.",
  ]);
}

const GREETS = /\b(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening))\b/i;

/** Greetings, thanks and goodbyes. */
export function smallTalk(v: TurnView): Draft {
  const name = v.name ? `, ${v.name}` : "";
  const t = v.text;
  let text: string;
  const thanks = saysThanks(t);
  const bye = saysBye(t);
  if (thanks && v.sentiment?.label === "negative") {
    // "Thanks a lot, that was useless": no "you're welcome" to thanks said in irony.
    return draft("small_talk_unhelped", "apologetic", [unhelped(v)]);
  } else if (thanks && bye) {
    text = say(v, "st-thanks-bye", [
      `You're welcome${name} — have a lovely day!`,
      `Happy to help${name}. Take care!`,
    ]);
  } else if (thanks) {
    text = say(v, "st-thanks", [
      `You're welcome${name}! Anything else I can help with?`,
      `Happy to help${name}! Let me know if there's anything else.`,
    ]);
  } else if (bye) {
    text = say(v, "st-bye", [
      `Have a lovely day${name}!`,
      `Take care${name}, and thanks for chatting!`,
    ]);
  } else if (/how are you/i.test(t)) {
    text = `I'm doing well, thanks for asking${name}! How can I help you today?`;
  } else if (!v.firstTurn && (ACKNOWLEDGED.test(t.trim()) || letsItRest(t))) {
    // "cool", "got it": taken in, nothing to ask back.
    text = acknowledgement(v);
  } else if (!v.firstTurn && !GREETS.test(t)) {
    // Mid-conversation and no greeting to answer: no "Hi" out of nowhere. A named order of
    // theirs is most likely a question about where it is.
    if (v.context?.order_lookup === "found") return orderStatus(v, "neutral");
    text = say(v, "st-next", [
      "What would you like me to look at next? I can check an order, arrange a return or refund, or answer questions about shipping and payment.",
      "Sure — what can I do for you next?",
    ]);
  } else {
    text = say(v, "st-hi", [
      `Hi${name}! How can I help you today? I can check an order, arrange a return or refund, or answer questions about shipping and payment.`,
      `Hello${name}! What can I do for you today?`,
    ]);
  }
  return draft("small_talk", "friendly", [text]);
}

/**
 * Feedback that is one request of several in an upset message, not said in irony: praise
 * beside the trouble the rest of the message reports ("love the shop but my order is late").
 */
function praiseBesideTrouble(v: TurnView): boolean {
  const s = v.sentiment;
  if (s?.label !== "negative" || s.signals?.includes("irony")) return false;
  return besideRequest(v);
}

/** Whether the message asks something besides the feedback (an order, a question). */
function besideRequest(v: TurnView): boolean {
  return (v.requests ?? []).some((r) => r.intent !== "feedback" && r.intent !== "small_talk");
}

/** An apology for a reply that did not help, and two ways on: say what is needed, or a person. */
function unhelped(v: TurnView): string {
  const name = v.name ? `, ${v.name}` : "";
  return `I'm sorry that wasn't the help you needed${name}. Tell me in a few words what ` +
    "you're after and I'll try again — or, if you'd rather, I can pass you to a member of our team.";
}

/** Yes or no to a pending change: a short acknowledgement; execution reports the outcome. */
export function pendingReply(v: TurnView, tone: Tone): Draft {
  const p = v.pending!;
  if (new Date(p.expires_at) <= v.now) {
    return draft("pending_expired", tone, [
      renderActionOutcome({
        type: p.action.type,
        order_id: p.action.order_id,
        status: "expired",
        detail: "The confirmation expired",
        idempotency_key: null,
        data: {},
      }),
    ]);
  }
  const what = actionPhrase(p.action.type, p.action.order_id);
  if (v.intent === "affirm") {
    return draft("pending_affirmed", tone, [
      say(v, "ack-yes", [`Okay — I'll ${what} now.`, `Thanks for confirming — I'll ${what} now.`]),
    ]);
  }
  return draft("pending_denied", tone, [
    say(v, "ack-no", [
      "No problem, I won't change anything.",
      `Okay, I won't ${what} — nothing has been changed.`,
    ]),
    closer(v),
  ]);
}

/** Yes or no with nothing pending. */
export function affirmOrDeny(v: TurnView, tone: Tone): Draft {
  if (v.intent === "affirm") {
    // "ok", "fine whatever" after an answer take it in: nothing to ask back. A bare "yes"
    // answers our "anything else?", so it asks what.
    // "👍" after an answer takes it in as much as "ok" does.
    if (ACKNOWLEDGED.test(v.text.trim()) || THUMBS.test(v.text) || letsItRest(v.text)) {
      return draft("affirm", tone, [acknowledgement(v)]);
    }
    // "Yep" to "what's the new address?": the address is still what is needed.
    const again = v.asked ? askedAgain(v.asked) : null;
    if (again) return asking(draft("affirm_asked_again", tone, [again]), v.asked!);
    // "Ok do it" with nothing waiting for a yes: say so, rather than pretend to act.
    if (GO_AHEAD.test(v.text)) {
      return draft(
        "affirm_nothing_pending",
        tone,
        v.lastIntent && SELF_SERVICE.has(v.lastIntent)
          ? [
            "That one is done in your account rather than by me: the steps above take a minute.",
            "Is there anything else I can help with?",
          ]
          : [
            "There's nothing waiting for a yes from me right now, so nothing has been changed.",
            "What would you like me to do?",
          ],
      );
    }
    return draft("affirm", tone, ["Sure — what would you like me to help with?"]);
  }
  return draft("deny", tone, ["No problem.", closer(v)]);
}

/** A yes that asks us to act: "do it", "go ahead", "please proceed". */
const GO_AHEAD = /\b(?:do it|do that|go ahead|please do|proceed|go for it)\b/i;
/** Requests the customer carries out in their own account, as our answer said. */
const SELF_SERVICE: ReadonlySet<Intent> = new Set<Intent>(["account_update", "account_access"]);

/** An acknowledgement rather than a yes: "ok", "ok fine", "fine whatever", "got it", "cool". */
const ACKNOWLEDGED =
  /^(?:(?:lol|haha+|lmao|ah|oh|ugh+|meh|sigh|pfft)[\s,.]+)?(?:ok(?:ay)?|k+|fine|alright|all right|got it|gotcha|cool|great|perfect|noted|understood|right|i see)\b(?:[\s,.!]*(?:fine|then|whatever|thanks?|cool|great|sure))*[\s.!]*$/i;

/** A thumbs-up or OK hand alone. */
const THUMBS =
  /^\s*(?:👍|👌|🆗)[\u{1F3FB}-\u{1F3FF}]?(?:\s*(?:👍|👌|🆗)[\u{1F3FB}-\u{1F3FF}]?)*\s*$/u;

/** A short line that takes an "ok" in and leaves the door open. */
function acknowledgement(v: TurnView): string {
  return resignedLine(v.text) ?? say(v, "ack-ok", [
    "Alright. If there's anything else, just let me know.",
    "Okay — I'm here if you need anything else.",
  ]);
}

/** Words asking where an order stands, or saying it is late. */
const WHERE_IT_STANDS =
  /\b(?:late|delay(?:ed|s)?|overdue|going on|where(?:'?s| is)?|status|update|news|arriv\w*|coming|taking (?:so )?long|stuck)\b/i;

/** Outside the store's business: politely out of scope (or, naming an order, what's possible). */
export function other(v: TurnView, tone: Tone): Draft {
  // "Why do you need a code?" from a guest a sign-in code was sent to: the reason.
  const why = signInWhy(v, tone);
  if (why) return why;
  const c = v.context;
  const order = c?.order_lookup === "found" ? c.order : null;
  // "My keybaord is so late, whats going on": where it stands is the answer.
  if (order && WHERE_IT_STANDS.test(v.text)) return orderStatus(v, tone);
  if (order) {
    return draft("other_order", tone, [
      `I'm not sure what you'd like me to do with order ${order.id}.`,
      "I can check where it is, cancel or change it before it ships, speed it up, or arrange a " +
      "return or refund after delivery — which would you like?",
    ]);
  }
  if (v.sentiment?.label === "negative" && !v.guest) {
    // Upset and unclear ("great, another delay 🙄"): never an out-of-scope line to a customer
    // who is telling us something went wrong; ask what it is, with their orders to hand.
    return draft("other_upset", tone, [
      opener(v, tone === "neutral" || tone === "friendly" ? "empathetic" : tone),
      "Something doesn't sound right — tell me what happened, and with which order, and " +
      "I'll look into it straight away.",
    ]);
  }
  return draft("other", tone, [
    say(v, "other", [
      "I'm the store's support assistant, so I can only help with orders, deliveries, returns, refunds, payments and your account.",
      "That's outside what I can help with here — I look after orders, deliveries, returns, refunds, payments and accounts.",
    ]),
    "Is there something along those lines I can do for you?",
  ]);
}

/** Holding reply of a handoff: a person takes over, with the usual wait for its priority. */
export function handoff(v: TurnView, tone: Tone, priority: Priority): Draft {
  if (v.openHandoff) return queuedClosing(v) ?? queued(v, priority);
  const negative = v.sentiment?.label === "negative" || v.intent === "complaint";
  // The facts of their order (of each asked about), so the customer sees we looked first.
  const facts = handoffOrderFacts(v);
  return draft("handoff", tone, [
    negative || tone === "formal" ? opener(v, tone) : null,
    ...facts,
    PARAGRAPH,
    say(v, "handoff", [
      "I'm passing our conversation to a member of our team, who will see everything we've discussed, so you won't need to repeat anything.",
      "A member of our team will take over from here; they'll have our whole conversation in front of them.",
    ]),
    `The usual wait right now is ${waitText(priority)}, and you'll get their reply right here.`,
  ]);
}

/**
 * A guest asked about an order: ask them to sign in or give their email — or, when a
 * one-time code is already on its way to them, to type it.
 */
export function identify(v: TurnView, tone: Tone): Draft {
  if (v.signInCodeSent) {
    return draft("identify_code_sent", tone, [
      say(v, "identify-code", [
        "I'd be glad to help with that as soon as you're signed in.",
        "Happy to look into that once I know it's you.",
      ]),
      "Please type the one-time code we sent to the email on your account, and I'll take it " +
      "from there. If it hasn't arrived, ask me for a new code, or give the email address again.",
    ]);
  }
  return draft("identify", tone, [
    say(v, "identify", [
      "I'd be glad to help with your order. To keep your details safe, I first need to know it's you.",
      "Happy to look into that. Orders are private, so I need to confirm who you are first.",
    ]),
    "Please sign in, or tell me the email address you ordered with, and I'll take it from there.",
  ]);
}

const INTENT_PHRASES: Partial<Record<Intent, string>> = {
  order_status: "check where an order is",
  cancel_order: "cancel an order",
  modify_order: "change the items of an order",
  change_address: "change a delivery address",
  return_item: "return something",
  refund_request: "get a refund",
  refund_status: "check on a refund",
  delivery_problem: "sort out a delivery problem",
  shipping_options: "know about shipping options",
  payment_issue: "sort out a payment problem",
  payment_methods: "know how you can pay",
  invoice_request: "get an invoice",
  policy_question: "know about our policies",
  account_access: "get into your account",
  account_update: "change your account",
  complaint: "make a complaint",
  human_agent: "speak to a person",
};

/** The intent is unclear: ask which of the likely meanings, or for the order. */
export function clarify(v: TurnView, tone: Tone): Draft {
  const readings = [v.intent, ...v.alternatives].filter((i, n, all) => all.indexOf(i) === n)
    .filter((i) => INTENT_PHRASES[i] !== undefined);
  // "What's going on with 2002?": they pointed at one of their orders and the only reading
  // is where it is — answering beats asking whether they want to know.
  const pointed = v.context?.focus?.why;
  if (
    readings.length === 1 && readings[0] === "order_status" &&
    v.context?.order_lookup === "found" && pointed && pointed !== "focus" &&
    pointed !== "only_order"
  ) {
    return orderStatus(v, tone);
  }
  const options = readings.map((i) => INTENT_PHRASES[i]!).slice(0, 3);
  const orders = v.context?.orders ?? [];
  const needsOrder = ORDER_INTENTS.has(v.intent) && v.context?.order_lookup === "none" &&
    orders.length > 1;
  const d = draft("clarify", tone, [
    options.length >= 2
      ? `Just to make sure I help with the right thing: would you like to ${options.join(", or ")}?`
      : options.length === 1
      ? `Just to make sure I understand: would you like to ${options[0]}?`
      : "Could you tell me a little more about what you need? For example, the order number and what you'd like to do.",
    needsOrder ? `And which order is it about — ${ordersList(orders, 3, "or")}?` : null,
  ]);
  // One reading offered: a yes carries it on with their words (naming an order answers the rest).
  return askingMeaning(v, d, needsOrder ? [] : readings.slice(0, 3));
}

/** What we asked for, asked again after a bare yes; null for a choice (a yes chooses nothing). */
function askedAgain(asked: AskedFor): string | null {
  const order = asked.order_id ? ` for order ${asked.order_id}` : "";
  if (asked.slot === "address") {
    return `Great — please send the new address${order}: the street, city, postcode and ` +
      "country in one message.";
  }
  if (asked.slot === "items") {
    return `Great — which item${order} would you like to change, and to what quantity?`;
  }
  return null;
}
