/**
 * The thirty-third round (the talk33 branch): openings, closings, noise and talk about the bot
 * itself. "Can you repeat that?", "what?", "huh?", a lone "?" get the last reply again; "sorry
 * wrong chat" is let go (nothing done, no person called for a VIP); "you already told me
 * that" is owned; "that's not what I asked" is taken as a correction; a change's request sent
 * twice is taken once (no change on the second); a pasted order confirmation asks where that
 * order stands; "fine bye" is a goodbye. The ledger shows nothing done by noise.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "just.browsing@example.net";
/** Our last reply, said again. */
const AGAIN = "here it is again";
/** What "can you repeat that?" and "what?" had read as. */
const MISREAD_REPEAT =
  "how you can pay|shipping options|what can I do for you next|outside what I can help|tell me a little more";
/** A message sent here by mistake, let go. */
const LET_GO = "ignore that one, and nothing has been changed";
/** A message sent twice while its change waits, taken once. */
const TWICE = "came through twice, so I've taken it once";
/** A correction taken as a no. */
const AS_A_NO = "^No problem";

/** Talk about the chat itself, openings and goodbyes. */
export const TALK33: Conversation[] = [
  {
    name: "33rd round: 'cancel ORD-1003' sent twice is taken once, the yes cancels once",
    who: SARAH,
    style: "double send",
    turns: [
      { say: "cancel ORD-1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        // Was read as the yes: the order was cancelled on a message sent twice.
        say: "cancel ORD-1003",
        mention: [TWICE, "nothing has been changed yet", "Shall I cancel order ORD-1003"],
        avoid: ["Done"],
        proposes: "cancel_order",
        handoff: "none",
      },
      { say: "yes", mention: ["order ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "33rd round: Mike's 'Cancel order 2002.' sent twice, then 'you just said that' and a no",
    who: MIKE,
    style: "double send, then backing out",
    turns: [
      { say: "cancel order 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "Cancel order 2002.",
        mention: [TWICE, "ORD-2002"],
        avoid: ["is cancelled"],
        proposes: "cancel_order",
      },
      {
        say: "you just said that",
        mention: ["haven't changed anything", "ORD-2002"],
        avoid: ["is cancelled"],
        proposes: "cancel_order",
      },
      { say: "no", mention: ["won't cancel"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "33rd round: Emma's refund asked twice waits once, then the yes refunds once",
    who: EMMA,
    style: "impatient repeat",
    turns: [
      { say: "refund ORD-3002 please", mention: ["349.00 USD"], proposes: "refund" },
      {
        say: "refund ORD-3002 please",
        mention: [TWICE, "refund 349.00 USD of order ORD-3002"],
        avoid: ["Done"],
        proposes: "refund",
        handoff: "none",
      },
      { say: "yes please", mention: ["refunded 349.00 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name:
      "33rd round: the espresso machine's return asked twice, 'can you say that again?', no thanks bye",
    who: SARAH,
    style: "double send, then leaving",
    turns: [
      { say: "return the espresso machine from 1002", proposes: "return_item" },
      {
        say: "return the espresso machine from 1002",
        mention: [TWICE, "Espresso Machine"],
        proposes: "return_item",
      },
      {
        say: "can you say that again?",
        mention: [AGAIN, "Espresso Machine"],
        avoid: [MISREAD_REPEAT],
        proposes: "return_item",
      },
      { say: "no thanks, bye", mention: ["won't start the return"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'what?' and 'can you repeat that?' after the keyboard's news get it again",
    who: MIKE,
    style: "confused, terse",
    turns: [
      { say: "where is my order 2001", facts: [{ order: "ORD-2001", field: "tracking" }] },
      {
        // Was "What would you like me to look at next?", the news not said again.
        say: "what?",
        mention: [AGAIN, "ORD-2001"],
        avoid: [MISREAD_REPEAT],
        facts: [{ order: "ORD-2001", field: "tracking" }],
        handoff: "none",
      },
      {
        // Was a question whether he meant paying or shipping.
        say: "can you repeat that?",
        mention: [AGAIN, "ORD-2001"],
        avoid: [MISREAD_REPEAT, "here it is again:\\s+Of course"],
        handoff: "none",
      },
      { say: "k thx", avoid: [AGAIN], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'huh?' and 'come again?' after the headphones' news",
    who: SARAH,
    style: "slang",
    turns: [
      { say: "wheres 1001", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        say: "huh?",
        mention: [AGAIN],
        avoid: [MISREAD_REPEAT],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      {
        say: "come again?",
        mention: [AGAIN],
        avoid: [MISREAD_REPEAT],
        facts: [{ order: "ORD-1001", field: "id" }],
      },
      { say: "got it ty", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "33rd round: a lone '?' after an answer about paying is the answer again, not off-topic",
    who: SARAH,
    style: "a question mark alone",
    turns: [
      { say: "do you take paypal", mention: ["PayPal"] },
      {
        // Was "That's outside what I can help with here".
        say: "?",
        mention: [AGAIN, "PayPal"],
        avoid: ["outside what I can help"],
      },
      { say: "ok cool", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'that's not what I asked, I asked about apple pay' answers apple pay",
    who: SARAH,
    style: "correction with the question",
    turns: [
      { say: "do you take paypal", mention: ["PayPal"] },
      {
        // Was read as a no: "No problem. Is there anything else I can help with?".
        say: "that's not what I asked, I asked about apple pay",
        mention: ["Apple Pay"],
        avoid: [AS_A_NO],
      },
      { say: "fine bye", mention: ["Take care|lovely day"], avoid: ["what would you like"] },
    ],
    changes: [],
  },
  {
    name: "33rd round: a bare 'that's not what I asked' after the keyboard's news is a correction",
    who: MIKE,
    style: "correction, then the question again",
    turns: [
      { say: "where's my keyboard", facts: [{ order: "ORD-2001", field: "id" }] },
      {
        say: "that's not what I asked",
        mention: ["misunderstood", "where your order is", "tell me again", "member of our team"],
        avoid: [AS_A_NO],
        handoff: "none",
      },
      {
        say: "when will it arrive",
        mention: ["December|estimate"],
        facts: [{ order: "ORD-2001", field: "id" }],
      },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'you already told me that' is owned, not 'what can I do for you next?'",
    who: MIKE,
    style: "irritated",
    turns: [
      { say: "where's 2001", facts: [{ order: "ORD-2001", field: "id" }] },
      { say: "where's 2001", facts: [{ order: "ORD-2001", field: "id" }] },
      {
        say: "you already told me that yesterday",
        mention: ["Sorry for repeating myself", "member of our team"],
        avoid: ["Just to make sure I understand", "what can I do for you next"],
        handoff: "none",
      },
      { say: "nah all good, bye", mention: ["Take care|lovely day|Have a"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "33rd round: Emma's 'sorry wrong chat' is let go, no person called for a VIP",
    who: EMMA,
    style: "sent to the wrong chat",
    turns: [
      {
        // Was a complaint: "Please accept my sincere apologies", handed to a person.
        say: "sorry wrong chat",
        mention: [LET_GO],
        avoid: ["apologi", "member of our team will"],
        handoff: "none",
      },
      {
        say: "actually while I'm here, where's ORD-3001?",
        facts: [{ order: "ORD-3001", field: "status" }],
      },
      { say: "thanks, that's all", avoid: [LET_GO] },
    ],
    changes: [],
  },
  {
    name:
      "33rd round: 'oops sorry wrong window' while Sarah's express upgrade waits leaves it waiting",
    who: SARAH,
    style: "wrong window mid-proposal",
    turns: [
      { say: "expedite ORD-1003", proposes: "expedite_order" },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "oops sorry wrong window",
        mention: [LET_GO, "Whenever you're ready", "ORD-1003"],
        avoid: ["yes or a no"],
        proposes: "expedite_order",
        handoff: "none",
      },
      { say: "never mind", mention: ["nothing has been changed"], proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'that wasn't meant for you' from Mike, then his real question",
    who: MIKE,
    style: "wrong chat, casual",
    turns: [
      { say: "hey", mention: ["Mike"] },
      {
        say: "lol that wasn't meant for you",
        mention: [LET_GO],
        avoid: ["outside what I can help"],
        handoff: "none",
      },
      { say: "but since ur here, is 2002 paid?", mention: ["ORD-2002"] },
    ],
    changes: [],
  },
  {
    name: "33rd round: Sarah pastes her order confirmation email: where ORD-1001 is",
    who: SARAH,
    style: "pasted email",
    turns: [
      {
        // Was the shipping speeds and their prices.
        say:
          "Hi there! Thank you for your order! Order number: ORD-1001\nPlaced on: Nov 30\nItems: Wireless Headphones x1\nTotal: 89.99 USD\nShip to: Sarah Chen\nQuestions? Reply to this email.",
        facts: [{ order: "ORD-1001", field: "tracking" }, { order: "ORD-1001", field: "status" }],
        avoid: ["overnight arrives", "express takes"],
      },
      {
        say: "wait what",
        mention: [AGAIN],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: ["Hi Sarah"],
      },
      { say: "ok cool ty", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "33rd round: a guest pastes Mike's confirmation: asked to sign in, nothing shown",
    who: GUEST,
    style: "pasted email, guest",
    turns: [
      { say: "hello??", mention: ["what can I do|help"] },
      {
        say:
          "Order confirmation\nOrder #: ORD-2001\nItems: Mechanical Keyboard\nSubtotal: 129.00 USD\nThanks for shopping with us!",
        mention: ["sign in|email address you ordered with"],
        avoid: ["TRK8800002001", "Memphis", "overnight arrives"],
      },
      { say: "never mind, bye", avoid: ["TRK8800002001"] },
    ],
    changes: [],
  },
];
