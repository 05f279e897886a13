/**
 * Talk46 round: good news, jokes and mixed feelings inside a conversation — praise read as a
 * problem, a joke read as an ask for a person, relief read as anger, mixed feedback asked
 * about, sarcasm read as praise — and thanks that must not stand for a yes.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** What a reply to good news must not say. */
const NO_TROUBLE = ["sorry", "apolog", "frustrating", "what happened", "Just to make sure"];

/** Conversations of the talk46 round. */
export const TALK46: Conversation[] = [
  {
    name: "talk46: 'I was ready to be mad but it's here 😅' is relief, not anger",
    who: MIKE,
    style: "a grudge given up, with an emoji",
    turns: [
      { say: "where's my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        // Was "I can see this is frustrating … tell me what happened".
        say: "I was ready to be mad but it's here 😅",
        mention: ["glad"],
        avoid: NO_TROUBLE,
        proposes: null,
        handoff: "none",
      },
      { say: "thx, bye", avoid: ["Shall I", "sorry"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'was about to complain and then it just turned up lol'",
    who: EMMA,
    style: "a complaint given up, lowercase",
    turns: [
      {
        say: "was about to complain and then it just turned up lol",
        mention: ["glad|good news"],
        avoid: NO_TROUBLE,
        handoff: "none",
      },
      { say: "yep all good", avoid: ["Shall I", "sorry"], handoff: "none" },
      { say: "thanks!", avoid: ["sorry"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'i was gonna leave a 1 star review but it arrived this morning'",
    who: MIKE,
    style: "a threat of a bad review taken back",
    turns: [
      {
        say: "i was gonna leave a 1 star review but it arrived this morning, all good",
        mention: ["glad"],
        avoid: NO_TROUBLE,
        handoff: "none",
        proposes: null,
      },
      { say: "cheers", avoid: ["sorry"] },
      { say: "bye", avoid: ["sorry"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'I was so worried about the vacuum but you sorted it. thank you'",
    who: EMMA,
    style: "a worry put right, thanked",
    turns: [
      {
        // Was a clarifying question: "a payment problem, or a delivery problem?".
        say: "I was so worried about the vacuum but you sorted it. thank you",
        mention: ["glad"],
        avoid: NO_TROUBLE,
        handoff: "none",
      },
      { say: "that's all for today", avoid: ["sorry", "Shall I"] },
      { say: "bye!", avoid: ["sorry"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'love the machine, hate the wait' is mixed feedback",
    who: SARAH,
    style: "two halves and no 'but'",
    turns: [
      {
        // Was "would you like to sort out a delivery problem?".
        say: "love the machine, hate the wait",
        mention: ["glad you like", "sorry"],
        avoid: ["Just to make sure", "review on the product page"],
        proposes: null,
        handoff: "none",
      },
      { say: "no that's it, just wanted to say", avoid: ["Shall I"], handoff: "none" },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: a tweet pasted in: '@store the mixer is 🔥 but shipping took forever'",
    who: SARAH,
    style: "a tweet with a handle and an emoji",
    turns: [
      {
        // Was "would you like to sort out a payment problem, or a delivery problem…?".
        say: "@store the mixer is 🔥 but shipping took forever",
        mention: ["glad you like", "shipping let you down"],
        avoid: ["Just to make sure", "payment"],
        proposes: null,
        handoff: "none",
      },
      { say: "lol ok", avoid: ["Shall I", "Just to make sure"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'loved the blender, not the 2 week wait tho'",
    who: EMMA,
    style: "praise and its opposite, slang",
    turns: [
      {
        say: "loved the blender, not the 2 week wait tho",
        mention: ["glad you like", "sorry"],
        avoid: ["Just to make sure", "review on the product page"],
        handoff: "none",
        proposes: null,
      },
      { say: "yeah", avoid: ["^Done"] },
      { say: "bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'well that was painless' after a cancellation is praise of us",
    who: SARAH,
    style: "dry praise after a change",
    turns: [
      { say: "cancel ORD-1003 please", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
      {
        // Was "Could you tell me a little more about what you need?".
        say: "well that was painless",
        mention: ["team"],
        avoid: ["tell me a little more", "review on the product page", "sorry"],
        proposes: null,
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk46: 'yeah thanks, that was easy' is no yes to anything",
    who: SARAH,
    style: "thanks starting with 'yeah'",
    turns: [
      { say: "where's 1001?", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        // Was read as a yes: "Sure — what would you like me to help with?".
        say: "yeah thanks, that was easy",
        mention: ["thank"],
        avoid: ["what would you like me to help with", "sorry"],
        proposes: null,
      },
      { say: "that's all", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'not bad at all tbh' is thanked as praise",
    who: MIKE,
    style: "litotes with a hedge",
    turns: [
      { say: "where's 2001", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        // Was "Is there something I can do about it?".
        say: "not bad at all tbh",
        mention: ["lovely to hear|kind words|glad"],
        avoid: ["something I can do about it", "sorry"],
        proposes: null,
      },
      { say: "k thx", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'not gonna lie, I expected worse. thanks for the help'",
    who: MIKE,
    style: "praise said by a low expectation",
    turns: [
      { say: "when does my keyboard come", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        // Was a complaint: "I'm sorry — that's not the experience we want you to have".
        say: "not gonna lie, I expected worse. thanks for the help",
        avoid: ["not the experience", "went wrong", "sorry"],
        proposes: null,
        handoff: "none",
      },
      { say: "bye", avoid: ["sorry"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'the headphones are incredible… worth it' is praise, not a problem to ask",
    who: SARAH,
    style: "a short review email",
    turns: [
      {
        // Was "Thanks for letting me know. Is there something I can do about it?".
        say: "Just wanted to say the headphones are incredible. Took a while to come but worth it.",
        mention: ["kind words|lovely to hear"],
        avoid: ["something I can do about it", "Just to make sure"],
        proposes: null,
        handoff: "none",
      },
      { say: "nope that's all", avoid: ["Shall I"] },
      { say: "cheers", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'great, another 'delay'. fantastic service as always' is sarcasm",
    who: MIKE,
    style: "sarcasm with scare quotes",
    turns: [
      {
        // Was "Thank you so much for the kind words — it means a lot to the team!".
        say: "great, another 'delay'. fantastic service as always",
        mention: ["sorry", "delay"],
        avoid: ["kind words", "lovely to hear", "glad"],
        facts: [{ order: "ORD-2001", field: "status" }],
      },
      { say: "no", avoid: ["^Done"] },
      { say: "whatever", avoid: ["kind words"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'lmao my package is lost again, you guys are hilarious' is no laughing matter",
    who: EMMA,
    style: "a laugh at us over a lost parcel",
    turns: [
      {
        say: "lmao my package is lost again, you guys are hilarious",
        mention: ["apologi|sorry", "lost"],
        avoid: ["kind words", "glad"],
        facts: [{ order: "ORD-3001", field: "status" }],
      },
      { say: "replacement pls", proposes: "replacement" },
      { say: "yes", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "talk46: 'wow the keyboard is late. classic' is read as the complaint it is",
    who: MIKE,
    style: "a one-word verdict of sarcasm",
    turns: [
      {
        say: "wow the keyboard is late. classic",
        mention: ["sorry"],
        avoid: ["kind words", "lovely to hear"],
        facts: [{ order: "ORD-2001", field: "status" }],
      },
      { say: "nah leave it", avoid: ["^Done"] },
      { say: "ok", avoid: ["kind words"] },
    ],
    changes: [],
  },
];

/** Jokes, and praise while a change waits: no person for a jest, no change for praise. */
export const TALK46_MORE: Conversation[] = [
  {
    name: "talk46: 'lol let me speak to your manager jk jk, where is 1001' hands over to nobody",
    who: SARAH,
    style: "a joke taken back, then a question",
    turns: [
      {
        // Was the status and "I'm passing our conversation to a member of our team".
        say: "lol let me speak to your manager jk jk, where is 1001",
        facts: [{ order: "ORD-1001", field: "status" }],
        avoid: ["member of our team", "passing our conversation"],
        handoff: "none",
      },
      { say: "haha thanks", avoid: ["member of our team"], handoff: "none" },
      { say: "bye", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'can I speak to the CEO 😂 kidding, when does 2001 arrive?'",
    who: MIKE,
    style: "a joke with an emoji, then the real question",
    turns: [
      {
        say: "can I speak to the CEO 😂 kidding, when does 2001 arrive?",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["member of our team"],
        handoff: "none",
      },
      { say: "ok cool", handoff: "none", avoid: ["Shall I"] },
      { say: "thx", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'speak to your manager... just kidding! you've been great' is thanked",
    who: SARAH,
    style: "a joke, then praise",
    turns: [
      {
        // Was a handoff, then "No problem." to the praise.
        say: "speak to your manager... just kidding! you've been great",
        mention: ["lovely to hear|kind words"],
        avoid: ["member of our team", "Just to make sure", "How can I help you today"],
        handoff: "none",
      },
      { say: "that's all", handoff: "none", avoid: ["Shall I"] },
      { say: "bye", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'I want a manager, no kidding' still asks for one",
    who: MIKE,
    style: "the opposite of a joke",
    turns: [
      { say: "where's 2001", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "I want a manager, no kidding", handoff: "new" },
      { say: "thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'cool cool, you guys rock' while a return waits is no yes",
    who: SARAH,
    style: "praise while a change waits",
    turns: [
      { say: "can I return 1002?", proposes: "return_item" },
      {
        say: "cool cool, you guys rock",
        mention: ["haven't done anything"],
        avoid: ["^Done", "label is on its way"],
        proposes: "return_item",
      },
      { say: "no, I'll keep it actually", avoid: ["^Done"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk46: 'you're a lifesaver' while a cancellation waits changes nothing",
    who: SARAH,
    style: "praise instead of an answer",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "you're a lifesaver",
        avoid: ["^Done", "is cancelled"],
        proposes: "cancel_order",
      },
      { say: "yes please cancel it", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk46: 'headphones came 2 days early!! thanks guys' is thanked warmly",
    who: SARAH,
    style: "good news with exclamation marks",
    turns: [
      { say: "where is my order 1001?", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "headphones came 2 days early!! thanks guys",
        mention: ["kind words|lovely to hear|glad"],
        avoid: NO_TROUBLE,
        proposes: null,
        handoff: "none",
      },
      { say: "no that's it", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'the keyboard is great but it took forever, when does 2002 ship?'",
    who: MIKE,
    style: "mixed feedback and a question",
    turns: [
      {
        say: "the keyboard is great but it took forever, can you tell me when 2002 ships?",
        mention: ["glad you like", "waiting for payment"],
        facts: [{ order: "ORD-2002", field: "status" }],
        avoid: ["Just to make sure"],
        proposes: null,
      },
      { say: "ok will pay tonight", avoid: ["Shall I"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
];
