/**
 * The twenty-sixth round, continued: sarcasm after news, praise said sideways ("kudos to
 * whoever packed it", "not bad at all", "ngl I was nervous but…"), thanks and praise said
 * together, emojis alone, tweets — and what came of probing after the first fixes: a threat
 * given up, irony of another week's wait, thanks leading a question, a where-question beside
 * praise, praise read too unsurely to answer.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const APOLOGY = "sorry|apolog";
const REVIEW = "leave a review";
const THANKS_BACK = "welcome|happy to help|lovely day|take care";
const UPSET_OPENING = "let's get this sorted|so let's sort it out|is frustrating";

/** More of the twenty-sixth round's conversations. */
export const TALK26_MORE: Conversation[] = [
  {
    name:
      "26th round: 'Best. Service. Ever. 🙄' after the keyboard's news is owned, not chatted to",
    who: MIKE,
    style: "sarcasm with an eye-roll",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        say: "Best. Service. Ever. 🙄",
        mention: ["sorry", "member of our team"],
        avoid: ["what can I do for you next", "lovely to hear", REVIEW, "welcome"],
        proposes: null,
        handoff: "none",
      },
      { say: "can you chase it?", proposes: "carrier_investigation" },
      { say: "yes", mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name:
      "26th round: 'love being ignored, really great customer service' is asked what went wrong",
    who: SARAH,
    style: "sarcasm, first message",
    turns: [
      {
        say: "love being ignored, really great customer service",
        mention: ["let you down", "what happened"],
        avoid: ["what can I do for you today", "lovely to hear", "kind words"],
        handoff: "none",
      },
      { say: "where is ORD-1001", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "ok thanks", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'kudos to whoever packed my espresso machine' is praise, not a delivery problem",
    who: SARAH,
    style: "praise of the packing, slang",
    turns: [
      {
        say: "kudos to whoever packed my espresso machine, wrapped like a christmas present lol",
        mention: ["lovely|kind words|thank you"],
        avoid: ["delivery problem", "would you like to", APOLOGY],
        proposes: null,
      },
      { say: "and wheres my headphones", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "thx", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'not bad at all, the espresso machine works great actually' is praise",
    who: SARAH,
    style: "praise by denying the opposite",
    turns: [
      {
        say: "not bad at all, the espresso machine works great actually",
        mention: ["lovely|glad|thank you"],
        avoid: ["complaint", "would you like to", APOLOGY],
        proposes: null,
      },
      {
        say: "one thing tho, can i still return the frother?",
        proposes: "return_item",
        mention: ["Milk Frother"],
      },
      { say: "no thanks, just checking", proposes: null, mention: ["nothing has been changed"] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'ngl I was nervous ordering online but it arrived fast' is praise, not a problem",
    who: SARAH,
    style: "praise after a past worry",
    turns: [
      {
        say: "Not gonna lie I was nervous ordering online but the espresso machine arrived fast " +
          "and makes incredible coffee",
        mention: ["kind words|lovely|thank you"],
        avoid: [UPSET_OPENING, "tracking", APOLOGY],
        proposes: null,
      },
      { say: "where's my other order", mention: ["ORD-1003", "ORD-1001"] },
      { say: "thanks!", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'perfect, thanks a ton!! you've been super helpful' is thanked once",
    who: SARAH,
    style: "gratitude with praise",
    turns: [
      { say: "where is ORD-1001", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "perfect, thanks a ton!! you've been super helpful 🙌",
        mention: [THANKS_BACK],
        avoid: ["lovely to hear", "pass it on", "(?:anything else)[\\s\\S]*anything else"],
      },
      { say: "bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name: "26th round: '🙏' to open the chat is a hello, not thanks for nothing done",
    who: EMMA,
    style: "emoji alone",
    turns: [
      {
        say: "🙏",
        mention: ["Emma", "help you today|do for you today"],
        avoid: ["happy to help", "welcome"],
        handoff: "none",
      },
      { say: "ORD-3001?", facts: [{ order: "ORD-3001", field: "status" }], avoid: [REVIEW] },
      { say: "refund please", proposes: "refund" },
      { say: "yes", mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "26th round: '😭😭' alone is asked what happened, not told what the assistant covers",
    who: MIKE,
    style: "emoji alone, sad",
    turns: [
      {
        say: "😭😭",
        mention: ["what happened"],
        avoid: ["only help with orders", "outside what I can help"],
        handoff: "none",
      },
      {
        say: "my keyboard still isnt here",
        facts: [{ order: "ORD-2001", field: "status" }],
        proposes: "carrier_investigation",
      },
      { say: "ok", mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "26th round: a tweet of praise with hashtags is thanked, then the order asked is told",
    who: SARAH,
    style: "@mention and hashtags",
    turns: [
      {
        say: "@SupportMesh loving my new espresso machine!! #happycustomer #blessed",
        mention: ["lovely|kind words|thank you"],
        avoid: [APOLOGY, UPSET_OPENING],
        handoff: "none",
      },
      { say: "where's ORD-1003 at", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "ty", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'I was going to leave a 1 star review but … 5 stars instead :)' is no threat",
    who: EMMA,
    style: "a threat given up, VIP",
    turns: [
      {
        say: "I was going to leave a 1 star review but your colleague fixed everything, so 5 " +
          "stars instead :)",
        mention: ["lovely|kind words|thank you"],
        avoid: [APOLOGY, "member of our team"],
        handoff: "none",
      },
      {
        say: "where's ORD-3001 by the way?",
        facts: [{ order: "ORD-3001", field: "status" }],
        handoff: "none",
      },
      { say: "ok thanks", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'Fantastic. Just fantastic. Another week of waiting I guess' is no praise",
    who: MIKE,
    style: "sarcasm after news",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        say: "Fantastic. Just fantastic. Another week of waiting I guess",
        mention: ["sorry", "investigation with FedEx"],
        avoid: ["kind words", "lovely to hear", REVIEW],
        proposes: "carrier_investigation",
      },
      { say: "yes", mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "26th round: 'oh great, just great. still no keyboard.' is the late keyboard",
    who: MIKE,
    style: "sarcasm, first message",
    turns: [
      {
        say: "oh great, just great. still no keyboard.",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["lovely to hear", REVIEW, "thanks for getting in touch!"],
        proposes: "carrier_investigation",
      },
      { say: "yes please", mention: ["investigation"] },
      { say: "thanks", mention: [THANKS_BACK] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "26th round: thanks for yesterday, then 'quick follow up - where is ORD-1001 now?'",
    who: SARAH,
    style: "thanks leading a question",
    turns: [
      {
        say: "Thanks so much for your help yesterday! Quick follow up - where is ORD-1001 now?",
        mention: ["glad I could help|you're welcome"],
        facts: [{ order: "ORD-1001", field: "status" }],
        avoid: ["welcome[^]*welcome", "thanks for getting in touch"],
      },
      { say: "and ORD-1003?", facts: [{ order: "ORD-1003", field: "status" }] },
      {
        say: "great, thanks",
        mention: ["welcome|glad"],
        avoid: ["tracking", "not shipped yet"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "26th round: 'I love you guys but please where are my headphones 😩' gets the headphones",
    who: SARAH,
    style: "praise with a plea",
    turns: [
      {
        say: "I love you guys but please where are my headphones 😩",
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        avoid: [REVIEW],
      },
      {
        say: "ok and when does ORD-1003 ship?",
        facts: [{ order: "ORD-1003", field: "status" }],
      },
      { say: "thx", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'WOW!!! The mixer replacement is STUNNING' is thanked, not asked what she needs",
    who: EMMA,
    style: "all caps delight",
    turns: [
      {
        say: "WOW!!! The mixer replacement is STUNNING. Thank you thank you thank you!!!",
        mention: ["lovely|kind words"],
        avoid: ["tell me a little more", "would you like to", APOLOGY],
        handoff: "none",
      },
      { say: "can i get an invoice for it?", mention: ["invoice"] },
      { say: "perfect, bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'I cannot thank you enough … works perfectly 🙏' is praise, not a payment problem",
    who: EMMA,
    style: "gratitude after a fix",
    turns: [
      {
        say: "I cannot thank you enough, the new vacuum arrived this morning and works " +
          "perfectly 🙏",
        mention: ["lovely|kind words"],
        avoid: ["payment problem", "would you like to", APOLOGY],
        handoff: "none",
      },
      { say: "one question, is there a warranty on it?", mention: ["warranty"] },
      { say: "thanks", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'the espresso machine is okay i guess. a bit loud' is a review, not a price",
    who: SARAH,
    style: "lukewarm review",
    turns: [
      {
        say: "the espresso machine is okay i guess. a bit loud",
        mention: ["isn't all you hoped for"],
        avoid: ["in stock", "399\\.00", "glad you like it", UPSET_OPENING],
        proposes: null,
      },
      { say: "can i return it?", proposes: "return_item" },
      { say: "no leave it", proposes: null, mention: ["nothing has been changed"] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'Five stars for the mixer, zero stars for the delivery.' says both sides",
    who: EMMA,
    style: "review with a split verdict, VIP",
    turns: [
      {
        say: "Five stars for the mixer, zero stars for the delivery.",
        mention: ["glad you like it", "sorry the delivery let you down"],
        avoid: ["lovely to hear", REVIEW, "member of our team"],
        handoff: "none",
      },
      { say: "that's all, thanks", mention: [THANKS_BACK] },
      { say: "bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'I'm so sorry, I think I was rude to your colleague earlier' is accepted",
    who: SARAH,
    style: "own apology, whole",
    turns: [
      {
        say: "I'm so sorry, I think I was rude to your colleague earlier. Everything's fine now.",
        mention: ["no need to apologise|no apology needed"],
        avoid: ["would you like to", "complaint"],
        handoff: "none",
      },
      { say: "where's ORD-1003?", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "thanks!", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'ur a legend, the investigation thing worked, keyboard arrived!!' is praise",
    who: MIKE,
    style: "slang gratitude after a fix",
    turns: [
      {
        say: "ur a legend, the investigation thing worked, keyboard arrived!!",
        mention: ["lovely|kind words|thank you"],
        avoid: [APOLOGY, "honest feedback", UPSET_OPENING],
        handoff: "none",
      },
      { say: "and how do i pay for ORD-2002?", mention: ["PayPal"] },
      { say: "cheers", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
];
