/**
 * Talk42 round, continued: the less-travelled intents inside a conversation about orders — signing in,
 * account changes, placing an order, ways to pay, shipping and invoices — asked alone and
 * beside an order, by the cast and by guests.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper.42@example.com";

/** More conversations of the talk42 round. */
export const TALK42_MORE: Conversation[] = [
  {
    name: "talk42: 'update the phone number on ORD-1003 so the courier can call me'",
    who: SARAH,
    style: "an account detail asked about one order",
    turns: [
      {
        // Was a call back offered ("Tell me when suits you").
        say: "I want to update the phone number on ORD-1003 so the courier can call me",
        mention: ["can't change the phone number", "Account → Profile"],
        avoid: ["call back", "when suits you"],
        handoff: "none",
      },
      { say: "ok and when will it arrive", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'unsubscribe me from emails' while a return waits, then yes",
    who: SARAH,
    style: "a side question while a change waits",
    turns: [
      { say: "I want to return 1002", proposes: "return_item" },
      {
        say: "unsubscribe me from emails pls",
        mention: ["Account → Notifications", "haven't done anything yet"],
        proposes: "return_item",
      },
      { say: "yes go ahead with the return", mention: ["return"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk42: klarna asked while 1003's cancellation waits, then yes",
    who: SARAH,
    style: "a payment question in the middle of a change",
    turns: [
      { say: "cancel ORD-1003 please", proposes: "cancel_order" },
      {
        say: "wait, first - can I pay for future orders with klarna?",
        mention: ["instalments or pay-later"],
        proposes: "cancel_order",
      },
      { say: "ok yes cancel it", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk42: 'change my email … and whats up with 2001' answers both",
    who: MIKE,
    style: "an account change and an order in one message",
    turns: [
      {
        say: "my email changed, can you update it to mike.j@newco.com? and whats up with 2001",
        mention: ["Account → Profile", "can't change it from this chat"],
        facts: [{ order: "ORD-2001", field: "status" }],
      },
      { say: "ugh ok. can i pay with apple pay next time", mention: ["Apple Pay"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'stop sending me marketing emails!!! also where's my shoes'",
    who: SARAH,
    style: "capitals of annoyance, two requests",
    turns: [
      {
        say: "stop sending me marketing emails!!! also where's my shoes",
        mention: ["newsletter", "ORD-1003"],
        facts: [{ order: "ORD-1003", field: "status" }],
      },
      { say: "and the invoice for it?", mention: ["ORD-1003"], avoid: ["newsletter"] },
      { say: "ok", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: a company invoice for 1002 goes to a person when she asks",
    who: SARAH,
    style: "a VAT number, then a person",
    turns: [
      {
        say: "hi can you put my company name Acme Ltd and VAT GB123456789 on the 1002 invoice?",
        mention: ["company name or VAT number", "colleague"],
        handoff: "none",
      },
      { say: "yes please get a person", handoff: "new" },
      { say: "thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "talk42: a guest asks for ORD-1002's VAT invoice and is asked to sign in",
    who: GUEST,
    style: "a guest names another customer's order",
    turns: [
      {
        say: "I need an invoice for ORD-1002 with my VAT number",
        mention: ["sign in|email address you ordered with"],
        avoid: ["Espresso", "delivered", "428"],
      },
      {
        say: "just tell me if it was delivered",
        avoid: ["Espresso", "delivered on", "November"],
      },
      { say: "do you take paypal", mention: ["PayPal"] },
    ],
    changes: [],
  },
  {
    name: "talk42: a guest with two accounts asks about ORD-1002 and learns nothing of it",
    who: GUEST,
    style: "a guest, two accounts, somebody's order",
    turns: [
      {
        say: "i have two accounts, which one has ORD-1002?",
        mention: ["sign in|email address you ordered with"],
        avoid: ["Espresso", "delivered", "sarah"],
      },
      { say: "can i merge my two accounts", mention: ["can't be merged"], avoid: ["sarah"] },
      { say: "ok bye", avoid: ["Espresso"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'invoices for all my orders for taxes' names each of Sarah's orders",
    who: SARAH,
    style: "every order at once",
    turns: [
      {
        // Was ORD-1002's invoice alone.
        say: "hey I need invoices for all my orders for taxes",
        mention: ["ORD-1001", "ORD-1002", "ORD-1003"],
      },
      { say: "and where is 1001", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "thx", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: Mike's 'receipts for both my orders' says 2002's comes once paid",
    who: MIKE,
    style: "both orders, one unpaid",
    turns: [
      {
        say: "can i get the receipts for both my orders",
        mention: ["ORD-2001 is on the order's page", "ORD-2002 hasn't been paid yet"],
      },
      { say: "how did i pay for 2001", mention: ["ORD-2001"], avoid: ["We accept"] },
      { say: "ok whatever thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'what payment did i use for 3002?' is not the list of ways to pay",
    who: EMMA,
    style: "how an order was paid",
    turns: [
      {
        // Was "We accept credit and debit cards (Visa, …)".
        say: "what payment did i use for 3002?",
        mention: ["can't see here which way order ORD-3002 was paid"],
        avoid: ["We accept"],
      },
      {
        say: "which card did i use for 3001 then",
        mention: ["ORD-3001"],
        avoid: ["not sure what you'd like", "We accept"],
      },
      { say: "ok never mind", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'can i pay for 1003 with a different card?' — it is paid already",
    who: SARAH,
    style: "paying an order already paid",
    turns: [
      {
        say: "can i pay for 1003 with a different card?",
        mention: ["ORD-1003 \\(192\\.00 USD\\) is already paid"],
      },
      { say: "oh ok. do you take amex for next time?", mention: ["American Express"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'can I pay for ORD-1003 with paypal' — paid already, and yes to PayPal",
    who: SARAH,
    style: "a way to pay for an order already paid",
    turns: [
      {
        // Was "Yes, we accept PayPal." alone.
        say: "can I pay for ORD-1003 with paypal",
        mention: ["ORD-1003 \\(192\\.00 USD\\) is already paid", "PayPal"],
      },
      { say: "oh right. and when does it ship", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "cool", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: Emma will close her account once the lost vacuum is refunded",
    who: EMMA,
    style: "an account's change and an order in one message",
    turns: [
      {
        // Was the refund's answer alone: the account's closing dropped.
        say: "i wanna close my account after this refund is done. where is the 3001 refund?",
        mention: ["Account → Privacy", "ORD-3001", "refund it in full"],
      },
      { say: "refund please", proposes: "refund" },
      { say: "yes", mention: ["ORD-3001"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk42: Sarah asks what email is on her account, then about 1001",
    who: SARAH,
    style: "her own account's email, signed in",
    turns: [
      {
        // Was a clarifying question ("would you like to change your account, or …").
        say: "hi, can u tell me what email is on my account?",
        mention: ["sarah\\.chen@example\\.com"],
        avoid: ["Just to make sure", "can't look an account up"],
      },
      { say: "and where is 1001", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: a guest asks what email is on their account and hears no one's email",
    who: GUEST,
    style: "a guest asks for an account's email",
    turns: [
      {
        say: "what email is on my account?",
        mention: ["Order confirmation"],
        avoid: ["@example\\.com"],
      },
      { say: "is it sarah.chen@example.com?", avoid: ["ORD-1", "Espresso", "Trail"] },
      { say: "ok", avoid: ["ORD-1"] },
    ],
    changes: [],
  },
  {
    name: "talk42: a guest forgot the password, gives Mike's email, signs in with the code",
    who: "guest.forgot.42@example.com",
    style: "a guest who forgot the password",
    turns: [
      {
        say: "i forgot my password, my email is mike.johnson@example.com",
        mention: ["one-time code"],
        avoid: ["ORD-2", "Keyboard", "Monitor"],
      },
      { say: "{code}", mention: ["signed in", "Forgot password"] },
      { say: "where is 2002", facts: [{ order: "ORD-2002", field: "status" }] },
    ],
    changes: [],
  },
];
