/**
 * Conversations found by the lead reading transcripts in the tenth session: a no to a change
 * while waiting for a person, an address given after a question about another order.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, tenth session. */
export const LEAD10: Conversation[] = [
  {
    name:
      "Queued Mike says 'yeah no, don't bother' to the express upgrade: no upgrade, asked no more",
    who: MIKE,
    style: "upset, then declines",
    turns: [
      {
        say: "hey my monitor still hasn't been sent?? it's been ages",
        mention: ["ORD-2002", "waiting for payment"],
        handoff: "new",
      },
      { say: "can you speed it up then", proposes: "expedite_order" },
      {
        // Was joined to the queue as upset, the priority raised, and the upgrade asked again.
        say: "yeah no, don't bother actually",
        mention: ["won't upgrade"],
        avoid: ["more urgent", "shall I upgrade"],
        proposes: null,
      },
      {
        // Was the upgrade proposed once more.
        say: "what's the cheapest shipping then",
        mention: ["5.99 USD"],
        avoid: ["shall I upgrade"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "Sarah asks about a keyboard she never ordered and where 'it' goes, then gives an address",
    who: SARAH,
    style: "two questions, then an address with a lead-in",
    turns: [
      {
        say: "hi, quick one - has my keyboard shipped yet? also can i change where it's going",
        mention: ["can't see the Mechanical Keyboard"],
      },
      {
        // Was "which order would you like to send to a new address?" over all three orders
        // (the question about the keyboard taken as asked of the address), or, without the
        // question before, "would you like to change a delivery address?" ("ok it's" hid it).
        say: "ok it's 22 Baker Street, London NW1 6XE",
        mention: ["ORD-1003", "London"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["ORD-1003 will go to the new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah returns the espresso machine and says in another sentence she keeps the frother",
    who: SARAH,
    style: "two sentences, a return and praise",
    turns: [
      {
        // Was the whole order's return (the frother named, kept, in the praise's sentence).
        say: "I need to return the espresso machine, it's too big for my kitchen. Also the " +
          "frother is great, keeping that.",
        mention: ["return for the Espresso Machine", "rest of the order stays with you"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open"] },
      { say: "when do i get my money", mention: ["once the parcel is back with us"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Emma asks how long the replacement takes after a pause, then agrees",
    who: EMMA,
    style: "hesitant",
    turns: [
      { say: "hi! the vacuum never showed up and honestly im so over it", mention: ["lost"] },
      { say: "just send me another one", proposes: "replacement" },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "wait actually how long would that take",
        mention: ["within 1 business day"],
        avoid: ["yes or a no"],
      },
      { say: "ok fine do it", mention: ["arranged a replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name:
      "Sarah is refused the cancellation of shipped 1001, then 'ugh seriously? fine what can i do instead'",
    who: SARAH,
    style: "annoyed, then asks the options",
    turns: [
      { say: "cancel 1001", mention: ["already shipped"], proposes: null },
      {
        // Was "would you like to know how you can pay, or get a refund?".
        say: "ugh seriously? fine what can i do instead",
        mention: ["what I can do", "return it within 30 days"],
        avoid: ["how you can pay"],
        proposes: null,
      },
      { say: "ok i'll wait for it then", avoid: ["cancelled"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "Emma asks what the replacement costs and how long it takes, in a few words each",
    who: EMMA,
    style: "terse questions",
    turns: [
      { say: "the vacuum never showed up", mention: ["lost"] },
      { say: "just send me another one", proposes: "replacement" },
      {
        // Was the shipping speeds' prices: "it" is the replacement.
        say: "how much would it cost?",
        mention: ["free of charge"],
        avoid: ["5\\.99 USD", "overnight"],
      },
      {
        // Was "would you like to know about shipping options, or know about our policies?".
        say: "how long does it take?",
        mention: ["within 1 business day"],
        avoid: ["make sure I help"],
      },
      { say: "ok do it", mention: ["arranged a replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah's headphones are for her sister's birthday in five days: will they make it?",
    who: SARAH,
    style: "the day first, the question after",
    turns: [
      { say: "where's my headphones order? it's been a week", mention: ["ORD-1001", "UPS"] },
      {
        // Was the privacy rule ("someone else's account"), then, once that was mended, "I can
        // only help with orders…": the day was said before the question.
        say: "they're for my sister's birthday on {date+5}, will they make it?",
        mention: ["{date+2}", "in time"],
        avoid: ["another person", "signed in with"],
      },
      { say: "great thanks", avoid: ["sorry"], handoff: "none" },
    ],
    changes: [],
  },
];
