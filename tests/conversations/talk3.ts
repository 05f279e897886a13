/**
 * Conversations found by a support lead's third round of talking to the system (the talk3
 * branch): a yes that urges speed, a correction of the order while a change waits, one item
 * of several returned, compensation asked for, "cancel the other one" when the other ones
 * cannot be, a question about a waiting cancellation that the guardrail had blocked, an
 * address with a question after it, somebody else's order, "why not?" after a refusal.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "first.timer@example.net";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** Conversations found by talking to the system (the talk3 branch). */
export const TALK3: Conversation[] = [
  {
    name: "Sarah cancels ORD-1003 with 'ok sure go ahead but make it quick'",
    who: SARAH,
    style: "a yes with urging",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "ok sure go ahead but make it quick",
        proposes: null,
        mention: ["cancelled"],
        avoid: ["yes or a no"],
      },
      { say: "thanks!", proposes: null, avoid: ["yes or a no", GREETING] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "Mike asks to cancel ORD-2002, says 'no, the other one' (shipped), then 'yes' acts on nothing",
    who: MIKE,
    style: "a correction while a change waits",
    turns: [
      { say: "cancel ORD-2002", proposes: "cancel_order" },
      {
        say: "no, the other one",
        proposes: null,
        facts: [{ order: "ORD-2001", field: "id" }],
        mention: ["already shipped", "left order ORD-2002 as it was"],
        avoid: ["shall I cancel order ORD-2002"],
      },
      { say: "yes", proposes: null, avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name:
      "Sarah starts a return of ORD-1002, then 'wrong order, I meant 1001' (on its way): nothing returned",
    who: SARAH,
    style: "a correction by number",
    turns: [
      { say: "I want to return ORD-1002", proposes: "return_item" },
      {
        say: "wrong order, I meant 1001",
        proposes: null,
        facts: [{ order: "ORD-1001", field: "id" }],
        mention: ["still on its way", "left order ORD-1002 as it was"],
        avoid: ["30 days.*30 days"],
      },
      { say: "ok", proposes: null, avoid: ["return for order ORD-1002 is open"] },
    ],
    changes: [],
  },
  {
    name:
      "Sarah cancels ORD-1003, then 'sorry I meant the other order': neither other can be cancelled",
    who: SARAH,
    style: "a correction with nothing to correct to",
    turns: [
      { say: "please cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "sorry I meant the other order",
        proposes: null,
        mention: ["neither of them can still be cancelled", "left order ORD-1003 as it was"],
        avoid: ["Do you mean"],
      },
      { say: "ok thanks", proposes: null, avoid: ["cancelled\\b(?! )"] },
    ],
    changes: [],
  },
  {
    name: "Sarah returns just the milk frother of ORD-1002, asks about the label, then says yes",
    who: SARAH,
    style: "one item of several",
    turns: [
      {
        say: "hi can I return just the milk frother from ORD-1002? the espresso machine is fine",
        proposes: "return_item",
        mention: ["the Milk Frother from order ORD-1002", "rest of the order stays with you"],
      },
      { say: "is the label free?", proposes: "return_item", mention: ["free"] },
      { say: "yes", proposes: null, mention: ["return .*is open"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "Emma's mixer came broken again and she asks for compensation: the VIP credit, on her yes",
    who: EMMA,
    style: "upset VIP, compensation",
    turns: [
      {
        say:
          "the mixer in ORD-3002 arrived broken, this is the second time. I want some compensation",
        proposes: "goodwill_credit",
        mention: ["goodwill credit of 50\\.00 USD"],
        handoff: "none",
      },
      { say: "yes", proposes: null, mention: ["50\\.00 USD"] },
      { say: "thank you", proposes: null, avoid: [GREETING, "yes or a no"] },
    ],
    changes: [{ action: "goodwill_credit", target: "CUST-0003" }],
  },
  {
    name: "Mike asks for a discount code for his late keyboard, then 'ok go ahead'",
    who: MIKE,
    style: "casual, compensation",
    turns: [
      {
        say: "my keyboard is super late. can I get a discount code or something for the trouble?",
        proposes: "goodwill_credit",
        mention: ["5\\.00 USD"],
        avoid: ["make sure I help"],
      },
      { say: "ok go ahead", proposes: null, mention: ["5\\.00 USD"] },
      { say: "cheers", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "goodwill_credit", target: "CUST-0002" }],
  },
  {
    name: "Sarah asks for a discount on ORD-1003 (nothing wrong with it), then for discount codes",
    who: SARAH,
    style: "asking for a deal",
    turns: [
      {
        say: "can I get a discount on ORD-1003?",
        proposes: null,
        mention: ["can't offer a discount code or credit"],
        avoid: ["Checkout", "goodwill credit of"],
      },
      {
        say: "do you have any discount codes?",
        proposes: null,
        mention: ["newsletter"],
        avoid: ["specifications", GREETING],
      },
      { say: "ok", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Sarah asks where ORD-1003 is, then 'cancel the other one': neither other order can be",
    who: SARAH,
    style: "a reference to the other orders",
    turns: [
      { say: "where is ORD-1003", facts: [{ order: "ORD-1003", field: "status" }] },
      {
        say: "cancel the other one",
        proposes: null,
        mention: ["neither of them can still be cancelled"],
        avoid: ["Do you mean"],
      },
      { say: "ok", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Sarah asks about the delivered ORD-1002, then 'cancel the other one' is ORD-1003",
    who: SARAH,
    style: "a reference narrowed by what can be done",
    turns: [
      { say: "where is ORD-1002", facts: [{ order: "ORD-1002", field: "status" }] },
      {
        say: "cancel the other one",
        proposes: "cancel_order",
        facts: [{ order: "ORD-1003", field: "id" }],
        avoid: ["Do you mean"],
      },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "Sarah asks what happens to the water bottles while the cancellation waits, then 'ok fine do it'",
    who: SARAH,
    style: "a no that is a question",
    turns: [
      { say: "please cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "hmm no wait, what happens to the water bottles?",
        proposes: "cancel_order",
        handoff: "none",
        mention: ["cancels everything in it", "Water Bottle"],
        avoid: ["colleague", "member of our"],
      },
      {
        say: "when does that happen?",
        proposes: "cancel_order",
        handoff: "none",
        avoid: ["colleague", "is cancelled"],
      },
      { say: "ok fine do it", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah gives the new address with a question after it, then says yes",
    who: SARAH,
    style: "run-on, address and question",
    turns: [
      { say: "I need to change my delivery address", proposes: null, mention: ["new address"] },
      {
        say:
          "it's for the shoes order. new address: 14 Elm Road, Cambridge CB2 1TN, UK. will it still arrive by the 10th?",
        proposes: "change_address",
        mention: ["Cambridge", "estimate"],
        avoid: ["I need the whole new address"],
      },
      { say: "yes please", proposes: null, mention: ["new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Mike asks about his wife's ORD-1001 and is told why not, without any of its data",
    who: MIKE,
    style: "another customer's order, named",
    turns: [
      {
        say: "can you tell me the address on ORD-1001? it's my wife sarah's order",
        proposes: null,
        mention: ["someone else.s order"],
        avoid: ["check the number", "Headphones", "TRK8800001001", "London"],
      },
      {
        say: "cancel ORD-1001 then, she said it's fine",
        proposes: null,
        avoid: ["Headphones", "TRK8800001001", "shipped on"],
      },
      { say: "ok whatever", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Sarah can't cancel the shipped ORD-1001 and asks 'why not?': the reason, not a menu",
    who: SARAH,
    style: "a bare why",
    turns: [
      { say: "cancel ORD-1001", proposes: null, mention: ["already shipped"] },
      {
        say: "why not?",
        proposes: null,
        mention: ["only possible until an order ships"],
        avoid: ["make sure I help", "payment problem"],
      },
      { say: "ok", proposes: null },
    ],
    changes: [],
  },
  {
    name: "A guest forgets the password and says the email never came: more help, not a menu",
    who: GUEST,
    style: "account trouble, a follow-up",
    turns: [
      { say: "I forgot my password", mention: ["Forgot password"] },
      {
        say: "I didn't get the email",
        mention: ["email"],
        avoid: ["make sure I help", "get an invoice"],
      },
      { say: "ok thanks", avoid: ["make sure I help"] },
    ],
    changes: [],
  },
  {
    name:
      "Emma shouts where her vacuum is: lost, a refund or a replacement, one question at the end",
    who: EMMA,
    style: "capitals, angry",
    turns: [
      {
        say: "YOU PEOPLE ARE USELESS. WHERE IS MY VACUUM",
        facts: [{ order: "ORD-3001", field: "status" }],
        mention: ["which would you prefer\\?$"],
        avoid: ["anything else I can help"],
      },
      { say: "I want my money back now", proposes: "refund" },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
];
