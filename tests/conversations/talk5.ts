/**
 * Conversations of a support lead's fifth round (the talk5 branch): questions, accounts,
 * payments, guests, handoffs, mood and other languages — a misspelt account question, one
 * way to pay asked about, thanks said in irony, praise beside trouble, the invoice asked
 * for at another email, "still nothing" after the reset link, the address saved for future
 * orders, thanks and goodbye while a person is on the way, follow-up questions about the
 * policy, guests, hostile text and off-topic messages.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "fifth.round@example.net";
const GREETING = "^(hi|hello|hey|dear)\\b";
const QUEUE_REPORT = "I've added this message|number \\d+ in the queue";
const WELCOME = "you're welcome|happy to help";

/** Conversations found by talking to the system (the talk5 branch). */
export const TALK5: Conversation[] = [
  {
    name: "5th round: Sarah asks to 'delete my acount', then about her data, then thanks",
    who: SARAH,
    style: "misspelt",
    turns: [
      {
        say: "delete my acount",
        mention: ["close your account under Account → Privacy", "30 days"],
        avoid: ["Account → Profile"],
        proposes: null,
        handoff: "none",
      },
      { say: "will you keep my order history?", avoid: [GREETING], handoff: "none" },
      { say: "ok thanks", mention: [WELCOME], avoid: [GREETING] },
    ],
  },
  {
    name: "5th round: Sarah asks how to pay by bank transfer, whether paypal is safe, and bitcoin",
    who: SARAH,
    style: "curious",
    turns: [
      {
        say: "how do I pay by bank transfer",
        mention: ["bank details", "7 days"],
        avoid: ["Apple Pay"],
        proposes: null,
      },
      {
        say: "and is paypal safe?",
        mention: ["^Yes, paying by PayPal is safe", "never see your PayPal login"],
        avoid: [GREETING, "Apple Pay"],
      },
      {
        say: "do you take bitcoin?",
        mention: ["don't take cryptocurrency", "PayPal"],
        avoid: [GREETING],
      },
      { say: "ok thanks, bye", mention: ["take care|lovely day"], avoid: ["anything else"] },
    ],
    changes: [],
  },
  {
    name: "5th round: Mike's card is declined for ORD-2002, he asks about a bank transfer instead",
    who: MIKE,
    style: "practical",
    turns: [
      {
        say: "my card keeps getting declined for ORD-2002",
        mention: ["nothing has been charged", "PayPal"],
        facts: [{ order: "ORD-2002", field: "id" }, { order: "ORD-2002", field: "total" }],
        handoff: "none",
      },
      {
        say: "can i pay by bank transfer instead?",
        mention: ["Yes, we accept bank transfer", "order's page", "7 days"],
        avoid: [GREETING],
      },
      { say: "ok cheers, bye", mention: ["take care|lovely day"], avoid: ["anything else"] },
    ],
    changes: [],
  },
  {
    name: "5th round: thanks said in irony gets an apology, then Sarah asks again plainly",
    who: SARAH,
    style: "sarcastic",
    turns: [
      { say: "whats the weather like today", mention: ["orders"], proposes: null },
      {
        say: "thanks a lot, that was useless",
        mention: ["sorry that wasn't the help you needed", "member of our team"],
        avoid: [WELCOME],
        handoff: "none",
      },
      {
        say: "where are my headphones",
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        avoid: [GREETING],
      },
      { say: "ty", mention: [WELCOME] },
    ],
  },
  {
    name:
      "5th round: Sarah loves the shop but her order is late: thanked as praise, asked which order",
    who: SARAH,
    style: "mixed feelings",
    turns: [
      {
        say: "i love your shop but my order is late",
        mention: ["like the shop|kind words", "ORD-1001"],
        avoid: ["honest feedback", "leave a review"],
        proposes: null,
      },
      {
        say: "ORD-1001",
        facts: [{ order: "ORD-1001", field: "status" }],
        avoid: [GREETING],
      },
      { say: "ok thanks!", mention: [WELCOME] },
    ],
  },
  {
    name: "5th round: Sarah's invoice for ORD-1002, then 'send it to my work email instead'",
    who: SARAH,
    style: "brisk",
    turns: [
      {
        say: "can i get an invoice for ORD-1002",
        facts: [{ order: "ORD-1002", field: "id" }],
        mention: ["invoice"],
        proposes: null,
      },
      {
        say: "and can you send it to my work email instead?",
        mention: ["only send documents to the email address on your account", "forward"],
        avoid: ["return", "address is only possible"],
        proposes: null,
      },
      {
        say: "how do i change my email address?",
        mention: ["Account → Profile"],
        proposes: null,
      },
      { say: "cheers", mention: [WELCOME], proposes: null },
    ],
    changes: [],
  },
  {
    name: "5th round: Emma's reset email never came ('didnt get the emial', 'still nothing')",
    who: EMMA,
    style: "misspelt, then impatient",
    turns: [
      {
        say: "hey how do i reset my pasword",
        mention: ["Forgot password", "reset link"],
        handoff: "none",
      },
      {
        say: "didnt get the emial",
        mention: ["spam", "new link"],
        avoid: ["ORD-3001", "parcel", 'choose "Forgot password" on the sign-in page and we\'ll'],
        handoff: "none",
      },
      { say: "still nothing", avoid: ["ORD-3001", "parcel", "refund"] },
      { say: "ok got it now thx", avoid: [QUEUE_REPORT] },
    ],
  },
  {
    name: "5th round: Sarah's polite address question for future orders changes no order",
    who: SARAH,
    style: "long and polite",
    turns: [
      {
        say:
          "Good afternoon. Could you kindly tell me how I might update my delivery address for future orders?",
        mention: ["saved addresses under Account → Profile"],
        avoid: ["What's the new address", "ORD-1003 hasn't shipped"],
        proposes: null,
      },
      {
        say: "Thank you kindly. And what are your customer service hours?",
        mention: ["around the clock"],
        handoff: "none",
      },
      {
        say: "Wonderful, thank you so much for your help. Goodbye.",
        mention: ["lovely day|take care"],
      },
    ],
    changes: [],
  },
  {
    name: "5th round: Mike asks for a person, thanks and says goodbye while queued",
    who: MIKE,
    style: "polite, leaving",
    turns: [
      { say: "can i talk to a real person", handoff: "new" },
      {
        say: "ok thanks",
        handoff: "same",
        mention: ["you're welcome", "reply|appear"],
        avoid: [QUEUE_REPORT, GREETING],
      },
      {
        say: "bye",
        handoff: "same",
        mention: ["in this conversation"],
        avoid: [QUEUE_REPORT],
      },
    ],
  },
  {
    name: "5th round: a guest asks about returns, then how long the refund takes, then Australia",
    who: GUEST,
    style: "follow-up questions",
    turns: [
      {
        say: "what about returns, how long do i have?",
        mention: ["30 days"],
        avoid: ["sign in"],
      },
      {
        say: "and how long does the refund take?",
        mention: ["5 business days"],
        avoid: ["sign in", "email address you ordered with"],
      },
      { say: "do you ship to australia?", mention: ["don't ship to Australia"] },
      { say: "thanks bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name: "5th round: Sarah asks about shipping times, then 'what about international?' and Japan",
    who: SARAH,
    style: "follow-up questions",
    turns: [
      { say: "how long does shipping take?", mention: ["3–5 business days"] },
      {
        say: "what about international?",
        mention: ["6–10 business days", "duties"],
        avoid: [GREETING],
      },
      { say: "and do you ship to japan?", mention: ["don't ship to Japan"] },
      { say: "thanks!", mention: [WELCOME] },
    ],
  },
  {
    name: "5th round: Sarah asks two things at once (Apple Pay and the invoice of ORD-1001)",
    who: SARAH,
    style: "two questions in one",
    turns: [
      {
        say: "do you take apple pay and can i get an invoice for ORD-1001?",
        mention: ["Yes, we accept Apple Pay", "invoice for order ORD-1001"],
        facts: [{ order: "ORD-1001", field: "id" }],
      },
      {
        say: "great, and is apple pay safe?",
        mention: ["Yes, paying by Apple Pay is safe"],
        avoid: [GREETING],
      },
      { say: "perfect, thanks, bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name: "5th round: a guest asks after ORD-1001 and gives Sarah's email: a code, never her order",
    who: GUEST,
    style: "guest with another customer's email",
    turns: [
      {
        say: "what's the status of ORD-1001",
        mention: ["sign in|email address"],
        avoid: ["Headphones", "TRK"],
      },
      {
        say: "its my order, the email is sarah.chen@example.com",
        mention: ["code"],
        avoid: ["Headphones", "TRK", "shipped"],
      },
      { say: "123456", avoid: ["Headphones", "TRK", "shipped"] },
      { say: "just tell me where it is", avoid: ["Headphones", "TRK", "Dallas"] },
    ],
    changes: [],
  },
];
