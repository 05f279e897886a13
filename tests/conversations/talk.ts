/**
 * Conversations found by a support lead talking to the system in styles not tried before:
 * typos of products the customer ordered, a payment claimed after we said it had not
 * arrived, an "ok" or a "nah all good" after an answer, and a guest's two questions in one
 * message.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** Conversations found by talking to the system (the talk branch). */
export const TALK: Conversation[] = [
  {
    name:
      "Sarah asks 'wheres my hedphones' (misspelt) and gets ORD-1001, then closes with 'nah all good'",
    who: SARAH,
    style: "typos, lowercase, no punctuation",
    turns: [
      {
        say: "wheres my hedphones",
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        avoid: ["which order", "ORD-1003", "make sure I help"],
        handoff: "none",
      },
      {
        say: "and the espreso machine?",
        facts: [{ order: "ORD-1002", field: "status" }],
        avoid: [GREETING, "which order"],
      },
      {
        say: "nah all good",
        proposes: null,
        avoid: ["what can I do for you next", "look at next", GREETING],
        mention: ["lovely day|take care|happy to help"],
      },
    ],
    changes: [],
  },
  {
    name: "Mike asks whether ORD-2002 is paid, says 'i paid yesterday tho', then 'ok fine'",
    who: MIKE,
    style: "terse, lowercase, a claim after our answer",
    turns: [
      {
        say: "is ORD-2002 paid",
        facts: [{ order: "ORD-2002", field: "id" }, { order: "ORD-2002", field: "total" }],
        mention: ["haven't received the payment"],
        avoid: ["make sure I help", "which order"],
      },
      {
        say: "i paid yesterday tho",
        facts: [{ order: "ORD-2002", field: "id" }],
        mention: ["bank transfer"],
        avoid: ["make sure I help", "which order", GREETING],
        handoff: "none",
      },
      {
        say: "ok fine",
        proposes: null,
        avoid: ["what would you like me to do", "just so I get it right"],
        mention: ["anything else"],
      },
    ],
    changes: [],
  },
  {
    name: "A guest asks two questions in one message; the greeting opens the first answer",
    who: "shopper.talk@example.net",
    style: "run-on, two requests, praise after",
    turns: [
      {
        say: "hello there! do you ship to canada? and how long do refunds take",
        mention: ["canada", "5 business days"],
        avoid: ["^(hello|hi)[^\\n]{0,20}\\n", "sign in"],
      },
      {
        say: "cool thanks, you guys are great",
        proposes: null,
        avoid: [GREETING, "sign in"],
      },
      { say: "oh and do u take paypal", mention: ["PayPal"], avoid: [GREETING, "sign in"] },
    ],
    changes: [],
  },
  {
    name: "Mike, sarcastic about another week of waiting, is told the carrier's delay",
    who: MIKE,
    style: "sarcasm",
    turns: [
      {
        say: "great, another week of waiting",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["Memphis"],
        avoid: ["make sure I help", "which order"],
      },
      {
        say: "no",
        proposes: null,
        avoid: ["investigation is open", GREETING],
      },
      {
        say: "why is it delayed then",
        mention: ["severe weather"],
        avoid: [GREETING, "make sure I help"],
      },
    ],
    changes: [],
  },
  {
    name: "Sarah cancels 'my order', points at 'the running shoes one', then says yes",
    who: SARAH,
    style: "typo, pointing at the order by its item",
    turns: [
      {
        say: "cancle my order pls",
        proposes: "cancel_order",
        facts: [{ order: "ORD-1003", field: "total" }],
      },
      {
        say: "the running shoes one",
        proposes: "cancel_order",
        mention: ["that's order ORD-1003", "shall I cancel"],
        avoid: ["in stock", "warranty", "haven't done anything about your earlier request"],
      },
      { say: "ya go ahead", proposes: null, mention: ["cancelled"] },
      {
        say: "ty!!",
        proposes: null,
        mention: ["welcome|happy to help"],
        avoid: ["do for you next"],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "Mike asks to cancel ORD-2002, takes it back in the same message and asks about the keyboard",
    who: MIKE,
    style: "changing his mind mid-message",
    turns: [
      {
        say: "cancel ORD-2002... actually wait, no, where is the keyboard",
        proposes: null,
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["cancel order ORD-2002", "Reply yes"],
      },
      { say: "cool", proposes: null, avoid: ["look at next", "do for you next", GREETING] },
      { say: "thx", proposes: null, avoid: ["yes or a no", GREETING] },
    ],
    changes: [],
  },
  {
    name: "Sarah returns the espresso machine and asks how long until she gets the money",
    who: SARAH,
    style: "casual, lowercase",
    turns: [
      { say: "i want to return the espresso machine", proposes: "return_item" },
      { say: "yes", proposes: null, mention: ["return"] },
      {
        say: "how long until i get the money",
        mention: ["once the parcel is back", "5 business days"],
        avoid: ["If you'd like one", GREETING],
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Sarah asks in German to cancel ORD-1003 and is passed to a German-speaking colleague",
    who: SARAH,
    style: "German",
    turns: [
      {
        say: "hallo, ich möchte meine bestellung ORD-1003 stornieren",
        handoff: "new",
        mention: ["Deutsch"],
        avoid: ["voraussichtliche Zustellung"],
      },
      { say: "ja", proposes: null },
      { say: "danke", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "Emma writes again about the lost ORD-3001, upset, and is offered the remedy, not a review",
    who: "emma.wilson@example.com",
    style: "formal, exasperated",
    turns: [
      {
        say:
          "I'm writing again about ORD-3001. It's been over a week. What exactly are you doing about it?",
        facts: [{ order: "ORD-3001", field: "status" }],
        mention: ["refund it in full or send a replacement"],
        avoid: ["supervisor", "Reply yes"],
      },
      {
        say: "I'd like the refund, and honestly some compensation for the hassle",
        proposes: "refund",
        facts: [{ order: "ORD-3001", field: "total" }],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
      { say: "fine.", proposes: null, avoid: ["what would you like me to do", GREETING] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
];
