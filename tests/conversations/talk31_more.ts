/**
 * The thirty-first round, continued: venting beside a late parcel, "both" to a refund or a
 * replacement, a town given with the street, a surprised echo before the yes, and "speed it
 * up" beside an address change.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const ASKED_AGAIN = "not sure whether that's a yes or a no";
const UNPLACED = "tell me a little more|make sure I help with the right thing";
/** Why it is one or the other, and the choice asked again. */
const NOT_BOTH = "one or the other for order ORD-3001, not both";

/** The Left lists, second half. */
export const TALK31_MORE: Conversation[] = [
  {
    name: "31st round: 'my keyboard is late and im not happy' gets the carrier's investigation",
    who: MIKE,
    style: "unhappy",
    turns: [
      {
        // Was a supervisor's review proposed, "the delivery problem" put off until after it.
        say: "my keyboard is late and im not happy",
        mention: ["investigation with FedEx", "current estimate for delivery is"],
        avoid: ["supervisor", "once this is settled"],
        proposes: "carrier_investigation",
        handoff: "none",
      },
      { say: "yes", mention: ["investigation"], proposes: null },
      { say: "ok thanks", proposes: null, handoff: "none" },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "31st round: 'my keyboard is so late, not impressed', then when it arrives",
    who: MIKE,
    style: "dry",
    turns: [
      {
        say: "my keyboard is so late, not impressed",
        mention: ["investigation with FedEx"],
        avoid: ["supervisor"],
        proposes: "carrier_investigation",
      },
      {
        say: "when will it arrive then",
        mention: ["current estimate for delivery is"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      { say: "no thanks, leave it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "31st round: 'im really annoyed, the keyboard should have been here days ago'",
    who: MIKE,
    style: "annoyed",
    turns: [
      {
        say: "im really annoyed, the keyboard should have been here days ago",
        mention: ["investigation with FedEx"],
        avoid: ["supervisor"],
        proposes: "carrier_investigation",
        handoff: "none",
      },
      { say: "fine, do it", proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "31st round: 'both' to a refund or a replacement for the lost vacuum",
    who: EMMA,
    style: "terse",
    turns: [
      { say: "my vacuum ORD-3001 never arrived", mention: ["which would you prefer"] },
      {
        // Was "Could you tell me a little more about what you need?"
        say: "both",
        mention: [NOT_BOTH, "Robot Vacuum Cleaner", "refund or the replacement"],
        avoid: [UNPLACED],
        proposes: null,
        handoff: "none",
      },
      { say: "ok the replacement then", proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "31st round: 'can i have both?' to the lost parcel's choice, then the refund",
    who: EMMA,
    style: "hopeful",
    turns: [
      { say: "my parcel ORD-3001 never came", mention: ["which would you prefer"] },
      {
        say: "can i have both?",
        mention: [NOT_BOTH],
        avoid: [UNPLACED, "how you can pay"],
        proposes: null,
      },
      { say: "refund", mention: ["313\\.99"], proposes: "refund" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "31st round: Emma's 'why not both lol' is answered, not handed to a person",
    who: EMMA,
    style: "joking",
    turns: [
      { say: "where is ORD-3001", mention: ["lost"] },
      {
        // Was a VIP's negative message handed over ("why not" read as upset).
        say: "why not both lol",
        mention: [NOT_BOTH],
        avoid: ["member of our team"],
        proposes: null,
        handoff: "none",
      },
      { say: "the replacement", proposes: "replacement", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "31st round: '22 Baker St London, moving next week' asks only for the postcode",
    who: SARAH,
    style: "chatty",
    turns: [
      { say: "i need to change my shipping address for ORD-1003", mention: ["new address"] },
      {
        // Was "I have the street… What's the town or city and the postcode".
        say: "22 Baker St London, moving next week",
        mention: ["What's the postcode"],
        avoid: ["town or city", "outside what I can help"],
        proposes: null,
      },
      { say: "NW1 6XE", mention: ["London"], proposes: "change_address" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'to 12 Baker Street, London' keeps the town given with the street",
    who: SARAH,
    style: "one line at a time",
    turns: [
      {
        say: "change the address of ORD-1003 to 12 Baker Street, London",
        mention: ["What's the postcode"],
        avoid: ["town or city"],
      },
      { say: "W1U 3BW", mention: ["London"], proposes: "change_address" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'oh it's already here? then I want to return it' opens the return",
    who: SARAH,
    style: "surprised",
    turns: [
      { say: "can i return the espresso machine?", proposes: "return_item" },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "oh it's already here? then I want to return it",
        mention: ["return for order ORD-1002 is open"],
        avoid: [ASKED_AGAIN],
        proposes: null,
      },
      { say: "great thanks", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "31st round: 'wait it was delivered already? ok then yes return it' is the return",
    who: SARAH,
    style: "surprised",
    turns: [
      { say: "I'd like to return ORD-1002", proposes: "return_item" },
      {
        // Was a colleague's note proposed for a parcel not received ("check with neighbours").
        say: "wait it was delivered already? ok then yes return it",
        mention: ["return for order ORD-1002 is open"],
        avoid: ["neighbours", ASKED_AGAIN],
        proposes: null,
      },
      { say: "cool", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "31st round: 'really? it hasnt shipped? great, cancel it then' cancels ORD-1003",
    who: SARAH,
    style: "surprised",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "really? it hasnt shipped? great, cancel it then",
        mention: ["cancelled"],
        avoid: [ASKED_AGAIN, "being prepared"],
        proposes: null,
      },
      { say: "thank you", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'change the address and also speed it up': the address, then the upgrade",
    who: SARAH,
    style: "two requests",
    turns: [
      {
        // Was the speeds' price list for no order, then the address asked.
        say: "change the address and also speed it up",
        mention: ["ORD-1003", "new address", "speeding up"],
        avoid: ["Standard shipping takes"],
        proposes: null,
      },
      { say: "22 Baker Street, London NW1 6XE", proposes: "change_address" },
      { say: "yes", mention: ["speeding up"], proposes: null },
      { say: "yes", mention: ["express"], proposes: "expedite_order" },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "change_address", target: "ORD-1003" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "31st round: 'make sure the water bottles go too' keeps the whole cancellation",
    who: SARAH,
    style: "anxious",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        // Was the bottles' removal proposed in its place: the yes kept the shoes' order.
        say: "But please make sure the water bottles go too",
        mention: ["2× Insulated Water Bottle included", "Shall I cancel order ORD-1003"],
        avoid: ["I can remove 2×"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'dont forget the shoes lol' is no no to the shoe order's cancellation",
    who: SARAH,
    style: "joking",
    turns: [
      { say: "can you cancel my shoe order", proposes: "cancel_order" },
      {
        // Was "No problem — I won't cancel order ORD-1003".
        say: "dont forget the shoes lol",
        mention: ["Trail Running Shoes included"],
        avoid: ["won't cancel"],
        proposes: "cancel_order",
      },
      { say: "ok yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'what's faster, a refund or a replacement?' while the refund waits",
    who: EMMA,
    style: "weighing it up",
    turns: [
      { say: "my vacuum ORD-3001 never arrived", mention: ["which would you prefer"] },
      { say: "refund please", proposes: "refund" },
      {
        // Was the replacement proposed in the refund's place, the question unanswered.
        say: "Wait, what's faster, a refund or a replacement?",
        mention: ["within 5 business days", "leaves our warehouse within 1 business day"],
        avoid: ["I can send order ORD-3001"],
        proposes: "refund",
      },
      { say: "ok refund it is then, yes", mention: ["refunded 313\\.99"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "31st round: 'which is quicker, the new one or my money back?', then the replacement",
    who: EMMA,
    style: "weighing it up",
    turns: [
      { say: "my parcel ORD-3001 never came", mention: ["which would you prefer"] },
      { say: "send a replacement", proposes: "replacement" },
      {
        say: "which is quicker, the new one or my money back?",
        mention: ["within 5 business days", "leaves our warehouse"],
        proposes: "replacement",
      },
      {
        // Was a replacement of the Stand Mixer (ORD-3002, "the new one" read as her newest order).
        say: "ok go ahead with the replacement",
        mention: ["replacement for order ORD-3001"],
        avoid: ["Stand Mixer"],
        proposes: null,
      },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "31st round: Emma's 'replacement' alone after her broken mixer was handed over",
    who: EMMA,
    style: "one word",
    turns: [
      { say: "my mixer arrived broken", mention: ["Stand Mixer"], handoff: "new" },
      {
        // Was "Could you tell me a little more about what you need?"
        say: "replacement",
        mention: ["new Stand Mixer for order ORD-3002"],
        avoid: [UNPLACED],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement for order ORD-3002"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
];
