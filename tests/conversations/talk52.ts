/**
 * Talk52 round: answers to "shall I go ahead?" as people really give them, third pass — a no
 * turned round ("no yeah do it"), slang yeses ("defo"), soft noes ("I'd prefer not to"), a yes
 * to part ("yes but only the frother"), to one of two orders ("yes for 1003 not 1002"), a yes
 * with another change of the same order ("yes and expedite it too"), and the change asked for
 * later ("can you do it tomorrow instead?"). The ledger shows exactly what was agreed.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";

/** Said when the reply could not tell a yes from a no. */
const UNSURE = "not sure whether that's a yes";
/** Said when ORD-1003 was cancelled. */
const CANCELLED = "ORD-1003 is cancelled";

/** Conversations of the talk52 round. */
export const TALK52: Conversation[] = [
  {
    name: "talk52: 'no yeah do it' to the cancellation is a yes",
    who: SARAH,
    style: "the Australian 'no yeah' idiom",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      // Was "not sure whether that's a yes or a no", and the order stayed.
      { say: "no yeah do it", mention: [CANCELLED], avoid: [UNSURE], proposes: null },
      { say: "cheers", avoid: ["Shall I"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'nah actually go ahead' settles on the yes",
    who: SARAH,
    style: "a change of mind mid-sentence, no capitals",
    turns: [
      { say: "can u cancel 1003", proposes: "cancel_order" },
      { say: "nah actually go ahead", mention: [CANCELLED], avoid: [UNSURE], proposes: null },
      { say: "ta", avoid: ["Shall I", "cancel order ORD-1003\\?"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'nah yeah go on' to the express upgrade upgrades it once",
    who: SARAH,
    style: "slang, terse",
    turns: [
      { say: "expedite ORD-1003 please", proposes: "expedite_order" },
      { say: "nah yeah go on", mention: ["upgraded"], avoid: [UNSURE], proposes: null },
      { say: "thx", avoid: ["Shall I"] },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'no wait actually yes' is still asked again; the plain yes after acts once",
    who: SARAH,
    style: "dithering",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "no wait actually yes", avoid: [CANCELLED], proposes: "cancel_order" },
      { say: "yes", mention: [CANCELLED], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "talk52: 'yeah no' alone to the frother's return is asked again, 'yeah no leave it' is a no",
    who: SARAH,
    style: "the 'yeah no' idiom",
    turns: [
      { say: "return the frother from 1002", proposes: "return_item" },
      { say: "yeah no", avoid: ["return for order ORD-1002 is open"], proposes: "return_item" },
      { say: "yeah no leave it", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk52: 'defo' to the express upgrade is a yes",
    who: SARAH,
    style: "British slang, one word",
    turns: [
      { say: "can you expedite 1003", proposes: "expedite_order" },
      // Was "not sure whether that's a yes or a no".
      { say: "defo", mention: ["upgraded"], avoid: [UNSURE], proposes: null },
      { say: "lovely, thanks", avoid: ["Shall I"] },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'deffo mate' to Emma's refund refunds the mixer",
    who: EMMA,
    style: "slang with a 'mate'",
    turns: [
      { say: "I want a refund for 3002", proposes: "refund" },
      { say: "deffo mate", mention: ["refunded 349\\.00"], avoid: [UNSURE], proposes: null },
      { say: "ta", avoid: ["Shall I"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "talk52: 'I'd prefer not to' is a no, and nothing is cancelled",
    who: SARAH,
    style: "polite, soft no",
    turns: [
      { say: "Could you cancel order ORD-1003 for me?", proposes: "cancel_order" },
      // Was "not sure whether that's a yes or a no" and the cancellation kept waiting.
      { say: "i'd prefer not to", mention: ["won't cancel"], avoid: [UNSURE], proposes: null },
      { say: "ok thanks, that's all", avoid: [CANCELLED] },
    ],
    changes: [],
  },
  {
    name: "talk52: 'on second thoughts no' declines the cancellation",
    who: SARAH,
    style: "British 'second thoughts'",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      // Was "No rush — I haven't changed anything… just say so", the cancellation still waiting.
      {
        say: "on second thoughts no",
        mention: ["won't cancel"],
        avoid: ["No rush"],
        proposes: null,
      },
      { say: "where is 1001 then?", facts: [{ order: "ORD-1001", field: "tracking" }] },
    ],
    changes: [],
  },
  {
    name: "talk52: 'let me think', then 'on second thoughts, yes go ahead' cancels once",
    who: SARAH,
    style: "thinking aloud, then a yes",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "let me think", avoid: [CANCELLED], proposes: "cancel_order" },
      {
        say: "on second thoughts, yes go ahead",
        mention: [CANCELLED],
        avoid: [UNSURE],
        proposes: null,
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "talk52: 'yes but only the frother' to the whole order's refund refunds the frother alone",
    who: SARAH,
    style: "a yes that narrows",
    turns: [
      { say: "refund ORD-1002", mention: ["428\\.00"], proposes: "refund" },
      // Was "not sure whether that's a yes or a no", asking the 428.00 again.
      {
        say: "yes but only the frother",
        mention: ["29\\.00", "Milk Frother"],
        avoid: [UNSURE, "428\\.00"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk52: 'yep, only the milk frother tho' is no question about the frother",
    who: SARAH,
    style: "casual, 'tho'",
    turns: [
      { say: "can i get a refund on 1002", proposes: "refund" },
      // Was the frother's stock and warranty, and the yes after refunded 428.00.
      {
        say: "yep, only the milk frother tho",
        mention: ["29\\.00"],
        avoid: ["in stock", "warranty", "428\\.00"],
        proposes: "refund",
      },
      { say: "yup", mention: ["refunded 29\\.00"], avoid: ["428\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk52: 'yes for 1003 not 1002' drops the refund and asks about the cancellation",
    who: SARAH,
    style: "two orders, picked by number",
    turns: [
      { say: "refund 1002 and cancel 1003", proposes: "refund" },
      // Was "not sure whether that's a yes or a no" about the refund of 1002.
      {
        say: "yes for 1003 not 1002",
        mention: ["ORD-1003"],
        avoid: [UNSURE, "refunded"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: [CANCELLED], avoid: ["refunded"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'only 1002' picks the refund put off behind the cancellation",
    who: SARAH,
    style: "terse, a number",
    turns: [
      { say: "cancel 1003 and refund 1002", proposes: "cancel_order" },
      // Was the cancellation of ORD-1003 proposed again.
      {
        say: "only 1002",
        mention: ["refund 428\\.00", "ORD-1002"],
        avoid: ["so I can cancel it"],
        proposes: "refund",
      },
      { say: "yep", mention: ["refunded 428\\.00"], avoid: [CANCELLED], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk52: 'yes to 1003, no to 1002' cancels 1003 and lets the refund go",
    who: SARAH,
    style: "yes to one, no to the other",
    turns: [
      { say: "cancel 1003 and refund 1002", proposes: "cancel_order" },
      {
        say: "yes to 1003, no to 1002",
        mention: [CANCELLED],
        avoid: [UNSURE, "You also asked"],
        proposes: null,
      },
      { say: "thanks", avoid: ["refund", "Shall I"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'yes and expedite it too' to the new address: moved, then the upgrade asked",
    who: SARAH,
    style: "a yes with a second change of the same order",
    turns: [
      {
        say: "please send ORD-1003 to 12 High Street, London E1 6AN instead",
        proposes: "change_address",
      },
      // Was the speed-up alone proposed: the yes to the new address was lost.
      {
        say: "yes and expedite it too",
        mention: ["new address", "express"],
        avoid: [UNSURE],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [
      { action: "change_address", target: "ORD-1003" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "talk52: 'yes but can you also expedite it' keeps the address change it said yes to",
    who: SARAH,
    style: "yes, but also",
    turns: [
      {
        say: "change the address of 1003 to 12 High Street, London E1 6AN",
        proposes: "change_address",
      },
      {
        say: "yes but can you also expedite it",
        mention: ["new address", "express"],
        proposes: "expedite_order",
      },
      { say: "no, standard is fine actually", avoid: ["upgraded"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'can you do it tomorrow instead?' keeps the cancellation waiting",
    who: SARAH,
    style: "asks for the change later",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      // Was the shipping speeds and prices, and the cancellation dropped.
      {
        say: "can you do it tomorrow instead?",
        mention: ["later day", "hasn't shipped yet"],
        avoid: ["overnight", "14\\.99", "left order ORD-1003 as it was"],
        proposes: "cancel_order",
      },
      { say: "ok fine just do it now then", mention: [CANCELLED], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
];
