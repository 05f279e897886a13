/**
 * Talk37 round: the "Left" lists of the day tried again — an added item beside a stock
 * question, another model of an item asked for, and two orders' troubles told together.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations of the talk37 round. */
export const TALK37: Conversation[] = [
  {
    name: "talk37: 'can i add another water bottle to 1003? also is the milk frother in stock?'",
    who: SARAH,
    style: "a change and a stock question in one message",
    turns: [
      {
        // Was the stock answer alone, and "add it to your cart from its product page".
        say: "can i add another water bottle to 1003? also is the milk frother in stock?",
        mention: ["from 2 to 3", "Milk Frother is in stock"],
        avoid: ["product page", "cart"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"] },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk37: 'add one more bottle to order 1003 pls. oh and is the frother in stock' then no",
    who: SARAH,
    style: "terse, then changes her mind",
    turns: [
      {
        say: "add one more bottle to order 1003 pls. oh and is the milk frother in stock",
        mention: ["from 2 to 3", "in stock"],
        avoid: ["product page"],
        proposes: "modify_items",
      },
      { say: "actually no leave it", proposes: null },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk37: 'can I add an extra water bottle to order 1003? and how much is the frother'",
    who: SARAH,
    style: "a change and a price question",
    turns: [
      {
        say: "Can I add an extra water bottle to order 1003? And how much is the milk frother?",
        mention: ["from 2 to 3", "29\\.00"],
        avoid: ["product page"],
        proposes: "modify_items",
      },
      { say: "yes please", mention: ["ORD-1003"] },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "talk37: Mike's 'can i change the monitor to the 32 inch one' is another model, not a count",
    who: MIKE,
    style: "a model the order doesn't hold",
    turns: [
      {
        // Was "It has 1× 27-inch 4K Monitor now. How many would you like in total?".
        say: "can i change the monitor to the 32 inch one",
        mention: ["another model", "cancel it"],
        avoid: ["How many would you like"],
        proposes: "cancel_order",
      },
      { say: "no thanks, I'll keep it then", proposes: null },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk37: 'can i swap my monitor for the bigger model', then yes: the order cancelled",
    who: MIKE,
    style: "another model, then a yes to the cancellation",
    turns: [
      {
        say: "can i swap my monitor for the bigger model",
        mention: ["another model", "ORD-2002"],
        avoid: ["nothing to send back", "How many"],
        proposes: "cancel_order",
      },
      { say: "ok yes cancel it", mention: ["cancelled"] },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "talk37: 'is it possible to switch 2002 to a 34\" monitor instead'",
    who: MIKE,
    style: "a measure in inches",
    turns: [
      {
        say: 'hey is it possible to switch 2002 to a 34" monitor instead',
        mention: ["another model"],
        avoid: ["How many", "34 "],
        proposes: "cancel_order",
      },
      { say: "nah forget it", proposes: null },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [],
  },
  {
    name:
      "talk37: Emma's 'I never received my parcel and the other one arrived broken': both named",
    who: EMMA,
    style: "VIP, two troubles in one sentence, handed over",
    turns: [
      {
        // Was a person called with the broken mixer's facts alone: the lost vacuum unnamed.
        say: "I never received my parcel and the other one arrived broken",
        mention: ["ORD-3002", "ORD-3001", "lost", "damaged"],
        handoff: "new",
      },
      { say: "ok I'll wait, thanks", proposes: null },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk37: 'my package never came and the other one showed up damaged': both orders told",
    who: EMMA,
    style: "VIP, two troubles, other words",
    turns: [
      {
        say: "my package never came and the other one showed up damaged",
        mention: ["ORD-3002", "ORD-3001", "lost"],
        handoff: "new",
      },
      { say: "ok", proposes: null },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk37: 'one of my orders never showed up and the other came smashed' holds",
    who: EMMA,
    style: "VIP, two troubles, 'one … the other'",
    turns: [
      {
        // talk39: handed over like the other wordings of the two troubles (both orders told).
        say: "one of my orders never showed up and the other came smashed",
        mention: ["ORD-3002", "ORD-3001"],
        handoff: "new",
      },
      { say: "just refund the vacuum one", proposes: "refund" },
      { say: "yes" },
      { say: "thanks, that's all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk37: Emma's 'which one' after the lost parcel's choice: both ways explained",
    who: EMMA,
    style: "a bare 'which one', then a choice and a yes",
    turns: [
      { say: "my vacuum never arrived", mention: ["lost", "which would you prefer"] },
      {
        // Was "would you like to know how you can pay?".
        say: "which one",
        mention: ["Either way", "5 business days", "Which would you like"],
        avoid: ["pay\\?", "how you can pay"],
        proposes: null,
      },
      { say: "ok the replacement then", proposes: "replacement" },
      { say: "yes", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "talk37: 'hmm which is better' after the refund-or-replacement question, then refund",
    who: EMMA,
    style: "asks for advice in other words",
    turns: [
      { say: "my vacuum never arrived", mention: ["which would you prefer"] },
      {
        say: "hmm which is better",
        mention: ["Either way", "Which would you like"],
        avoid: ["Just to make sure"],
      },
      { say: "refund", proposes: "refund" },
      { say: "yes please" },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk37: 'which would you pick?' after the choice, then she leaves it for now",
    who: EMMA,
    style: "asks our pick, then decides later",
    turns: [
      { say: "the vacuum never came", mention: ["which would you prefer"] },
      {
        say: "which would you pick?",
        mention: ["Either way", "up to you"],
        avoid: ["Just to make sure", "how you can pay"],
      },
      { say: "ok let me think about it, thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk37: 'and if it doesn't?' after 'it should arrive in time': what happens then",
    who: SARAH,
    style: "a needed-by question, then the case it misses",
    turns: [
      {
        say: "will my headphones arrive by {weekday+4}",
        mention: ["should arrive in time"],
      },
      {
        // Was "would you like to get into your account, or check where an order is?".
        say: "and if it doesn't?",
        mention: ["If it hasn't arrived by", "investigation", "replacement or refund"],
        avoid: ["Just to make sure", "get into your account"],
        proposes: null,
      },
      { say: "ok fair enough, thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk37: 'and if it doesn't?' after the headphones' status: the estimate missed",
    who: SARAH,
    style: "a status, then a bare 'what if'",
    turns: [
      { say: "where are my headphones", mention: ["ORD-1001"] },
      {
        // Was the same transit news again.
        say: "and if it doesn't?",
        mention: ["If it hasn't arrived by {date+2}", "investigation"],
        avoid: ["still in transit"],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk37: 'what if not' after when 1001 gets here",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "when will 1001 get here", mention: ["ORD-1001"] },
      { say: "what if not", mention: ["If it hasn't arrived by", "free of charge"] },
      { say: "cool", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk37: Mike's 'and if it doesnt?' after the delayed keyboard's news",
    who: MIKE,
    style: "no apostrophe, a delayed parcel",
    turns: [
      { say: "where is my keyboard", mention: ["ORD-2001"] },
      {
        say: "and if it doesnt?",
        mention: ["If it hasn't arrived by", "investigation"],
        avoid: ["Just to make sure"],
      },
      { say: "alright thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk37: Mike's 'what happens to my monitor order if I don't pay?': held, then cancelled",
    who: MIKE,
    style: "a what-if about not paying",
    turns: [
      {
        // Was "would you like to know about our policies, or know how you can pay…?".
        say: "what happens to my monitor order if I don't pay?",
        mention: ["ORD-2002", "stays reserved", "7 days"],
        avoid: ["Just to make sure"],
        proposes: null,
      },
      { say: "ok good to know, thanks", proposes: null },
      { say: "bye" },
    ],
    changes: [],
  },
  {
    name: "talk37: 'what if i just never pay for 2002', then he cancels it himself",
    who: MIKE,
    style: "blunt, then a cancellation",
    turns: [
      {
        say: "what if i just never pay for 2002",
        mention: ["stays reserved", "only cancelled if no payment"],
        avoid: ["Just to make sure", "trace the payment"],
      },
      { say: "eh just cancel it now then", proposes: "cancel_order" },
      { say: "yes" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "talk37: 'if i dont pay for the monitor does it get cancelled?' is a yes in the end",
    who: MIKE,
    style: "no apostrophes",
    turns: [
      {
        say: "if i dont pay for the monitor does it get cancelled?",
        mention: ["Yes, in the end", "ORD-2002"],
        avoid: ["^No —"],
        proposes: null,
      },
      { say: "got it", proposes: null },
      { say: "thx" },
    ],
    changes: [],
  },
  {
    name: "talk37: 'can i change it to the 24 inch one instead' after 2002's news, then no",
    who: MIKE,
    style: "another model of the order in focus",
    turns: [
      { say: "whats happening with 2002", mention: ["ORD-2002"] },
      {
        say: "can i change it to the 24 inch one instead",
        mention: ["another model"],
        avoid: ["How many would you like"],
        proposes: "cancel_order",
      },
      { say: "no keep it as is", proposes: null },
    ],
    changes: [],
  },
];
