/**
 * More conversations of the eleventh round (the talk11 branch): off-topic and closings in
 * chat words, goods praised rather than reported, a waiting change asked about, emoji,
 * tweets, long polite messages and a payment told while a person is on the way.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "curious.guest@example.net";
const OUT_OF_SCOPE = "support assistant|outside what I can help";
const UNSURE = "yes or a no";

/** More of the eleventh round's conversations. */
export const TALK11_MORE: Conversation[] = [
  {
    name: "11th round: a guest off topic, then a product after 'lol ok.', then 'cya'",
    who: GUEST,
    style: "chat slang",
    turns: [
      { say: "whats the capital of france", mention: [OUT_OF_SCOPE] },
      {
        say: "lol ok. do u sell headphones",
        mention: ["headphones"],
        avoid: ["Just to make sure", "shipping options"],
      },
      { say: "cya", avoid: [OUT_OF_SCOPE], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma praises the mixer she received; nothing is offered for it",
    who: EMMA,
    style: "long and polite",
    turns: [
      {
        say: "Hello, I hope you are well. The stand mixer I received is wonderful. Many " +
          "thanks to the whole team.",
        mention: ["thank"],
        avoid: ["refund", "replacement", "should have arrived"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "Could you also tell me where my robot vacuum is?",
        mention: ["lost"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
        avoid: ["accurate answer"],
      },
      { say: "Thank you, that is all.", avoid: [OUT_OF_SCOPE] },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah's 'ok no worries' and 'np' after an answer are taken in",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "wheres my headphones", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        say: "ok no worries",
        avoid: ["what would you like me to help with", "Just to make sure"],
      },
      { say: "np", avoid: ["look at next", "Just to make sure"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah asks 'what can you do?' while her return waits, then says yes",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "return ORD-1002", proposes: "return_item" },
      {
        say: "what can you do?",
        mention: ["say yes and I'll start the return of order ORD-1002", "stays as it is"],
        avoid: [UNSURE],
        proposes: "return_item",
      },
      { say: "ok yes", proposes: null, mention: ["ORD-1002"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "11th round: Mike's angry face alone is asked what happened; his 🙄 fine taken in",
    who: MIKE,
    style: "emoji",
    turns: [
      {
        say: "😡",
        mention: ["tell me what happened"],
        avoid: ["Thank you for taking the time to tell us", "supervisor"],
        proposes: null,
      },
      { say: "my keyboard", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "🙄 fine", avoid: ["what would you like me to help with"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: a guest writes long and politely: what can you do, Irland, goodbye",
    who: GUEST,
    style: "long and polite, a misspelt country",
    turns: [
      {
        say: "Good afternoon. Could you please tell me what you are able to help me with?",
        mention: ["where an order is"],
      },
      { say: "Thank you. Do you deliver to Irland?", mention: ["ship to Ireland"] },
      { say: "Many thanks, goodbye.", avoid: [OUT_OF_SCOPE], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma asks 'r u a bot lol', then her lost parcel is refunded on a yes",
    who: EMMA,
    style: "chat slang",
    turns: [
      { say: "r u a bot lol", mention: ["virtual assistant"], handoff: "none" },
      { say: "my parcel never came", mention: ["lost", "refund"], handoff: "none" },
      { say: "refund pls", proposes: "refund" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "11th round: Mike, queued, says he paid by bank transfer; the person coming traces it",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "get me a human", handoff: "new" },
      {
        say: "i paid by bank transfer",
        mention: ["few business days", "on the way can trace"],
        avoid: ["just ask for one", "more urgent"],
      },
      { say: "thanks", mention: ["welcome"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "11th round: a guest's 'what are my options' first, then a tweet of thanks",
    who: GUEST,
    style: "tweet-style",
    turns: [
      {
        say: "what are my options",
        mention: ["where an order is"],
        avoid: ["PayPal", "Visa"],
      },
      {
        say: "@store thanks for the quick delivery #happy",
        mention: ["thank"],
        avoid: ["sorry"],
      },
      { say: "ty", avoid: [OUT_OF_SCOPE], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: a guest asks about the UK, then how long a refund takes (not shipping)",
    who: GUEST,
    style: "terse",
    turns: [
      { say: "do you ship to the uk", mention: ["United Kingdom"] },
      { say: "how long does it take to get a refund", mention: ["5 business days"] },
      { say: "ok thx", avoid: [OUT_OF_SCOPE] },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma refunded, then asks where the vacuum is: told, not handed over",
    who: EMMA,
    style: "terse",
    turns: [
      { say: "my vacuum never came", mention: ["lost"] },
      { say: "refund it", proposes: "refund" },
      { say: "yes please", proposes: null },
      {
        say: "so where is it now",
        mention: ["lost"],
        avoid: ["accurate answer"],
        handoff: "none",
      },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "11th round: Mike tells the assistant it is useless, then asks where his keyboard is",
    who: MIKE,
    style: "rude, terse",
    turns: [
      {
        say: "ur useless",
        mention: ["haven't been much help"],
        avoid: ["taking the time to tell us", "supervisor"],
        proposes: null,
      },
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "whatever", avoid: [OUT_OF_SCOPE] },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma, politely disappointed, asks what we suggest and takes a replacement",
    who: EMMA,
    style: "long and polite, VIP",
    turns: [
      {
        say: "Good evening. I am writing because I am rather disappointed: my robot vacuum " +
          "never arrived and nobody has told me anything. I would appreciate an explanation.",
        mention: ["lost", "refund", "replacement"],
        handoff: "none",
      },
      {
        say: "I see. What would you suggest?",
        mention: ["a refund puts 313\\.99 USD back", "replacement leaves our warehouse"],
        avoid: ["Just to make sure", "where an order is"],
      },
      { say: "the replacement then", proposes: "replacement" },
      { say: "Yes, go ahead.", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "11th round: Sarah tweets that her headphones aren't here; on time, she is told where",
    who: SARAH,
    style: "tweet-style, emoji",
    turns: [
      {
        say: "@SupportMesh my headphones ORD-1001 still not here 😤 #fail",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["estimate"],
        handoff: "none",
      },
      { say: "thx for the quick reply tho", avoid: ["review", "sorry"] },
      { say: "👍", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma pastes a five-star review; no shipping speeds, no refund",
    who: EMMA,
    style: "a review pasted as a message",
    turns: [
      {
        say: "★★★★★ Absolutely love the stand mixer. Sturdy, quiet, and the bowl is huge. " +
          "Delivery was quick too. Highly recommend!",
        mention: ["lovely to hear|kind words"],
        avoid: ["business days", "refund", "sorry"],
        proposes: null,
      },
      { say: "hii im so hapy with it!!! tysm", avoid: ["Just to make sure", "sorry"] },
      { say: "ok bye", avoid: [OUT_OF_SCOPE] },
    ],
    changes: [],
  },
  {
    name:
      "11th round: Sarah asks 'can u help me', then 'my order', 'the shoes one', 'why so long?'",
    who: SARAH,
    style: "terse, chat slang",
    turns: [
      {
        say: "can u help me",
        mention: ["happy to help", "where an order is"],
        avoid: ["speak to a person"],
      },
      { say: "my order", mention: ["which order"] },
      {
        say: "the shoes one",
        facts: [{ order: "ORD-1003", field: "status" }],
        avoid: ["couldn't check the tracking"],
      },
      {
        say: "why so long?",
        facts: [{ order: "ORD-1003", field: "id" }],
        avoid: ["Just to make sure", "payment problem"],
      },
    ],
    changes: [],
  },
  {
    name: "11th round: Mike announces a complaint, then tells it, then asks what can be done",
    who: MIKE,
    style: "step by step",
    turns: [
      {
        say: "hi, I have a complaint",
        mention: ["tell me what happened"],
        avoid: ["taking the time to tell us", "shouldn't have happened"],
        proposes: null,
      },
      {
        say: "my keyboard is late and nobody tells me anything",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        mention: ["Memphis"],
      },
      {
        say: "ok and what can you do about it?",
        mention: ["investigation"],
        proposes: "carrier_investigation",
      },
      { say: "no thanks, i'll wait", proposes: null },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah says the return label worked; nothing is proposed, then a goodbye",
    who: SARAH,
    style: "chat slang",
    turns: [
      {
        say: "omg ur a lifesaver, the return label worked",
        mention: ["kind words|lovely to hear"],
        avoid: ["can be returned", "Reply yes"],
        proposes: null,
      },
      { say: "gr8 thx", avoid: [OUT_OF_SCOPE, "Just to make sure"] },
      { say: "ttyl", avoid: [OUT_OF_SCOPE], handoff: "none" },
    ],
    changes: [],
  },
];
