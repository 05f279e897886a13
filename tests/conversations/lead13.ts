/**
 * Conversations found by the lead reading transcripts in the thirteenth session: a "when are
 * they coming" after a vent, the parcel asked about while its investigation waits, "what CAN
 * you do", "yes both" to one refund of two orders, the order's contents asked again, and goods
 * named that are in no order of theirs.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "someone.new@example.net";

/** Conversations found by reading transcripts, thirteenth session. */
export const LEAD13: Conversation[] = [
  {
    name: "'its been like a week?? when are they actually coming' after the headphones' status",
    who: SARAH,
    style: "lowercase, impatient, two question marks",
    turns: [
      { say: "hey", mention: ["Sarah"] },
      {
        say: "so my headphones still arent here",
        mention: ["ORD-1001", "December"],
      },
      {
        // Was "I'm the store's support assistant, so I can only help with orders…" and
        // "Which order do you mean?".
        say: "its been like a week?? when are they actually coming",
        mention: ["ORD-1001", "estimate"],
        avoid: ["only help with", "Which order do you mean"],
      },
      {
        say: "ugh ok. when are they coming then",
        mention: ["ORD-1001"],
        avoid: ["tell me what happened", "only help with"],
      },
    ],
    changes: [],
  },
  {
    name: "Mike asks what's going on with the delayed keyboard while its investigation waits",
    who: MIKE,
    style: "terse, a question while a yes is awaited",
    turns: [
      {
        say: "my keyboard is late",
        mention: ["ORD-2001", "investigation"],
        proposes: "carrier_investigation",
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "The keyboard. It says delayed. What's going on with it?",
        mention: ["Memphis", "investigation"],
        avoid: ["yes or a no"],
      },
      {
        // Was "I'm not sure whether that's a yes or a no" too.
        say: "fine then what CAN you do",
        mention: ["investigation", "wait", "return it within 30 days"],
        avoid: ["yes or a no"],
      },
      { say: "ok do that", mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "'whats going on with it?' while the investigation waits, then a no: nothing opened",
    who: MIKE,
    style: "short questions, then a no",
    turns: [
      { say: "where is my keyboard, it's late", proposes: "carrier_investigation" },
      {
        say: "whats going on with it?",
        mention: ["Memphis", "December 11"],
        avoid: ["yes or a no"],
      },
      { say: "what are my options", mention: ["December 11", "can't be cancelled"] },
      { say: "nah I'll just wait", avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "Emma asks her money back for both orders and says 'yes both': both refunded",
    who: EMMA,
    style: "upset VIP, short yes",
    turns: [
      {
        say: "I want my money back for both orders",
        mention: ["ORD-3002", "ORD-3001", "One yes covers both"],
        proposes: "refund",
      },
      {
        // Was the same two refunds proposed again: "both" read as more of the order.
        say: "yes both",
        mention: ["refunded 349.00", "refunded 313.99"],
        avoid: ["Shall I go ahead", "Would you like me to go ahead"],
      },
      { say: "thank you", avoid: ["refund 349.00"] },
    ],
    changes: [
      { action: "refund", target: "ORD-3002" },
      { action: "refund", target: "ORD-3001" },
    ],
  },
  {
    name: "After the worst-experience complaint Emma asks both refunds, then 'yes to both please'",
    who: EMMA,
    style: "complaint handed over, then a request and a yes",
    turns: [
      {
        say: "This is honestly the worst experience I've had with an online store.",
        handoff: "new",
      },
      { say: "I want my money back for both", proposes: "refund", mention: ["One yes covers"] },
      { say: "yes to both please", mention: ["refunded 349.00", "refunded 313.99"] },
    ],
    changes: [
      { action: "refund", target: "ORD-3002" },
      { action: "refund", target: "ORD-3001" },
    ],
  },
  {
    name: "Sarah stops a cancellation, then asks what's in that order again",
    who: SARAH,
    style: "texting, second thoughts",
    turns: [
      {
        say: "can u cancel the order with the water bottles",
        proposes: "cancel_order",
        mention: ["ORD-1003"],
      },
      { say: "wait actually no dont", mention: ["won't cancel"] },
      {
        // Was "What would you like me to look at next?".
        say: "what's in that order again?",
        mention: ["ORD-1003", "Trail Running Shoes", "Insulated Water Bottle"],
        avoid: ["look at next", "what can I do for you next"],
      },
      { say: "ok thanks, all good", avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "'cancel just the camping stove' when no order has one: asked, and the whole order later",
    who: SARAH,
    style: "misremembers what she ordered",
    turns: [
      {
        // Was the whole order's cancellation proposed, and the yes cancelled it.
        say: "cancel only the camping stove on 1003",
        mention: ["can't find the Camping Stove", "Trail Running Shoes", "whole order"],
        avoid: ["Reply yes"],
      },
      {
        say: "oh right. the whole thing then",
        proposes: "cancel_order",
        mention: ["ORD-1003", "192.00"],
      },
      { say: "yes", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "'cancel just the stove' when no order has one, then 'the bottles then': the bottles off",
    who: SARAH,
    style: "misremembers, then picks a line",
    turns: [
      {
        say: "pls cancel just the camping stove from ORD-1003",
        mention: ["can't find the Camping Stove"],
        avoid: ["Reply yes"],
      },
      {
        say: "the bottles then",
        proposes: "modify_items",
        mention: ["remove 2× Insulated Water Bottle"],
        avoid: ["cancel order ORD-1003"],
      },
      { say: "yes", mention: ["Done"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "'what did I order in 1003?' is that order's contents, not the list of every order",
    who: SARAH,
    style: "a bare order number",
    turns: [
      {
        say: "what did I order in 1003?",
        mention: ["ORD-1003", "Trail Running Shoes"],
        avoid: ["Here are your orders", "ORD-1002"],
      },
      {
        say: "and what did I order before that",
        avoid: ["only help with"],
      },
      { say: "ok thanks", avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "'Hi! Quick question, do you ship to Canada?' is not thanked for kind words",
    who: SARAH,
    style: "friendly, a question announced",
    turns: [
      {
        // Was "Thank you so much for the kind words — it means a lot to the team!".
        say: "Hi! Quick question, do you ship to Canada?",
        mention: ["Canada"],
        avoid: ["kind words", "lovely to hear"],
      },
      { say: "and how long does it take?", mention: ["business days"] },
      {
        say:
          "Hey, just a quick question. can I change the address on my order that hasn't shipped yet",
        mention: ["ORD-1003", "new address"],
        avoid: ["kind words"],
      },
    ],
    changes: [],
  },
  {
    name: "Mike's card is declined; 'how long do I have before the order gets cancelled?'",
    who: MIKE,
    style: "casual, 'yo', follow-up questions",
    turns: [
      { say: "yo", mention: ["Mike"] },
      {
        say: "need to pay for the monitor but my card keeps getting declined",
        mention: ["ORD-2002"],
      },
      {
        // Was the cancellation policy: "An order can be cancelled until it ships…".
        say: "cool, and how long do I have before the order gets cancelled?",
        mention: ["ORD-2002", "until December", "7 days"],
        avoid: ["can be cancelled until it ships"],
      },
      {
        say: "also while ur here, any update on the keyboard",
        mention: ["ORD-2001", "Memphis"],
      },
    ],
    changes: [],
  },
  {
    name:
      "A return of the machine that 'leaks water', then 'no I don't want a replacement, just my money back'",
    who: SARAH,
    style: "a return asked vaguely, details over four turns",
    turns: [
      { say: "I need to return something", mention: ["ORD-1002"] },
      { say: "the coffee machine", mention: ["Espresso Machine"], proposes: "return_item" },
      {
        // The focus had moved to ORD-1003 by "water" (of the Insulated Water Bottle).
        say: "it leaks water from the bottom",
        mention: ["Espresso Machine"],
        avoid: ["ORD-1003", "Water Bottle"],
      },
      {
        // Was "A delivered order is replaced when it arrived damaged…" and a return of the
        // whole order (the frother too) for the yes.
        say: "no I don't want a replacement, just my money back",
        mention: ["399.00", "Espresso Machine"],
        avoid: ["is replaced when", "428.00"],
        proposes: "refund",
      },
      { say: "ok yes", mention: ["refunded 399.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "Sarah's formal email: the machine works perfectly, the frother stopped — the frother replaced",
    who: SARAH,
    style: "formal email with a greeting, two requests and a sign-off",
    turns: [
      {
        // Was the replacement of the whole order, the 399.00 machine too.
        say:
          "Dear Support Team,\n\nI hope this message finds you well. I am writing regarding my recent order of an espresso machine (ORD-1002). While the machine itself works perfectly, the milk frother that came with it stopped working after only two uses. I would appreciate it if you could send me a replacement frother. Additionally, could you let me know the status of my headphones order?\n\nKind regards,\nSarah Chen",
        mention: ["new Milk Frother", "29.00", "ORD-1001"],
        avoid: ["428.00", "new set of the items"],
        proposes: "replacement",
      },
      { say: "Thank you. Yes, please go ahead with the replacement.", mention: ["replacement"] },
      { say: "Perfect, thanks so much!", avoid: ["Done"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "'writing about my order of an espresso machine… the machine works perfectly, the frother stopped'",
    who: SARAH,
    style: "an opening naming the order by its goods, then the fault",
    turns: [
      {
        // Was a refund of the whole order's 428.00.
        say:
          "I am writing regarding my recent order of an espresso machine (ORD-1002). While the machine itself works perfectly, the milk frother that came with it stopped working after only two uses.",
        mention: ["Milk Frother", "29.00"],
        avoid: ["428.00"],
        proposes: "refund",
      },
      { say: "a refund is fine", mention: ["refunded 29.00"], avoid: ["428.00"] },
      { say: "thanks", avoid: ["Done"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "Mike's 'it is late, I dont want it anymore' is the keyboard, and 'what if I refuse the delivery?'",
    who: MIKE,
    style: "terse, annoyed, a what-if",
    turns: [
      {
        // Was the cancellation of the unpaid monitor, "the only order that can still be
        // cancelled", proposed for a yes.
        say: "it is late, I dont want it anymore",
        mention: ["ORD-2001", "already shipped"],
        avoid: ["ORD-2002"],
      },
      {
        // Was the table of shipping speeds.
        say: "ok what if I refuse the delivery?",
        mention: ["refuse a parcel", "refund"],
        avoid: ["business days and costs"],
      },
      { say: "can I just refuse the parcel when it comes", mention: ["goes back to us"] },
    ],
    changes: [],
  },
  {
    name:
      "Emma, 'no, I don't want to talk to anyone, I want the vacuum': the lost vacuum sent again",
    who: EMMA,
    style: "exclamation marks, a person turned down",
    turns: [
      {
        say: "still waiting on my vacuum. this is ridiculous. 2 weeks!!!",
        mention: ["ORD-3001", "lost", "which would you prefer"],
      },
      {
        // Was read as a request for a person, and she was queued for one.
        say: "no, I don't want to talk to anyone, I want the vacuum",
        mention: ["send order ORD-3001", "again"],
        avoid: ["member of our team", "queue"],
        proposes: "replacement",
        handoff: "none",
      },
      { say: "yes send it again", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah loves the espresso machine and asks how to descale it and clean the frother",
    who: SARAH,
    style: "praise, then how-to questions",
    turns: [
      { say: "I got my espresso machine, love it", mention: ["thank"], avoid: ["sorry"] },
      {
        // Was "would you like to know how you can pay?".
        say: "question tho, how do I descale it?",
        mention: ["instructions", "box"],
        avoid: ["how you can pay", "Checkout"],
      },
      {
        // Was the frother's price and stock, with how to check out.
        say: "how do I clean the milk frother?",
        mention: ["instructions"],
        avoid: ["in stock", "Checkout"],
      },
      { say: "is there a manual for it somewhere?", avoid: ["Checkout", "cart"] },
    ],
    changes: [],
  },
  {
    name:
      "'the headphones came today, thanks! but they're the wrong colour' while UPS still shows them on the way",
    who: SARAH,
    style: "thanks, then the trouble, in one message",
    turns: [
      {
        // Was "Glad to hear the Noise-Cancelling Headphones reached you! … Nothing more is
        // needed from you", and the parcel's status: the wrong colour unanswered.
        say:
          "the headphones came today, thanks! but they're the wrong colour, I ordered black and got silver",
        mention: ["hasn't recorded the delivery", "replacement or a refund"],
        avoid: ["Nothing more is needed", "Glad to hear"],
      },
      { say: "ok I'll message tomorrow then", avoid: ["Done"] },
      { say: "thanks", avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name:
      "Queued Mike agrees to the investigation's offer, asking 'how long will that take?' first",
    who: MIKE,
    style: "angry, handed over, then practical",
    turns: [
      {
        say: "my keyboard hasnt arrived and its been over a week, this is unacceptable",
        handoff: "new",
      },
      { say: "fine, investigate it", proposes: "carrier_investigation" },
      {
        // Was the queue's wait, as if "that" were the person coming.
        say: "how long will that take?",
        mention: ["within 5 days", "queue"],
      },
      { say: "ok yes", mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "A guest asks about the espresso machine, 'can I get it by next week if I order today?'",
    who: GUEST,
    style: "a shopper before buying, short follow-ups",
    turns: [
      { say: "hello, do you have the espresso machine in stock?", mention: ["in stock"] },
      { say: "how much is it", mention: ["399.00"] },
      {
        // Was the product pages' specifications and warranty blurb.
        say: "can I get it by next week if I order today?",
        mention: ["business days"],
        avoid: ["specifications", "warranty"],
      },
      { say: "and if I don't like it, can I send it back?", mention: ["30 days"] },
    ],
    changes: [],
  },
  {
    name: "A guest asks about a refund, gives an order number, then 'why can't you just tell me?'",
    who: "random.guy@example.com",
    style: "impatient guest",
    turns: [
      { say: "I never got my refund", mention: ["sign in"] },
      { say: "ORD-3001", mention: ["sign in"], avoid: ["313.99", "Robot Vacuum"] },
      {
        // Was "That's outside what I can help with here".
        say: "why can't you just tell me?",
        mention: ["private", "one-time code"],
        avoid: ["outside what I can help", "313.99"],
      },
    ],
    changes: [],
  },
  {
    name: "Emma's two matters by email; 'And the second matter?' takes up the mixer put off",
    who: EMMA,
    style: "formal email, two numbered matters",
    turns: [
      {
        say:
          "Good afternoon. I'm writing to follow up on two matters. First, my robot vacuum (ORD-3001) appears to have been lost; I would like a full refund. Second, my stand mixer arrived with a cracked bowl — could you send a replacement bowl only, not the entire mixer?",
        proposes: "refund",
        mention: ["313.99", "ORD-3002"],
      },
      { say: "Yes, that's correct.", mention: ["refunded 313.99", "ORD-3002"] },
      {
        // Was "That's outside what I can help with here", and the mixer was let go.
        say: "And the second matter?",
        proposes: "replacement",
        mention: ["single part on its own", "Stand Mixer"],
        avoid: ["outside what I can help"],
      },
      { say: "Yes.", mention: ["replacement"] },
    ],
    changes: [
      { action: "refund", target: "ORD-3001" },
      { action: "replacement", target: "ORD-3002" },
    ],
  },
  {
    name: "Sarah asks if the frother's refund is through, then 'i returned it last week'",
    who: SARAH,
    style: "lowercase, a return told as done",
    turns: [
      { say: "is my refund for the frother through yet?", mention: ["ORD-1002"] },
      {
        // Was a new return of the whole order proposed.
        say: "i returned it last week",
        mention: ["don't see a return"],
        avoid: ["I can start a return", "can be returned"],
      },
      { say: "no thanks, I'll find the tracking first", avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "Mike can't log in, no reset email came, and he gives his email",
    who: MIKE,
    style: "lowercase, short, account trouble then an order",
    turns: [
      { say: "i cant log in to my account", mention: ["Forgot password"] },
      {
        // Was the sign-in answer again, with nothing on a reset email that doesn't come.
        say: "i tried resetting but no email came",
        mention: ["spam", "new link"],
      },
      {
        // Was "Sure — what would you like me to help with?".
        say: "its mike.johnson@example.com",
        mention: ["email on your account", "reset link"],
        avoid: ["what would you like me to help with"],
      },
      { say: "ok and while im here where is my keyboard", mention: ["ORD-2001"] },
    ],
    changes: [],
  },
  {
    name: "Sarah asks us to order another espresso machine for her, then how",
    who: SARAH,
    style: "a repeat purchase asked of the chat",
    turns: [
      {
        // Was "Yes — the Espresso Machine is in stock", as if we would order it.
        say: "can you order another espresso machine for me? same as last time",
        mention: ["can't place an order for you", "Checkout"],
        avoid: ["Yes —"],
      },
      {
        // Was the machine's stock, price and warranty again.
        say: "ok how do I do it then",
        mention: ["product page", "Checkout"],
        avoid: ["warranty"],
      },
      { say: "do you have any discount codes?", mention: ["newsletter"] },
    ],
    changes: [],
  },
  {
    name: "Emma's replacement mixer is broken too: 'I don't want another one. Just refund me.'",
    who: EMMA,
    style: "exasperated VIP",
    turns: [
      {
        say: "The replacement mixer you sent is also broken. This is unbelievable.",
        mention: ["Stand Mixer"],
      },
      {
        // Was the refund with "If you'd rather have a new one, I can send a replacement".
        say: "I don't want another one. Just refund me.",
        proposes: "refund",
        mention: ["349.00"],
        avoid: ["send a replacement"],
      },
      { say: "yes", mention: ["refunded 349.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
];
