/**
 * Conversations as data (issue 15): who writes, what each turn says and what its reply must
 * (and must not) say, the facts of the demo store the reply must state, and the changes the
 * store's ledger must show afterwards — each exactly once, and no others.
 */
import { z } from "zod";

/** A fact of an order a reply must state, read from the store when checked. */
export const OrderFact = z.object({
  order: z.string().regex(/^ORD-\d+$/),
  /**
   * `id`: the order id; `status`: a word for the order's status (or the parcel's, when it
   * has one); `tracking`: the tracking number; `total`: the order's total with two decimals.
   */
  field: z.enum(["id", "status", "tracking", "total"]),
});

/** A fact of a catalogue product a reply must state, read from the store when checked. */
export const ProductFact = z.object({
  product: z.string().regex(/^[A-Z]{3}-\d+$/),
  /**
   * `name`: its name; `stock`: "in stock" (with the count when few are left) or "sold out";
   * `price`: its price with two decimals; `warranty`: its months of warranty; `rating`: its
   * rating with one decimal.
   */
  field: z.enum(["name", "stock", "price", "warranty", "rating"]),
});

/** A fact of the demo store a reply must state, read from the store when checked. */
export const Fact = z.union([OrderFact, ProductFact]);
/** A fact of the demo store a reply must state. */
export type Fact = z.infer<typeof Fact>;

/** A service of the demo store and the fault set on it (`/admin/faults`). */
const ServiceFault = z.object({
  latency_ms: z.number().int().min(0).max(1_000).optional(),
  error_rate: z.number().min(0).max(1).optional(),
});

/** One turn of a conversation and what its reply must show. */
export const Turn = z.object({
  say: z.string().min(1),
  /**
   * Faults set on the store's services before this turn is said (kept until changed; the
   * store's reset between conversations clears them). Latency stays under the store client's
   * timeout: a call answered after its turn gave up could land in the next conversation.
   */
  faults: z.object({ orders: ServiceFault.optional(), tracking: ServiceFault.optional() })
    .optional(),
  /** Patterns (case-insensitive) the reply must match. */
  mention: z.array(z.string()).default([]),
  /** Patterns (case-insensitive) the reply must not match. */
  avoid: z.array(z.string()).default([]),
  facts: z.array(Fact).default([]),
  /** The action awaiting a yes after this turn; null: none; absent: not checked. */
  proposes: z.string().nullable().optional(),
  /**
   * `new`: this turn hands over; `same`: it stays with the conversation's handoff;
   * `none`: no handoff; `withdrawn`: no handoff, and the one the conversation had is shown
   * withdrawn in the agents' queue; absent: not checked.
   */
  handoff: z.enum(["new", "same", "none", "withdrawn"]).optional(),
  /** A pattern (case-insensitive) the reason of the conversation's handoff must match. */
  handoff_reason: z.string().optional(),
});
/** One turn of a conversation. */
export type Turn = z.input<typeof Turn>;

/** A change in the store's ledger. */
export const Change = z.object({
  action: z.string(),
  target: z.string(),
  /** How many times the ledger holds it: a change, then its correction agreed (default once). */
  times: z.number().int().min(1).max(5).optional(),
});
/** A change in the store's ledger. */
export type Change = z.infer<typeof Change>;

/** A whole conversation. */
export const Conversation = z.object({
  name: z.string().min(1),
  /** The shopper's email; an email the store does not know makes a guest. */
  who: z.string().email(),
  /** The writing style, for the docs (typos, terse, angry…). */
  style: z.string(),
  turns: z.array(Turn).min(3).max(10),
  /** The ledger's changes after the last turn: each exactly once, and nothing else. */
  changes: z.array(Change).default([]),
  /**
   * Behaviour another branch is building (`refs`: order references; `multi`: two questions,
   * templates in other languages, guest sign-in), or `open`: a defect found here whose fix
   * lies in files those branches own (actors/response, actors/context, the decision router,
   * propose). Skipped and counted apart until fixed.
   */
  pending: z.object({ branch: z.enum(["refs", "multi", "open"]), why: z.string() }).optional(),
});
/** A whole conversation as written in the data files. */
export type Conversation = z.input<typeof Conversation>;
/** A conversation with defaults filled in. */
export type ParsedConversation = z.output<typeof Conversation>;

/** Words that state each status of an order or a parcel. */
export const STATUS_WORDS: Record<string, RegExp> = {
  pending:
    /pending|awaiting (your )?payment|not (yet )?paid|waiting for (the )?payment|haven't received the payment/i,
  processing: /processing|being prepared|preparing|not (yet )?shipped|hasn't shipped/i,
  shipped: /shipped|on (its|the) way|in transit/i,
  in_transit: /shipped|on (its|the) way|in transit/i,
  out_for_delivery: /out for delivery/i,
  delivered: /delivered/i,
  cancelled: /cancell?ed/i,
  returned: /returned/i,
  refunded: /refunded/i,
  lost: /lost/i,
  delayed: /delay/i,
  exception: /problem|exception|delay/i,
};
