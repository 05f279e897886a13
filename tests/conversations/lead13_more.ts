/**
 * More conversations found by the lead reading transcripts in the thirteenth session (the
 * first part is `lead13.ts`): formal emails with two requests, a return told as done, a
 * person turned down, a product's care, a guest asking why we need the email, a reset email
 * that doesn't come, and a repeat purchase asked of the chat.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "someone.new@example.net";

/** More conversations found by reading transcripts, thirteenth session. */
export const LEAD13_MORE: Conversation[] = [
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
  {
    name: "'Hi, my order ORD-1003, can you change the shipping address to my office? 500 Pike St…'",
    who: SARAH,
    style: "the order named first, the address after a question mark",
    turns: [
      {
        // Was "What's the new address?", and the yes asked for it again: the order named in
        // its own part read as a status question, and the address part was lost beside it.
        say:
          "Hi, my order ORD-1003, can you change the shipping address to my office? 500 Pike St, Seattle, WA 98101",
        proposes: "change_address",
        mention: ["Seattle"],
        avoid: ["What's the new address"],
      },
      { say: "yes please", mention: ["new address"] },
      { say: "also can you make it express?", proposes: "expedite_order" },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Emma got someone else's parcel beside her mixer, then 'what should I do with it?'",
    who: EMMA,
    style: "plain, a correction, then a question",
    turns: [
      {
        say: "hello, I received someone else's order. The box has a name Jane Doe on it",
        mention: ["return to sender"],
      },
      {
        // Was a refund of her own mixer offered, as if the mixer were the trouble.
        say: "no, my own mixer order came, but a second box also came",
        mention: ["return to sender", "ORD-3002"],
        avoid: ["refund 349.00"],
        proposes: null,
      },
      {
        // Was "I'm not sure whether that's a yes or a no" (with the refund waiting).
        say: "what should I do with it?",
        mention: ["return to sender"],
        avoid: ["only help with", "yes or a no"],
      },
    ],
    changes: [],
  },
  {
    name: "Mike's slow start to pay the monitor with PayPal, then when it ships after paying",
    who: MIKE,
    style: "'yo', the request over four turns",
    turns: [
      { say: "yo", mention: ["Mike"] },
      { say: "so about my order", mention: ["ORD-2002", "ORD-2001"] },
      { say: "the monitor", mention: ["ORD-2002", "waiting for payment"] },
      {
        // Was "We haven't received the payment… If you paid by bank transfer…".
        say: "I want to pay but with paypal this time, how?",
        mention: ["PayPal"],
        avoid: ["If you paid by bank transfer"],
      },
      {
        // Was the same payment text again.
        say: "cool. and when would it ship after I pay?",
        mention: ["ships within 3 days", "business days"],
        avoid: ["If you paid by bank transfer"],
      },
    ],
    changes: [],
  },
  {
    name: "Mike cancels the monitor, then 'yeah no wait, keep it': told it can't be undone",
    who: MIKE,
    style: "a yes, then second thoughts",
    turns: [
      { say: "cancel the monitor", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
      {
        // Was "No problem. Is there anything else I can help with?", as if nothing were done.
        say: "yeah no wait, keep it",
        mention: ["can't be undone", "nothing was charged"],
        avoid: ["No problem"],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah turns a cancellation down, then 'wat about the headphones, wen do they come'",
    who: SARAH,
    style: "typos throughout, a no",
    turns: [
      { say: "hii can u cancle my shoes order", proposes: "cancel_order" },
      { say: "hmm no actualy dont", mention: ["won't cancel"] },
      {
        // Was "A few of our products fit: … Which one do you mean?".
        say: "wat about the headphones, wen do they come",
        mention: ["ORD-1001", "December"],
        avoid: ["A few of our products", "Which one do you mean"],
      },
    ],
    changes: [],
  },
];
