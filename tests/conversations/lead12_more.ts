/**
 * Conversations found by the lead reading transcripts in the twelfth session, continued: money
 * owed, corrections of a word of an address, counts of a line, good news, lists of questions.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Conversations found by reading transcripts, twelfth session (continued). */
export const LEAD12_MORE: Conversation[] = [
  {
    name: "Mike's 'what do I owe you for the monitor' is his unpaid order, not the product's price",
    who: MIKE,
    style: "terse money question",
    turns: [
      {
        // Was "The 27-inch 4K Monitor is sold out at the moment. It costs 329.00 USD…".
        say: "what do I owe you for the monitor",
        mention: ["ORD-2002", "329.00"],
        avoid: ["sold out", "Notify me"],
      },
      { say: "how do i pay it", mention: ["PayPal"] },
      { say: "ok will do, thanks", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "Sarah's 'how much do I still owe?' is nothing, said plainly",
    who: SARAH,
    style: "a money question with everything paid",
    turns: [
      {
        // Was the general help for a declined card.
        say: "how much do I still owe?",
        mention: ["Nothing is owed"],
        avoid: ["declined", "charged twice"],
      },
      { say: "great, and where are my headphones?", mention: ["ORD-1001"] },
      { say: "thanks!" },
    ],
    changes: [],
  },
  {
    name: "Sarah puts the house number right ('its 57 not 55'): the corrected address lands",
    who: SARAH,
    style: "typos, a correction of one word",
    turns: [
      {
        say: "hiii can u change the adress on my shoe order to 55 Lake St, Portland OR 97201",
        proposes: "change_address",
      },
      {
        // Was "No problem — I won't change the delivery address" (the "no" of "wait no").
        say: "wait no sorry its 57 not 55",
        proposes: "change_address",
        avoid: ["won't change", "What's the new address"],
      },
      { say: "yes", mention: ["new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name:
      "Mike's 'can I change it to 2 monitors instead?' is his monitor, not Studio Monitor Headphones",
    who: MIKE,
    style: "a turn-back, then a count of the line",
    turns: [
      {
        // Was "remove the 27-inch 4K Monitor, and add 2× Studio Monitor Headphones", and the
        // yes did it.
        say:
          "ok so I'm cancelling the monitor. actually no wait, can I change it to 2 monitors instead?",
        avoid: ["Headphones"],
        proposes: null,
      },
      { say: "yeah", avoid: ["Headphones"] },
      { say: "ok then just leave it as it is", avoid: ["Headphones"] },
    ],
    changes: [],
  },
  {
    name: "Sarah's 'headphones r here already, way earlier than u said 😂 thx!!' is thanked",
    who: SARAH,
    style: "slang praise with emoji, then a return of a line she doesn't use",
    turns: [
      {
        // Was "would you like to sort out a delivery problem?".
        say: "lol the headphones r here already, way earlier than u said 😂 thx!!",
        mention: ["(?:kind words|lovely to hear)"],
        avoid: ["delivery problem", "Just to make sure"],
      },
      {
        // Was opened with an apology ("never use it" read as a threat to leave).
        say: "btw can i return the frother? never use it",
        proposes: "return_item",
        avoid: ["apologise", "sorry"],
      },
      { say: "yep go for it", mention: ["return"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "'headphones came 2 days early!! thanks guys' is no delivery problem",
    who: SARAH,
    style: "good news with thanks",
    turns: [
      {
        say: "headphones came 2 days early!! thanks guys",
        avoid: ["sorry", "delivery problem", "investigation"],
      },
      { say: "also when does the shoe order ship?", mention: ["ORD-1003"] },
      { say: "cool ty" },
    ],
    changes: [],
  },
  {
    name:
      "Emma's formal email of two troubles and two remedies: 'proceed with both' refunds nothing twice",
    who: "emma.wilson@example.com",
    style: "formal email, firstly/secondly",
    turns: [
      {
        // Was the mixer's refund proposed (she asked its replacement), and "proceed with both"
        // then proposed refunding both orders.
        say:
          "Good afternoon. I am writing regarding two matters. Firstly, my robot vacuum (ORD-3001) has not arrived and the tracking has not updated for over a week. Secondly, the stand mixer I received was damaged in transit. I would appreciate a refund for the vacuum and a replacement for the mixer. Kind regards, Emma",
        avoid: ["349\\.00 USD to your original payment method"],
      },
      // talk45: the vacuum's refund carried out, the mixer's replacement said to come next.
      { say: "Yes, please proceed with both.", avoid: ["refund 349\\.00"] },
      { say: "Thank you." },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Emma's 'any update on the vacuum? also did you get my payment for the mixer?'",
    who: "emma.wilson@example.com",
    style: "two questions, one about a payment made",
    turns: [
      {
        // Was the help for a declined card beside the vacuum's news.
        say: "any update on the vacuum? also did you get my payment for the mixer?",
        mention: ["ORD-3002", "is paid", "ORD-3001", "lost"],
        avoid: ["declined", "charged twice"],
      },
      { say: "a refund for the vacuum please", proposes: "refund", mention: ["313\\.99"] },
      { say: "yes", mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Sarah's headphones shipped: 'what can I do then' gets the return once it arrives",
    who: SARAH,
    style: "a cancellation refused, then options, then agreement",
    turns: [
      { say: "cancel my headphones order pls", mention: ["already shipped"], proposes: null },
      {
        // Was the refusal said again, word for word.
        say: "oh it shipped already? ugh. what can I do then",
        mention: ["return it within 30 days"],
        avoid: ["cancelling is only possible"],
      },
      {
        // Was the same paragraphs a third time.
        say: "ok the return then once it comes",
        mention: ["tell me here"],
        avoid: ["A return can't be started"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "Mike's 'discount code for first orders? and whats your return policy on monitors'",
    who: MIKE,
    style: "two questions, neither about his orders",
    turns: [
      {
        // Was "I can't offer a discount code or credit for order ORD-2002", the return policy
        // unanswered; then the monitors' prices ("which one do you mean?").
        say:
          "hey is there a discount code for first orders? and whats your return policy on monitors",
        mention: ["newsletter", "30 days"],
        avoid: ["can't offer a discount code or credit", "Which one do you mean", "Which of these"],
      },
      { say: "ok and the keyboard, any news?", mention: ["ORD-2001"] },
      { say: "thx" },
    ],
    changes: [],
  },
  {
    name: "Sarah's '3 things: where are my headphones, can I return the frother, and…'",
    who: SARAH,
    style: "a list of three questions",
    turns: [
      {
        // Was "ORD-1001 is still on its way; once it's delivered you can return it" (the
        // headphones' whereabouts read with the return), no estimate.
        say:
          "3 things: where are my headphones, can I return the frother, and do you sell descaler for the espresso machine?",
        mention: ["TRK8800001001", "Milk Frother"],
        proposes: "return_item",
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "ok start the frother return",
        mention: ["return for order ORD-1002 is open"],
        avoid: ["yes or a no"],
      },
      { say: "thanks!" },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Mike's 'ok thats annoying but fine' after the late keyboard's news is taken in kindly",
    who: MIKE,
    style: "terse, resigned",
    turns: [
      { say: "Yo. Keyboard. Where.", mention: ["ORD-2001", "Memphis"] },
      {
        // Was "Sure — what would you like me to help with?".
        say: "ok thats annoying but fine",
        mention: ["sorry it isn't better news"],
        avoid: ["what would you like me to help with"],
      },
      { say: "what if I just cancel it and buy somewhere else", mention: ["already shipped"] },
    ],
    changes: [],
  },
  {
    name: "Queued VIP Emma's 'I would like both replaced please' proposes both replacements",
    who: "emma.wilson@example.com",
    style: "formal, upset VIP, then a choice while a person is on the way",
    turns: [
      {
        say:
          "Dear support, I am extremely disappointed. My vacuum was lost and my mixer arrived broken. This is unacceptable for a VIP customer.",
        handoff: "new",
      },
      {
        // Was "would you like to change the items of an order, or get a refund, or change your
        // account?".
        say: "I would like both replaced please.",
        proposes: "replacement",
        mention: ["ORD-3001", "ORD-3002"],
        avoid: ["Just to make sure", "change the items"],
      },
      { say: "Yes, please proceed.", mention: ["replacement"] },
    ],
    changes: [
      { action: "replacement", target: "ORD-3002" },
      { action: "replacement", target: "ORD-3001" },
    ],
  },
  {
    name: "'love the espresso machine but the frother is making a weird noise' in one clause",
    who: SARAH,
    style: "praise and a fault without a stop between them",
    turns: [
      {
        // Was the whole order's 428.00, and the replacement of both lines.
        say: "love the espresso machine but the frother is making a weird noise",
        mention: ["Milk Frother", "29\\.00"],
        avoid: ["428\\.00"],
        proposes: "refund",
      },
      { say: "no refund, a replacement pls", proposes: "replacement", avoid: ["new set"] },
      { say: "yep", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
];
