/**
 * Talk28 round: how people really type — texting shorthand ("cn u chek 1002"), typos
 * ("anothr", "vacum", "updte"), no punctuation and English as a second language. Each gets
 * the reply and the ledger of its clean wording; a no typed short stays a no.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations of the talk28 round. */
export const TALK28: Conversation[] = [
  {
    name: "talk28: Emma's 'refund for my vacum' is her lost Robot Vacuum, not the catalogue's",
    who: EMMA,
    style: "typos",
    turns: [
      {
        // Was "I can't see the Cordless Stick Vacuum in your recent orders".
        say: "any news on the refund for my vacum?",
        mention: ["ORD-3001", "lost"],
        avoid: ["Cordless Stick", "can't see"],
      },
      { say: "refund pls", proposes: "refund", mention: ["ORD-3001"] },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "talk28: 'i want to add anothr water bottle' adds one to the order, 'just one' is no count",
    who: SARAH,
    style: "typos",
    turns: [
      {
        // Was read as buying: "Add it to your cart from its product page".
        say: "i want to add anothr water bottle",
        proposes: "modify_items",
        mention: ["ORD-1003", "from 2 to 3"],
        avoid: ["cart", "product page"],
      },
      {
        // Was off-topic ("I can only help with orders…").
        say: "just one",
        proposes: "modify_items",
        avoid: ["from 2 to 1", "only help with"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk28: 'cn u chek 1002' is where ORD-1002 stands, not 'what would you like me to do'",
    who: SARAH,
    style: "shorthand",
    turns: [
      {
        say: "cn u chek 1002",
        mention: ["ORD-1002", "delivered"],
        avoid: ["not sure what you'd like"],
      },
      { say: "wen did it arive", mention: ["delivered"], avoid: ["not sure"] },
      { say: "thx", proposes: null, handoff: "none" },
    ],
  },
  {
    name: "talk28: 'can you check 1002' (clean) is the same status answer",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "can you check 1002",
        mention: ["ORD-1002", "delivered"],
        avoid: ["not sure what you'd like"],
      },
      { say: "and 1001?", mention: ["ORD-1001"] },
      { say: "ok thanks", proposes: null },
    ],
  },
  {
    name: "talk28: 'pls cancl my ordr 1003', 'yea no' stays unsure, 'nah leave it' is a no",
    who: SARAH,
    style: "shorthand",
    turns: [
      { say: "pls cancl my ordr 1003", proposes: "cancel_order", mention: ["ORD-1003"] },
      { say: "yea no", proposes: "cancel_order", avoid: ["Done", "is cancelled"] },
      { say: "nah leave it", proposes: null, mention: ["won't cancel"] },
    ],
    changes: [],
  },
  {
    name: "talk28: 'not rly' to a waiting cancellation never cancels; 'no' keeps the order",
    who: SARAH,
    style: "shorthand",
    turns: [
      { say: "cancel order one thousand and three", proposes: "cancel_order" },
      { say: "not rly", avoid: ["Done", "is cancelled"] },
      { say: "no", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk28: Mike's 'wen will my keybord arive' then 'any updte?' is the keyboard's news",
    who: MIKE,
    style: "typos",
    turns: [
      { say: "wen will my keybord arive", mention: ["ORD-2001", "Memphis"] },
      {
        // Was off-topic: "That's outside what I can help with here".
        say: "any updte?",
        mention: ["ORD-2001"],
        avoid: ["outside what I can help", "only help with"],
      },
      { say: "k thx", proposes: null, handoff: "none" },
    ],
  },
  {
    name: "talk28: Sarah's 'any updte?' after her late headphones is their news",
    who: SARAH,
    style: "shorthand",
    turns: [
      { say: "my hedphones r late where r they", mention: ["ORD-1001"] },
      { say: "any updte?", mention: ["ORD-1001"], avoid: ["outside what I can help"] },
      { say: "ok thx", proposes: null },
    ],
  },
  {
    name: "talk28: 'i wnt to retrun the milk frother its brokn', then 'yh go ahed' opens it",
    who: SARAH,
    style: "typos",
    turns: [
      {
        say: "i wnt to retrun the milk frother its brokn",
        proposes: "return_item",
        mention: ["Milk Frother"],
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "yh go ahed",
        proposes: null,
        mention: ["return for order ORD-1002 is open"],
      },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk28: 'pls canel 2002 i dnt want it no more' proposes the cancellation at once",
    who: MIKE,
    style: "shorthand",
    turns: [
      {
        // Was "would you like to cancel an order, or change the items of an order…?".
        say: "pls canel 2002 i dnt want it no more",
        proposes: "cancel_order",
        mention: ["ORD-2002"],
        avoid: ["change the items"],
      },
      { say: "yess", proposes: null, mention: ["cancelled"] },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "talk28: Emma's 'whers my vacum' then 'can u send anothr one' sends the replacement",
    who: EMMA,
    style: "typos",
    turns: [
      { say: "whers my vacum", mention: ["ORD-3001", "lost"] },
      { say: "can u send anothr one", proposes: "replacement", mention: ["ORD-3001"] },
      { say: "ok", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "talk28: Emma's 'my mixr came broken i want new one' gets the mixer replaced",
    who: EMMA,
    style: "non-native",
    turns: [
      {
        say: "my mixr came broken i want new one",
        proposes: "replacement",
        mention: ["Stand Mixer", "ORD-3002"],
      },
      { say: "ya", proposes: null },
      { say: "thank u", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "talk28: 'I am wanting to return the frother because is not working good'",
    who: SARAH,
    style: "non-native",
    turns: [
      {
        say: "I am wanting to return the frother because is not working good",
        proposes: "return_item",
        mention: ["Milk Frother", "ORD-1002"],
      },
      { say: "yes please", proposes: null },
      { say: "thank you very much", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk28: 'the mixer is damge i need refund money back', 'ok do it' refunds once",
    who: EMMA,
    style: "non-native",
    turns: [
      { say: "the mixer is damge i need refund money back", proposes: "refund" },
      { say: "ok do it", proposes: null, mention: ["refunded"] },
      { say: "ok do it", proposes: null, avoid: ["refunded 349"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "talk28: 'pls chek order 1001 for me' then 'wen will it come' is the parcel's news",
    who: SARAH,
    style: "shorthand",
    turns: [
      { say: "pls chek order 1001 for me", mention: ["ORD-1001", "TRK8800001001"] },
      { say: "wen will it come", mention: ["ORD-1001"] },
      { say: "ty", proposes: null, handoff: "none" },
    ],
  },
  {
    name: "talk28: 'can i pay by paypall for 2002' is answered yes, PayPal",
    who: MIKE,
    style: "typos",
    turns: [
      { say: "can i pay by paypall for 2002", mention: ["PayPal"] },
      { say: "ok thx", proposes: null },
      { say: "bye", proposes: null },
    ],
  },
];
