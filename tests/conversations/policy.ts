/**
 * Conversations about how the store works: a general question (returns, refunds, cancelling,
 * exchanges, shipping abroad) is answered from the policy and the FAQ — for guests too,
 * without a sign-in — and proposes nothing; a change is proposed only when it is asked for.
 * While a change waits for a yes, a question about its terms is answered and the change
 * asked about again in one short line; a clear yes or no still acts or declines. Found by a
 * support lead trying the system as Sarah and as a guest.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GUEST = "guest.visitor@example.net";
const GREETING = "^(hi|hello|hey|dear)\\b";
/** The reply to an answer that is no yes or no: never given to a question. */
const NOT_SURE = "not sure whether that's a yes or a no";
/** A proposal's prompt. */
const PROMPT = "reply yes to (confirm|go ahead)|shall I go ahead";
const SIGN_IN = "sign in|email address you ordered with";

/** Conversations of policy questions, with and without a change waiting. */
export const POLICY: Conversation[] = [
  {
    name: "Sarah asks how returns and refunds work, then asks for the return herself",
    who: SARAH,
    style: "plain questions",
    turns: [
      {
        say: "how do returns work?",
        mention: ["30 days", "prepaid", "ORD-1002 can still be returned"],
        avoid: [PROMPT],
        proposes: null,
      },
      {
        say: "what's your refund policy",
        mention: ["5 business days"],
        avoid: [GREETING, PROMPT, "earlier request"],
        proposes: null,
      },
      {
        say: "how long do refunds take",
        mention: ["5 business days"],
        avoid: [NOT_SURE, PROMPT],
        proposes: null,
      },
      {
        say: "can i return something i bought 2 months ago",
        mention: ["30 days of delivery", "warranty"],
        avoid: [NOT_SURE, PROMPT],
        proposes: null,
      },
      {
        say: "ok I want to return the espresso machine",
        proposes: "return_item",
        facts: [{ order: "ORD-1002", field: "id" }],
      },
      { say: "yes please", proposes: null, mention: ["return"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "A guest asks about returns and shipping abroad without signing in",
    who: GUEST,
    style: "short questions",
    turns: [
      {
        say: "how do returns work?",
        mention: ["30 days", "prepaid"],
        avoid: [SIGN_IN],
        proposes: null,
        handoff: "none",
      },
      {
        say: "do you ship to canada?",
        mention: ["yes", "Canada", "19\\.99 USD", "6–10 business days"],
        avoid: [SIGN_IN, GREETING],
        proposes: null,
      },
      {
        say: "do you deliver to Germany",
        mention: ["Germany", "duties"],
        avoid: [SIGN_IN],
        proposes: null,
      },
      {
        say: "and australia?",
        mention: ["don't ship to Australia", "Canada"],
        avoid: [SIGN_IN],
        proposes: null,
      },
    ],
  },
  {
    name: "Sarah's return waits while she asks about refunds, the label and an old purchase",
    who: SARAH,
    style: "questions mid-proposal",
    turns: [
      { say: "I want to return the espresso machine", proposes: "return_item" },
      {
        say: "how long do refunds take",
        mention: ["5 business days", "shall I start the return of order ORD-1002\\?"],
        avoid: [NOT_SURE, GREETING],
        proposes: "return_item",
      },
      {
        say: "is the label free?",
        mention: ["prepaid", "free", "ORD-1002"],
        avoid: [NOT_SURE],
        proposes: "return_item",
      },
      {
        say: "can i return something i bought 2 months ago",
        mention: ["30 days of delivery", "ORD-1002"],
        avoid: [NOT_SURE],
        proposes: "return_item",
      },
      { say: "no thanks, I'll keep it", proposes: null, mention: ["nothing has been changed"] },
    ],
  },
  {
    name:
      "Mike asks whether orders can be cancelled, cancels ORD-2002 and asks about refunds before saying yes",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "can you cancel orders after they ship?",
        mention: ["until it ships", "ORD-2002 can still be cancelled"],
        avoid: [PROMPT],
        proposes: null,
      },
      { say: "ok cancel ORD-2002", proposes: "cancel_order" },
      {
        say: "whats your refund policy?",
        mention: ["5 business days", "shall I cancel order ORD-2002\\? Reply yes or no"],
        avoid: [NOT_SURE],
        proposes: "cancel_order",
      },
      { say: "yes", proposes: null, mention: ["cancel"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Emma asks about shipping abroad, shipping refunds and exchanges, and nothing changes",
    who: EMMA,
    style: "curious, lower case",
    turns: [
      {
        say: "international shipping?",
        mention: ["Canada", "United Kingdom", "EU", "39\\.99 USD"],
        proposes: null,
      },
      {
        say: "do you refund shipping",
        mention: ["shipping fee included"],
        avoid: [GREETING],
        proposes: null,
      },
      {
        say: "how do exchanges work",
        mention: ["return the one you have", "30 days"],
        avoid: [PROMPT],
        proposes: null,
      },
      { say: "ok thanks", avoid: [GREETING], proposes: null },
    ],
  },
  {
    name: "A guest in a hurry asks about the return policy, the UK and a refund's timing",
    who: GUEST,
    style: "typos, no punctuation",
    turns: [
      {
        say: "whats ur return policy",
        mention: ["30 days"],
        avoid: [SIGN_IN],
        proposes: null,
      },
      {
        say: "do u ship to the uk",
        mention: ["United Kingdom", "19\\.99 USD"],
        avoid: [SIGN_IN],
        proposes: null,
      },
      {
        say: "how long does it take to get a refund",
        mention: ["5 business days"],
        avoid: [SIGN_IN],
        proposes: null,
      },
    ],
  },
  {
    name: "Sarah's return waits while she asks how cancelling and exchanges work, then declines",
    who: SARAH,
    style: "polite, roundabout",
    turns: [
      { say: "hello, I want to return the espresso machine", proposes: "return_item" },
      {
        say: "can i cancel an order?",
        mention: ["until it ships", "shall I start the return of order ORD-1002\\?"],
        avoid: [NOT_SURE, "hasn't shipped yet, so I can cancel"],
        proposes: "return_item",
      },
      {
        say: "I'd like to know how exchanges work",
        mention: ["return the one you have", "ORD-1002"],
        avoid: [NOT_SURE],
        proposes: "return_item",
      },
      { say: "no, leave it", proposes: null, mention: ["nothing has been changed"] },
    ],
  },
];
