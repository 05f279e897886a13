/**
 * The nineteenth round: before buying, guests, and the store's rules asked in shoppers' words
 * — sales and discounts, the price rule (no adjustment after an order, no price match), the
 * restocking fee, customs, PO boxes and second addresses, a VAT number on the invoice, codes
 * that fail, sizes and colours the catalogue does not hold, account questions. Each reply
 * answers the question asked first, in the store's own facts; nothing changes in the ledger.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "first.visit@example.org";
const WHOLE_POLICY = "cancelled until it ships";
const PAY_TROUBLE = "If a card was declined";

/** The nineteenth round's conversations. */
export const TALK19: Conversation[] = [
  {
    name: "19th round: 'any discounted products?' and 'what's on sale' get the sale, not returns",
    who: SARAH,
    style: "terse pre-purchase questions",
    turns: [
      {
        say: "are there any discounted products?",
        mention: ["no sale on right now", "newsletter"],
        avoid: ["return any item", WHOLE_POLICY],
      },
      {
        say: "what items are on sale?",
        mention: ["no sale on right now"],
        avoid: ["return any item"],
      },
      {
        say: "ok. can i return sale items though?",
        mention: ["items bought in a sale can be returned"],
        avoid: ["no sale on right now"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: a guest's 'restocking fee?' and 'full price back?' answered first",
    who: GUEST,
    style: "guest, short questions",
    turns: [
      {
        say: "is there a restocking fee?",
        mention: ["^(?:[^\\n]*\\n+)?No — there's no restocking fee"],
        avoid: [WHOLE_POLICY],
      },
      {
        say: "do i get the full price back?",
        mention: ["^Yes — a refund is the full amount you paid", "shipping fee included"],
        avoid: ["outside what I can help with"],
      },
      {
        say: "how long does the refund take",
        mention: ["5 business days"],
        avoid: [WHOLE_POLICY],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: Emma charged 349 for the mixer she thought was on sale: the order's figure",
    who: EMMA,
    style: "puzzled, a sum in the message",
    turns: [
      {
        say: "I was charged $349 but I thought the mixer was on sale for $299?",
        mention: [
          "On ORD-3002 you paid 349\\.00 USD for the Stand Mixer",
          "price shown at checkout",
        ],
        avoid: [PAY_TROUBLE, "299"],
      },
      {
        say: "so can I get the difference back?",
        mention: ["^No — we don't refund a difference in price", "ORD-3002"],
        avoid: ["would you like to get a refund, or return something"],
      },
      {
        say: "ok whatever. is there a restocking fee if i return it",
        mention: ["no restocking fee"],
        avoid: [PAY_TROUBLE],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: Mike's keyboard got cheaper after he bought it: no refund of the difference",
    who: MIKE,
    style: "annoyed, one long message",
    turns: [
      {
        say:
          "the keyboard was $20 cheaper the day after i bought it, thats annoying. can you refund me the difference?",
        mention: [
          "No — we don't refund a difference in price",
          "109\\.00 USD",
          "Mechanical Keyboard",
        ],
        avoid: ["Refunds are for delivered orders"],
        proposes: null,
      },
      {
        say: "do you price match then?",
        mention: ["^(?:[^\\n]*\\n+)?No — we don't match other stores' prices"],
      },
      {
        say: "where is it now anyway",
        facts: [{ order: "ORD-2001", field: "status" }],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: a guest's price match with a product named gets our price of it",
    who: GUEST,
    style: "guest comparing prices",
    turns: [
      {
        say: "do you price match? saw the espresso machine cheaper on amazon",
        mention: ["No — we don't match other stores' prices"],
        facts: [{ product: "KIT-101", field: "price" }],
      },
      {
        say: "is it in stock at least",
        facts: [{ product: "KIT-101", field: "stock" }],
      },
      {
        say: "if it goes on sale after i buy, do you refund the difference?",
        mention: ["No — we don't refund a difference in price", "return it within 30 days"],
        avoid: ["Delivered orders can be refunded"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: Sarah asks about black friday and a price drop after buying",
    who: SARAH,
    style: "hedging, future sales",
    turns: [
      {
        say: "will the price drop on black friday?",
        mention: ["can't say ahead of time", "newsletter"],
        avoid: ["product page lists the full specifications"],
      },
      {
        say: "and if i buy now and it drops later, do i get the difference refunded?",
        mention: ["No — we don't refund a difference in price"],
        avoid: ["ORD-1002 can still be refunded"],
      },
      { say: "any black friday deals??", mention: ["no sale on right now"] },
    ],
    changes: [],
  },
  {
    name: "19th round: a guest's PO box and second address are the rules, not a sign-in",
    who: GUEST,
    style: "guest, delivery questions",
    turns: [
      {
        say: "can you deliver to a PO box?",
        mention: ["can't deliver to a PO box", "street address"],
        avoid: ["Standard shipping takes"],
      },
      {
        say: "can i ship to a second address, like my office",
        mention: ["one address you give at checkout", "place an order for each address"],
        avoid: ["Please sign in"],
      },
      { say: "do you ship to the uk?", mention: ["United Kingdom"] },
    ],
    changes: [],
  },
  {
    name: "19th round: Mike's p.o. box in a long message is the PO box rule, not his orders",
    who: MIKE,
    style: "long, explains why",
    turns: [
      {
        say: "Hi, can you deliver to a p.o. box? I live rurally and that's where I get my mail",
        mention: ["can't deliver to a PO box"],
        avoid: ["Which order would you like me to check", "Standard shipping takes"],
      },
      {
        say: "ok what about my work address then",
        avoid: ["can't deliver to a PO box"],
      },
      {
        say: "where's my keyboard",
        facts: [{ order: "ORD-2001", field: "status" }],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: a guest wants a VAT number on the invoice: how, then how to sign in",
    who: GUEST,
    style: "business buyer",
    turns: [
      {
        say: "I need an invoice with my company's VAT number on it",
        mention: ["billing details at checkout", "sign in or tell me the email address"],
      },
      {
        say: "how do i pay by bank transfer",
        mention: ["bank transfer"],
        avoid: ["Please sign in"],
      },
      {
        say: "and do you ship to germany?",
        mention: ["Germany"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: a discount code that fails is told why codes fail, not the password reset",
    who: GUEST,
    style: "frustrated, code in the message",
    turns: [
      {
        say: "my discount code SAVE10 isnt working??",
        mention: ["only one code can be used per order", "expired"],
        avoid: ["We don't hand out discount codes", "Forgot password"],
      },
      {
        say: "can i use 2 discount codes at once",
        mention: ["only one code can be used per order"],
      },
      {
        say: "the promo code keeps saying invalid",
        mention: ["typed exactly"],
        avoid: ["Forgot password"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: 'i forgot which email i used' is how to find it, not a password reset",
    who: GUEST,
    style: "guest, lost track",
    turns: [
      {
        say: "i forgot which email i used to order",
        mention: ["order confirmation", "inboxes"],
        avoid: ["Forgot password"],
      },
      {
        say: "my order is ORD-1001",
        mention: ["email address you ordered with"],
        avoid: ["TRK", "Noise-Cancelling"],
      },
      {
        say: "ok found it, it's sarah.chen@example.com",
        mention: ["one-time code"],
        avoid: ["TRK"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: sizes and colours the catalogue does not hold are said first, no 'Yes —'",
    who: GUEST,
    style: "guest, product details",
    turns: [
      {
        say: "do you have the running shoes in size 14?",
        mention: ["can't see the sizes of the Trail Running Shoes"],
        avoid: ["^(?:[^\\n]*\\n+)?(?:Hi|Hello)?[^\\n]*Yes —"],
        facts: [{ product: "OUT-101", field: "price" }],
      },
      {
        say: "hey do u guys sell the mixer in red?",
        mention: ["can't see the colours of the Stand Mixer"],
        facts: [{ product: "KIT-107", field: "stock" }],
      },
      {
        say: "is the chefs knife dishwasher safe",
        mention: ["I don't have details like that here"],
        avoid: ["Yes — the Chef"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: Canada and customs in one message: customs answered, not the returns policy",
    who: SARAH,
    style: "two questions in one",
    turns: [
      {
        say: "How long does shipping take to Canada, and do you charge customs?",
        mention: ["6–10 business days", "don't charge customs ourselves"],
        avoid: ["return any item", WHOLE_POLICY],
      },
      {
        say: "do you ship to canada and how long is the warranty?",
        mention: ["Canada", "warranty"],
      },
      {
        say: "do i have to pay customs if i order to the uk",
        mention: ["collected by the carrier on delivery"],
        avoid: [WHOLE_POLICY],
      },
    ],
    changes: [],
  },
];
