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
export const NO_TROUBLE = ["sorry", "apolog", "frustrating", "what happened", "Just to make sure"];

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
