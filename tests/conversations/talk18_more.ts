/**
 * The eighteenth round, continued: policy answers that open with "Yes —" only to a
 * yes-or-no question, "thanks, one more thing…", a problem announced with nothing said, a
 * question asked while a change waits, undo right after a change, and talking on after a
 * handoff was opened or called off — the ledger showing exactly what was agreed.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const ASKED_AGAIN = "whether that's a yes or a no";
const YES_OPENING = "^(?:[^\\n]*\\n+)?Yes —";

/** More of the eighteenth round: policy openings, asides and undo. */
export const TALK18_MORE: Conversation[] = [
  {
    name: "18th round: 'how do returns work for sale stuff' gets the rule, not 'Yes —'",
    who: SARAH,
    style: "casual questions",
    turns: [
      {
        say: "how do returns work for stuff i bought on sale",
        mention: ["Items bought in a sale can be returned"],
        avoid: ["Yes —"],
      },
      { say: "are sale items final sale?", mention: ["No — items bought in a sale"] },
      { say: "can i return after 30 days?", mention: ["Not after 30 days"], avoid: ["Yes —"] },
    ],
    changes: [],
  },
  {
    name: "18th round: sale and opened items asked about by 'policy' and 'what about'",
    who: SARAH,
    style: "terse questions",
    turns: [
      { say: "what's your policy on sale items?", mention: ["sale"], avoid: ["Yes —"] },
      { say: "what about opened items", mention: ["opened or tried"], avoid: ["Yes —"] },
      { say: "can i return sale items?", mention: [YES_OPENING, "sale"] },
    ],
    changes: [],
  },
  {
    name: "18th round: 'thanks, one more thing: how long do refunds take?' is the rule",
    who: SARAH,
    style: "polite, one more thing",
    turns: [
      { say: "where's ORD-1001", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "thanks, one more thing: how long do refunds take?",
        mention: ["5 business days"],
        avoid: ["I don't see a refund"],
      },
      { say: "cheers. also do you ship to canada", mention: ["Canada"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'i have a problem with my order' is asked which, not about cards",
    who: SARAH,
    style: "vague",
    turns: [
      {
        say: "i have a problem with my order",
        mention: ["ORD-1001"],
        avoid: ["declined", "card details"],
      },
      { say: "the headphones", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "ok thanks", avoid: ["declined"] },
    ],
    changes: [],
  },
  {
    name: "18th round: 'thanks! one more thing, where are my headphones' while a cancel waits",
    who: SARAH,
    style: "chatty aside",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "thanks! one more thing, where are my headphones",
        facts: [{ order: "ORD-1001", field: "status" }],
        avoid: ["You're welcome"],
        proposes: "cancel_order",
      },
      { say: "ok yes cancel it", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "18th round: 'where are my headphones' while 1003's cancel waits, then no",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "where are my headphones",
        facts: [{ order: "ORD-1001", field: "status" }],
        avoid: ["already shipped", "cancelling is only possible"],
        proposes: "cancel_order",
      },
      { say: "no leave it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "18th round: 'actually undo that' after a cancellation is told it can't be undone",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "actually undo that", mention: ["can't be undone"], proposes: null },
      { say: "ok fine", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "18th round: 'wait no put it back' after a bottle removed proposes it back",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "remove one water bottle from ORD-1003", proposes: "modify_items" },
      { say: "yes", proposes: null },
      { say: "wait no put it back", mention: ["from 1 to 2"], proposes: "modify_items" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003", times: 2 }],
  },
  {
    name: "18th round: 'wait no, cancel the return' after it opened: keep it, don't send it",
    who: SARAH,
    style: "second thoughts",
    turns: [
      { say: "i want to return the espresso machine", proposes: "return_item" },
      { say: "yes", proposes: null },
      { say: "wait no, cancel the return", mention: ["don't send it back"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "18th round: Mike asks on while queued for a person and cancels the monitor",
    who: MIKE,
    style: "impatient",
    turns: [
      { say: "can i talk to a human?", handoff: "new" },
      {
        say: "ok thanks. while i wait, where's my keyboard?",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["still on the way"],
      },
      { say: "and can you cancel the monitor order", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "18th round: Emma calls off the person, then has her lost vacuum refunded",
    who: EMMA,
    style: "impatient VIP",
    turns: [
      { say: "i want a real person", handoff: "new" },
      { say: "no i don't want to wait, can't you just do it", handoff: "withdrawn" },
      { say: "refund my vacuum", proposes: "refund" },
      { say: "yes", mention: ["refund"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "18th round: Emma comes back to her vacuum after asking about Klarna",
    who: EMMA,
    style: "detour",
    turns: [
      { say: "where is my vacuum", facts: [{ order: "ORD-3001", field: "status" }] },
      { say: "can i pay with klarna", mention: ["instalments|pay-later"] },
      { say: "anyway back to my vacuum, can you refund it", proposes: "refund" },
      { say: "yes please", mention: ["refund"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "18th round: 'yea sure why not' and 'nope go ahead' are asked again, 'yes' acts once",
    who: SARAH,
    style: "casual, mixed signals",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "yea sure why not", mention: [ASKED_AGAIN], proposes: "cancel_order" },
      { say: "nope go ahead", avoid: ["Done"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "18th round: Mike's 'which one?' after we asked which order lists his two orders",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "where is my order", mention: ["ORD-2001", "ORD-2002"] },
      { say: "which one?", mention: ["ORD-2001", "ORD-2002"], avoid: ["how you can pay", "card"] },
      { say: "the keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
    ],
    changes: [],
  },
  {
    name: "18th round: 'no sorry, i meant return it, not refund' switches to the return",
    who: SARAH,
    style: "apologetic, corrects the change",
    turns: [
      { say: "refund ORD-1002", proposes: "refund" },
      {
        say: "no sorry, i meant return it, not refund",
        mention: ["return"],
        avoid: ["I won't refund"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "18th round: back from the warranty, 'ok lets do the return now' opens it once",
    who: SARAH,
    style: "detour, then decides",
    turns: [
      { say: "can i return ORD-1002", proposes: "return_item" },
      {
        say: "hmm maybe later. whats the warranty on the espresso machine?",
        mention: ["warranty"],
        proposes: "return_item",
      },
      {
        say: "ok lets do the return now",
        mention: ["return"],
        avoid: [ASKED_AGAIN],
        proposes: null,
      },
      { say: "thanks", avoid: [ASKED_AGAIN] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "18th round: Sarah's 'where are the bottles' is her order's status, not their price",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "where are the bottles",
        facts: [{ order: "ORD-1003", field: "status" }],
        avoid: ["in stock", "34\\.00"],
      },
      { say: "and the headphones?", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "ok cool thx", avoid: ["in stock"] },
    ],
    changes: [],
  },
];
