/**
 * The fourteenth round (the talk14 branch): long messages and emails — a greeting, a story,
 * a quote of our reply, numbered questions, two requests and a signature — and guests and
 * privacy: another person's order, a sign-in code typed loosely or of the wrong length.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "lin.guest@example.net";
const PRIVACY = "only look at and change orders on the account you're signed in with";

/** The fourteenth round's conversations. */
export const TALK14: Conversation[] = [
  {
    name: "14th round: Sarah's email with a story asks one address change: no cancellation",
    who: SARAH,
    style: "long polite email",
    turns: [
      {
        say: "Hello,\n\nHope your week is going well. Quick bit of background: I'm a runner and " +
          "I bought the trail shoes for a race next month. My last order was late too, but " +
          "that's fine.\n\nI've just realised I need them sent to my office instead: 12 King " +
          "Street, Boston MA 02110. Is that possible for ORD-1003?\n\nCheers,\nSarah Chen",
        mention: ["ORD-1003", "Boston"],
        avoid: ["cancel", "Visa", "PayPal", "refund"],
        proposes: "change_address",
        handoff: "none",
      },
      { say: "yes", mention: ["new address"], avoid: ["cancelled"], proposes: null },
      { say: "thanks!", avoid: ["cancel"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "14th round: Sarah asks the address on Emma's order, then says it's her wife's",
    who: SARAH,
    style: "terse, another customer's order",
    turns: [
      {
        say: "whats the address on ORD-3001",
        avoid: ["Robot Vacuum", "Cincinnati", "lost"],
        proposes: null,
      },
      {
        say: "its my wifes order, she asked me to check",
        mention: [PRIVACY],
        avoid: ["Headphones", "TRK", "Robot Vacuum", "ORD-1001"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "ok fine. wheres mine then, the headphones",
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
    ],
    changes: [],
  },
  {
    name: "14th round: Emma's angry email asks a refund of 3001 and reports 3002 damaged",
    who: EMMA,
    style: "long angry email",
    turns: [
      {
        say: "To whom it may concern,\n\nI placed order 3001 nearly three weeks ago. The " +
          "tracking hasn't moved in over a week. I've emailed twice already and got nowhere. " +
          "This is unacceptable.\n\nI would like a full refund please. Also, separately, the " +
          "item in 3002 arrived damaged, the box was crushed.\n\nEmma Wilson",
        mention: ["313.99", "ORD-3001", "once this is settled"],
        avoid: ["349.00"],
        proposes: "refund",
      },
      {
        say: "yes",
        mention: ["refunded", "ORD-3002"],
        proposes: null,
      },
      {
        say: "yes",
        mention: ["ORD-3002", "replacement"],
        avoid: ["313.99"],
      },
      { say: "a replacement please", mention: ["Stand Mixer"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-3001" },
      { action: "replacement", target: "ORD-3002" },
    ],
  },
  {
    name: "14th round: Sarah's chatty message about the headphones asks only about Canada",
    who: SARAH,
    style: "chat slang, long",
    turns: [
      {
        say: "hi so i got the headphones order a while ago and honestly love them, my husband " +
          "uses them every day lol. anyway just wondering do you ship to canada? my sister " +
          "wants a pair",
        mention: ["Canada"],
        avoid: ["not sure what you'd like me to do", "cancel or change it"],
        proposes: null,
        handoff: "none",
      },
      { say: "ok cool thx", avoid: ["Canada"] },
      { say: "bye", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "14th round: a guest types a code of five digits, then the code inside a sentence",
    who: GUEST,
    style: "guest, misspelt",
    turns: [
      { say: "hi i need help with my order (ORD-1003)", mention: ["sign in|email"] },
      { say: "sarah.chen@example.com", mention: ["one-time code"], avoid: ["Trail"] },
      { say: "12345", mention: ["5 digits", "6"], avoid: ["Trail", "processing"] },
      {
        say: "oh wait its 654321",
        mention: ["doesn't match"],
        avoid: ["No problem", "Trail", "anything else"],
      },
    ],
    changes: [],
  },
  {
    name: "14th round: Mike's email of three numbered questions: each is answered",
    who: MIKE,
    style: "long polite email, numbered list",
    turns: [
      {
        say: "Good morning,\n\nMy name is Mike and I've bought from you a few times. I was " +
          "going to order a second monitor for my office but wanted to ask a couple of things " +
          "first.\n\n1. Do you ship to Canada?\n2. How long do refunds take?\n3. Is my order " +
          "ORD 2002 still waiting for payment?\n\nThanks in advance,\nMike",
        mention: ["Canada", "5 business days", "ORD-2002"],
        proposes: null,
      },
      { say: "ok thanks, that's all", avoid: ["Canada"] },
      { say: "bye" },
    ],
    changes: [],
  },
  {
    name: "14th round: Emma asks about her neighbour Mike's order: the rule, nothing of hers",
    who: EMMA,
    style: "terse, another customer's order",
    turns: [
      {
        say: "whats mike johnsons order status, hes my neighbour",
        mention: [PRIVACY],
        avoid: ["ORD-2001", "Keyboard", "Robot Vacuum", "lost"],
        proposes: null,
      },
      { say: "ok. my vacuum tho??", mention: ["lost"] },
      { say: "refund pls", mention: ["313.99"], proposes: "refund" },
      { say: "yes", mention: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "14th round: an email quoting our reply asks for an item more; the quote is no question",
    who: SARAH,
    style: "email with a quote",
    turns: [
      {
        say: "Hi,\n\n> Order ORD-1001 (Noise-Cancelling Headphones) shipped on {date-2} " +
          "with UPS.\n\nThanks for this, but it still hasn't come and the tracking says " +
          "Dallas. Can you check again?\n\nBest,\nSarah",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: ["in stock", "Add it to your cart", "warranty"],
        proposes: null,
      },
      {
        say: "ok. can I add another water bottle to 1003?",
        mention: ["ORD-1003", "Water Bottle"],
        proposes: "modify_items",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "14th round: a guest asks for her husband's order, then its address: nothing shown",
    who: GUEST,
    style: "guest, long polite",
    turns: [
      {
        say: "Hello, I hope this finds you well. My husband placed an order with you last " +
          "week, ORD-1001, and asked me to find out when it arrives. Could you let me know? " +
          "Kind regards, Lin",
        avoid: ["Headphones", "TRK", "Dallas", "{date+2}"],
        proposes: null,
      },
      {
        say: "his email is sarah.chen@example.com",
        mention: ["one-time code"],
        avoid: ["Headphones", "TRK"],
      },
      {
        say: "cant you just tell me the address its going to",
        avoid: ["Headphones", "TRK", "Dallas", "Boston", "Street"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "14th round: Emma's unnamed refund is the lost 3001's, named before it, not 3002's",
    who: EMMA,
    style: "terse email",
    turns: [
      {
        say: "The tracking for 3001 hasn't moved in over a week. I would like a full refund " +
          "please. Also ORD-3002 arrived damaged.",
        mention: ["313.99", "ORD-3001"],
        avoid: ["349.00"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded"], proposes: null },
      { say: "no thanks, that's all for now", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "14th round: Mike's formal letter asks an update on ORD-2001 and the ways to pay",
    who: MIKE,
    style: "formal letter",
    turns: [
      {
        say: "Dear Sir or Madam,\n\nI am writing about my order, reference ORD-2001. I was " +
          "told it would arrive last week. My brother had the same problem with another shop, " +
          "so I know these things happen, but I would appreciate an update.\n\nCould you " +
          "also tell me which payment methods you accept? My card was declined on the other " +
          "order.\n\nYours faithfully,\nM. Johnson",
        mention: ["PayPal", "declined"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      { say: "thank you", avoid: ["Visa"] },
      { say: "no, leave it as it is", proposes: null },
    ],
    changes: [],
  },
  {
    name: "14th round: a guest types a seven-digit code: told it has six, nothing of the order",
    who: GUEST,
    style: "guest, terse",
    turns: [
      { say: "hey wheres order #1002", avoid: ["delivered", "Espresso"], proposes: null },
      { say: "sarah.chen@example.com", mention: ["one-time code"] },
      {
        say: "the code is 1234567",
        mention: ["7 digits", "6"],
        avoid: ["delivered", "Espresso", "tries left"],
      },
    ],
    changes: [],
  },
  {
    name: "14th round: Emma's warm email asks a replacement rather than a refund: no refund",
    who: EMMA,
    style: "long warm email",
    turns: [
      {
        say: "Hi there!\n\nFirst of all, thank you for the quick help last time, your " +
          "colleague was lovely. I'm writing because the stand mixer (order 3002) arrived with " +
          "a big dent in the bowl. I'd like a replacement rather than a refund if possible." +
          "\n\nWarm wishes,\nEmma",
        mention: ["replacement", "Stand Mixer"],
        proposes: "replacement",
      },
      { say: "yes please", mention: ["replacement"], avoid: ["refunded"], proposes: null },
      { say: "thank you so much" },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
];
