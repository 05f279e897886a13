/**
 * More of the talk33 round (`talk33.ts`): questions about the assistant, a guest's opening,
 * goodbyes while a change waits, explanations, stray messages and repetitions owned.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const GUEST = "just.browsing@example.net";
/** Our last reply, said again. */
const AGAIN = "here it is again";
/** What "can you repeat that?" and "what?" had read as. */
const MISREAD_REPEAT =
  "how you can pay|shipping options|what can I do for you next|outside what I can help|tell me a little more";
/** A message sent here by mistake, let go. */
const LET_GO = "ignore that one, and nothing has been changed";

/** Talk about the chat itself, openings and goodbyes (continued). */
export const TALK33_MORE: Conversation[] = [
  {
    name: "33rd round: 'what can you actually do' is what the assistant does, not off-topic",
    who: EMMA,
    style: "sceptical",
    turns: [
      { say: "hi", mention: ["Emma"] },
      {
        // Was "That's outside what I can help with here".
        say: "what can you actually do",
        mention: ["where an order is", "returns, refunds and replacements"],
        avoid: ["outside what I can help"],
        handoff: "none",
      },
      {
        say: "are you even a real person",
        mention: ["virtual assistant", "automated", "not a person", "pass you to our team"],
        handoff: "none",
      },
      { say: "fine bye", mention: ["Take care|lovely day|Have a"], avoid: ["what would you like"] },
    ],
    changes: [],
  },
  {
    name: "33rd round: a guest's opening: '?', 'what can u help with', 'are u a bot', bye",
    who: GUEST,
    style: "terse guest",
    turns: [
      { say: "?", mention: ["what can I do|help"], avoid: ["outside what I can help"] },
      {
        say: "what can u help with",
        mention: ["where an order is", "sign in"],
        avoid: ["outside what I can help"],
      },
      { say: "are u a bot", mention: ["automated helper, not a person"] },
      {
        say: "huh?",
        mention: [AGAIN, "automated helper"],
        avoid: [MISREAD_REPEAT],
      },
      { say: "ok bye then", mention: ["Take care|lovely day|Have a"] },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'ok thanks' and 'bye' while a cancellation waits: left open, nothing done",
    who: SARAH,
    style: "polite goodbye mid-proposal",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "ok thanks",
        mention: ["haven't done anything yet", "say yes"],
        proposes: "cancel_order",
        handoff: "none",
      },
      {
        say: "bye",
        mention: ["haven't changed anything", "come back and say yes"],
        avoid: ["is cancelled"],
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'what do you mean?' about the return offered gets what it would do",
    who: SARAH,
    style: "learner's question",
    turns: [
      { say: "can I still return 1002?", mention: ["ORD-1002"] },
      {
        // While the return waits, what it would do is explained (not asked yes-or-no again).
        say: "what do you mean?",
        mention: ["If you say yes", "ORD-1002"],
        avoid: [MISREAD_REPEAT, "yes or a no"],
      },
      { say: "ah ok, no need then. bye", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'ignore that' after a stray message, then Emma's lost parcel",
    who: EMMA,
    style: "stray message, then the real one",
    turns: [
      { say: "can u pick up milk on the way home", avoid: ["member of our team will"] },
      {
        say: "sorry, ignore that",
        mention: [LET_GO],
        avoid: ["apologi", "member of our team will"],
        handoff: "none",
      },
      {
        say: "my robot vacuum never came",
        facts: [{ order: "ORD-3001", field: "status" }],
      },
    ],
    changes: [],
  },
  {
    name: "33rd round: 'I didn't get that' about a refund offer, then a yes refunds once",
    who: EMMA,
    style: "confused, then sure",
    turns: [
      { say: "my mixer ORD-3002 arrived broken, I want a refund", proposes: "refund" },
      {
        say: "I didn't get that",
        mention: [AGAIN, "349.00 USD"],
        avoid: ["Done", "I've refunded"],
        proposes: "refund",
      },
      { say: "yes refund it", mention: ["refunded 349.00 USD"], proposes: null },
      { say: "yes", avoid: ["refunded 349.00 USD for order ORD-3002\\. It should"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "33rd round: 'you're repeating yourself' after the same answer twice",
    who: SARAH,
    style: "annoyed",
    turns: [
      { say: "how long do refunds take", mention: ["business days"] },
      { say: "how long do refunds take", mention: ["business days"] },
      {
        say: "you're repeating yourself",
        mention: ["Sorry for repeating myself"],
        avoid: ["business days"],
        handoff: "none",
      },
      { say: "no thats all, bye", mention: ["Take care|lovely day|Have a"] },
    ],
    changes: [],
  },
  {
    name:
      "33rd round: 'come again?', 'oops wrong tab', 'k bye' while queued: said again, no priority raised, a calm goodbye",
    who: MIKE,
    style: "waiting for a person, noisy",
    turns: [
      { say: "I want to talk to someone", handoff: "new" },
      {
        // Was the queue's report; "I didn't get that, sorry" also raised the priority.
        say: "come again?",
        mention: [AGAIN, "member of our team"],
        avoid: ["more urgent"],
        handoff: "same",
      },
      {
        say: "I didn't get that, sorry",
        mention: [AGAIN],
        avoid: ["more urgent"],
        handoff: "same",
      },
      {
        say: "oops wrong tab lol",
        mention: ["ignore that one", "keep your place"],
        avoid: ["more urgent"],
        handoff: "same",
      },
      {
        say: "no it's fine, bye",
        // Was "I'm sorry you're still waiting" and the queue's report.
        mention: ["Your place in the queue is kept", "in this conversation"],
        avoid: ["more urgent"],
        handoff: "same",
      },
    ],
    changes: [],
  },
  {
    name: "33rd round: Sarah's 'yes' sent twice after the refund: taken once, refunded once",
    who: SARAH,
    style: "double send after the yes",
    turns: [
      { say: "refund ORD-1002", mention: ["428.00 USD"], proposes: "refund" },
      { say: "yes", mention: ["refunded 428.00 USD"], proposes: null },
      {
        // Was "Sure — what would you like me to help with?".
        say: "yes",
        mention: ["came through twice", "refund order ORD-1002 has already been carried out"],
        avoid: ["what would you like me to help with"],
        proposes: null,
      },
      { say: "no I mean, thanks, bye", mention: ["lovely day|Take care"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "33rd round: 'testing 123' and 'is anyone actually reading this' are answered that we are here",
    who: EMMA,
    style: "checking the chat works",
    turns: [
      {
        // Was off-topic: "I can only help with orders, deliveries…".
        say: "testing 123",
        mention: ["Yes, I'm here, Emma", "virtual assistant"],
        avoid: ["only help with orders|outside what I can help"],
      },
      {
        say: "hello? is anyone actually reading this",
        mention: ["Yes, I'm here", "virtual assistant"],
        avoid: ["only help with orders|outside what I can help"],
        handoff: "none",
      },
      {
        say: "what do u do exactly",
        mention: ["where an order is", "returns, refunds and replacements"],
        avoid: ["shipping options\\?"],
      },
    ],
    changes: [],
  },
  {
    name:
      "33rd round: an address change sent twice waits once, 'huh' says it again, the yes moves it once",
    who: SARAH,
    style: "double send of an address",
    turns: [
      {
        say: "change the address of ORD-1003 to 22 Baker Street, London NW1 6XE",
        proposes: "change_address",
      },
      {
        say: "change the address of ORD-1003 to 22 Baker Street, London NW1 6XE",
        mention: ["came through twice", "nothing has been changed yet", "London"],
        avoid: ["^Done"],
        proposes: "change_address",
      },
      { say: "huh", mention: [AGAIN, "London"], proposes: "change_address" },
      { say: "yes", mention: ["ORD-1003 will go to the new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name:
      "33rd round: Emma's wave, then her own email alone: she is signed in already, then her parcel",
    who: EMMA,
    style: "opening with an email",
    turns: [
      { say: "👋", mention: ["Emma"] },
      {
        // Was "What would you like me to look at next?", no word that it is her account's.
        say: "emma.wilson@example.com",
        mention: ["email on your account", "already signed in"],
        avoid: ["one-time code", "another person"],
        handoff: "none",
      },
      { say: "where's my robot vacuum", facts: [{ order: "ORD-3001", field: "status" }] },
    ],
    changes: [],
  },
];
