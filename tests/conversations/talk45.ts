/**
 * The talk45 round: several changes asked in one message, then "yes to both", "proceed with
 * both", "just the first one", "do the refund but not the replacement", "neither". Each change
 * is proposed for the order its goods name, with the remedy asked for it; one change waits for
 * a yes at a time, a yes to both carries out the first and says plainly that the other comes
 * next, a partial yes does only that part, and the ledger ends exactly as agreed.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

const FORMAL =
  "Good afternoon. I am writing regarding two matters. Firstly, my robot vacuum (ORD-3001) has not arrived and the tracking has not updated for over a week. Secondly, the stand mixer I received was damaged in transit. I would appreciate a refund for the vacuum and a replacement for the mixer. Kind regards, Emma";
const REFUND_AND_REPLACE = "I'd like a refund for the vacuum and a replacement for the mixer";
const VACUUM_REFUND = ["refund 313\\.99 USD for order ORD-3001", "replacement for order ORD-3002"];
/** The vacuum's replacement offered, or the mixer's refund: the remedy she did not ask. */
const WRONG_REMEDY = ["send order ORD-3001 \\(Robot Vacuum Cleaner\\) again", "refund 349\\.00"];
const BOTH_NEXT = "You said yes to both";
const REFUNDED = { action: "refund", target: "ORD-3001" };
const REPLACED = { action: "replacement", target: "ORD-3002" };
const CANCELLED = { action: "cancel_order", target: "ORD-1003" };

/** Two changes asked in one message, and the answers to both (the talk45 branch). */
export const TALK45: Conversation[] = [
  {
    name:
      "45th round: Emma's formal email, 'proceed with both': the vacuum refunded, the mixer replaced next",
    who: EMMA,
    style: "formal email, firstly/secondly",
    turns: [
      // The vacuum's replacement was proposed (ORD-3001 named outright made the whole email
      // about it), and "proceed with both" was read as unclear.
      { say: FORMAL, proposes: "refund", mention: VACUUM_REFUND, avoid: WRONG_REMEDY },
      {
        say: "Yes, please proceed with both.",
        proposes: null,
        mention: ["refunded 313\\.99", BOTH_NEXT, "replacement for order ORD-3002"],
        avoid: ["not sure whether that's a yes", "refund 349\\.00"],
      },
      { say: "Yes.", proposes: "replacement", mention: ["Stand Mixer", "ORD-3002"] },
      { say: "Yes, thank you.", proposes: null, mention: ["arranged a replacement"] },
    ],
    changes: [REFUNDED, REPLACED],
  },
  {
    name: "45th round: Emma's formal email, then only the refund: the mixer's replacement let go",
    who: EMMA,
    style: "formal email, then a partial yes",
    turns: [
      { say: FORMAL, proposes: "refund", avoid: WRONG_REMEDY },
      {
        say: "Only the refund please.",
        proposes: null,
        mention: ["refunded 313\\.99"],
        avoid: ["You also asked", BOTH_NEXT],
      },
      { say: "Thank you.", proposes: null, avoid: ["replacement"] },
    ],
    changes: [REFUNDED],
  },
  {
    name: "45th round: the vacuum named outright, a refund for it and a replacement for the mixer",
    who: EMMA,
    style: "plain, order number in brackets",
    turns: [
      {
        say:
          "My vacuum (ORD-3001) never arrived and the mixer came damaged. I'd like a refund for the vacuum and a replacement for the mixer.",
        proposes: "refund",
        mention: VACUUM_REFUND,
        avoid: WRONG_REMEDY,
      },
      { say: "yes", proposes: null, mention: ["refunded 313\\.99", "You also asked"] },
      { say: "yes", proposes: "replacement", mention: ["Stand Mixer"] },
      { say: "yes", proposes: null },
    ],
    changes: [REFUNDED, REPLACED],
  },
  {
    name:
      "45th round: the mixer named outright first, its replacement, then the vacuum's refund on 'both'",
    who: EMMA,
    style: "formal, order number first",
    turns: [
      {
        say:
          "I am writing about ORD-3002: the stand mixer arrived damaged and I would like a replacement. Also, my robot vacuum never arrived; please refund it.",
        proposes: "replacement",
        mention: ["Stand Mixer", "refund of order ORD-3001 once this is settled"],
        avoid: ["refund 349\\.00 USD for order"],
      },
      {
        say: "Yes please, both.",
        proposes: null,
        mention: ["arranged a replacement", BOTH_NEXT, "refund for order ORD-3001"],
      },
      { say: "yes", proposes: "refund", mention: ["313\\.99"] },
      { say: "yes", proposes: null, mention: ["refunded 313\\.99"] },
    ],
    changes: [REPLACED, REFUNDED],
  },
  {
    name:
      "45th round: 'refund the vacuum and replace the mixer', 'yes to both' refunds one order only",
    who: EMMA,
    style: "terse imperative",
    turns: [
      {
        say: "Refund the vacuum and replace the mixer",
        proposes: "refund",
        mention: VACUUM_REFUND,
      },
      {
        // Was read as a refund of both orders ("One yes covers both").
        say: "yes to both",
        proposes: null,
        mention: ["refunded 313\\.99", BOTH_NEXT],
        avoid: ["One yes covers", "refund 349\\.00"],
      },
      { say: "yes", proposes: "replacement", avoid: ["refund 349\\.00 USD for order"] },
      { say: "yes", proposes: null, mention: ["arranged a replacement"] },
    ],
    changes: [REFUNDED, REPLACED],
  },
  {
    name: "45th round: 'proceed with both' after a refund and a replacement asked in one breath",
    who: EMMA,
    style: "polite, short answers",
    turns: [
      { say: REFUND_AND_REPLACE, proposes: "refund", mention: VACUUM_REFUND },
      {
        say: "proceed with both",
        proposes: null,
        mention: [BOTH_NEXT],
        avoid: ["One yes covers", "refund 349\\.00"],
      },
      { say: "sure", proposes: "replacement" },
      { say: "yes please", proposes: null },
    ],
    changes: [REFUNDED, REPLACED],
  },
  {
    name: "45th round: 'just the first one' refunds the vacuum and lets the mixer's replacement go",
    who: EMMA,
    style: "terse partial yes",
    turns: [
      { say: REFUND_AND_REPLACE, proposes: "refund" },
      {
        // Was the refund proposed again, as if nothing had been said.
        say: "just the first one",
        proposes: null,
        mention: ["refunded 313\\.99"],
        avoid: ["You also asked", "Would you like me to go ahead"],
      },
      { say: "thanks", proposes: null },
    ],
    changes: [REFUNDED],
  },
  {
    name: "45th round: 'do the refund but not the replacement' does the refund alone",
    who: EMMA,
    style: "partial yes naming both",
    turns: [
      { say: REFUND_AND_REPLACE, proposes: "refund" },
      {
        // Was a replacement of the vacuum proposed: the refund she wanted turned into the other.
        say: "do the refund but not the replacement",
        proposes: null,
        mention: ["refunded 313\\.99"],
        avoid: ["You also asked", "send order ORD-3001"],
      },
      { say: "thx", proposes: null },
    ],
    changes: [REFUNDED],
  },
  {
    name: "45th round: 'no, neither actually' turns down both, and the replacement is not raised",
    who: EMMA,
    style: "a no to both",
    turns: [
      { say: REFUND_AND_REPLACE, proposes: "refund" },
      {
        say: "no, neither actually",
        proposes: null,
        mention: ["won't refund"],
        avoid: ["You also asked", "Shall I look at that"],
      },
      { say: "ok thanks", proposes: null, avoid: ["Stand Mixer"] },
    ],
    changes: [],
  },
  {
    name: "45th round: 'yes to both?' asked back is no yes; the refund waits, then 'ok' does it",
    who: EMMA,
    style: "a question for a yes",
    turns: [
      { say: REFUND_AND_REPLACE, proposes: "refund" },
      { say: "yes to both?", proposes: "refund", avoid: ["refunded 313\\.99"] },
      { say: "ok", proposes: null, mention: ["refunded 313\\.99", "You also asked"] },
      { say: "no thanks, that's all", proposes: null },
    ],
    changes: [REFUNDED],
  },
  {
    name: "45th round: 'go ahead with both', then the mixer left after all",
    who: EMMA,
    style: "changes her mind on the second",
    turns: [
      { say: "refund the vacuum and replace the mixer", proposes: "refund" },
      { say: "go ahead with both please", proposes: null, mention: [BOTH_NEXT] },
      { say: "actually no, leave the mixer", proposes: null, avoid: ["Stand Mixer for order"] },
      { say: "thanks", proposes: null },
    ],
    changes: [REFUNDED],
  },
  {
    name: "45th round: slang, the vacuum lost and the mixer smashed, 'yep both'",
    who: EMMA,
    style: "slang, no capitals",
    turns: [
      {
        say:
          "hi, vacuum never came (3001) n the mixer showed up smashed. refund the vacuum, replace the mixer pls",
        proposes: "refund",
        mention: VACUUM_REFUND,
        avoid: WRONG_REMEDY,
      },
      { say: "yep both", proposes: null, mention: [BOTH_NEXT] },
      { say: "yes", proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [REFUNDED, REPLACED],
  },
  {
    name: "45th round: both orders by number, 'Both, please!'",
    who: EMMA,
    style: "order numbers, exclamation",
    turns: [
      {
        say: "Please refund ORD-3001 and send a replacement for ORD-3002.",
        proposes: "refund",
        mention: VACUUM_REFUND,
      },
      { say: "Both, please!", proposes: null, mention: [BOTH_NEXT] },
      { say: "yes", proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [REFUNDED, REPLACED],
  },
  {
    name: "45th round: Sarah cancels 1003 and returns the frother on 'yes to both'",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "cancel 1003 and return the frother", proposes: "cancel_order" },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "yes to both",
        proposes: null,
        mention: ["ORD-1003 is cancelled", BOTH_NEXT, "returning order ORD-1002"],
        avoid: ["not sure whether"],
      },
      { say: "yes", proposes: "return_item", mention: ["Milk Frother"] },
      { say: "yes", proposes: null },
    ],
    changes: [CANCELLED, { action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "45th round: Sarah's 'only the cancellation' keeps the frother",
    who: SARAH,
    style: "partial yes",
    turns: [
      { say: "cancel 1003 and return the frother", proposes: "cancel_order" },
      {
        say: "only the cancellation",
        proposes: null,
        mention: ["ORD-1003 is cancelled"],
        avoid: ["not sure whether", "You also asked"],
      },
      { say: "cheers", proposes: null },
    ],
    changes: [CANCELLED],
  },
  {
    name: "45th round: Sarah's 'just the first one for now' after a question of two changes",
    who: SARAH,
    style: "question, then partial yes",
    turns: [
      {
        say: "Can you cancel ORD-1003 and also return the milk frother from 1002?",
        proposes: "cancel_order",
      },
      {
        say: "just the first one for now",
        proposes: null,
        mention: ["ORD-1003 is cancelled"],
        avoid: ["You also asked"],
      },
      { say: "thanks", proposes: null },
    ],
    changes: [CANCELLED],
  },
  {
    name: "45th round: Sarah's 'both please' to a return and a cancellation, the return first",
    who: SARAH,
    style: "two changes, the other way round",
    turns: [
      { say: "return the frother and cancel 1003", proposes: "return_item" },
      { say: "both please", proposes: null, mention: [BOTH_NEXT, "cancelling order ORD-1003"] },
      { say: "yes", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["ORD-1003 is cancelled"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }, CANCELLED],
  },
  {
    name: "45th round: Sarah's 'do both', then keeps the frother after all",
    who: SARAH,
    style: "terse, changes her mind",
    turns: [
      { say: "cancel 1003 and return the frother pls", proposes: "cancel_order" },
      { say: "do both", proposes: null, mention: [BOTH_NEXT] },
      { say: "yes", proposes: "return_item" },
      { say: "no actually keep it, I'll use it", proposes: null, avoid: ["return for order"] },
    ],
    changes: [CANCELLED],
  },
  {
    name: "45th round: Sarah speeds up the headphones and moves the shoes on 'yes to both'",
    who: SARAH,
    style: "two changes of different orders, an address",
    turns: [
      {
        say:
          "speed up the headphones and change the shoes' address to 12 Oak Road, Portland OR 97201",
        proposes: "expedite_delivery",
      },
      {
        say: "yes to both",
        proposes: null,
        mention: ["sped up", BOTH_NEXT, "new delivery address"],
        avoid: ["not sure whether"],
      },
      { say: "yes", proposes: "change_address", mention: ["Portland"] },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800001001" },
      { action: "change_address", target: "ORD-1003" },
    ],
  },
  {
    name: "45th round: Mike cancels the monitor and speeds up the keyboard on 'yes to both'",
    who: MIKE,
    style: "terse, two orders by goods",
    turns: [
      { say: "cancel the monitor and speed up the keyboard", proposes: "cancel_order" },
      {
        say: "yes to both",
        proposes: null,
        mention: ["ORD-2002 is cancelled", BOTH_NEXT, "ORD-2001"],
      },
      { say: "yes", proposes: "expedite_delivery", mention: ["9\\.99"] },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-2002" },
      { action: "expedite_tracking", target: "TRK8800002001" },
    ],
  },
];
