/**
 * What a conversation has established so far (the dialogue state kept with the session):
 * the order in focus and why, what our last reply asked for, changes put off.
 */
import { z } from "zod";
import { ActionType, Intent } from "./vocabulary.ts";

/**
 * Why the conversation is about an order: it was named by id, by a product in it, by its
 * state ("the one that shipped"), it was the order already in focus, or the only one that fits.
 */
export const FocusWhy = z.enum(["explicit", "product", "state", "focus", "only_order"]);
export type FocusWhy = z.infer<typeof FocusWhy>;

/** The order a conversation is about, and why. */
export const DialogueFocus = z.object({ order_id: z.string().min(1), why: FocusWhy });
export type DialogueFocus = z.infer<typeof DialogueFocus>;

/**
 * What a reply asked the customer for, so that the next message is read as the answer: a
 * new address (`address`), the item and quantity to change (`items`), a choice between
 * the changes it offered (`choice`, e.g. a refund or a replacement for a lost parcel), or
 * which of their orders a change is for (`order`, with the words of the request), or the
 * number or the time of a call back (`callback`, with the words said for it so far), or
 * whether we read them right (`meaning`: "would you like to change a delivery address?",
 * with their words, which a yes carries on as that request), or a change offered softly
 * to someone only weighing it (`offer`: a bare "ok" after it is no yes).
 */
export const AskedFor = z.object({
  slot: z.enum(["address", "items", "choice", "order", "callback", "meaning", "offer"]),
  /** The request the answer carries on (`change_address`, `modify_order`…). */
  intent: Intent,
  /** The order the question was about. */
  order_id: z.string().nullable(),
  /** The changes offered, for a choice. */
  options: z.array(ActionType).optional(),
  /**
   * The customer's words for the change, for `order`: what they gave there (a new address, a
   * reason) fills the change once they say which order.
   */
  text: z.string().max(4000).optional(),
  /** The orders the question named, in its order, for `order` ("the first one"). */
  orders: z.array(z.string()).max(10).optional(),
  /**
   * For `meaning`: the reading was offered in passing ("if you'd like more room, ask me to
   * speed it up"), not asked — taken up by a yes, not by a nod ("ok", "great thanks").
   */
  offered: z.boolean().optional(),
});
export type AskedFor = z.infer<typeof AskedFor>;

/**
 * A change the customer asked for in the same message as another one, put off because a
 * reply proposes one change at a time; raised again once the first is settled.
 */
export const DeferredRequest = z.object({
  intent: Intent,
  /** The order of theirs it is about, when the customer's words name one. */
  order_id: z.string().nullable().default(null),
  /** The customer's words for it ("return ORD-1002"): drafted again when taken up. */
  text: z.string(),
  /** True once a reply has raised it again ("you also asked about …"). */
  raised: z.boolean().default(false),
});
export type DeferredRequest = z.infer<typeof DeferredRequest>;

/** The last change carried out in the conversation ("did it work?", "can you undo that?"). */
export const DoneChange = z.object({
  type: ActionType,
  order_id: z.string().nullable(),
  /** When it was carried out (the turn's time). */
  at: z.string(),
  /** For a call back booked: when the store booked it ("what time will you call?"). */
  scheduled_for: z.string().optional(),
  /** The other orders the same kind of change was carried out on in that turn ("refund both"). */
  also: z.array(z.string()).max(10).optional(),
  /**
   * For a change of items: each line changed, its count before (null when unknown) and
   * after — "actually make it 2 more", "change it back" correct it from there.
   */
  items: z.array(z.object({
    sku: z.string(),
    name: z.string(),
    from: z.number().nullable(),
    to: z.number(),
  })).max(20).optional(),
});
export type DoneChange = z.infer<typeof DoneChange>;

/**
 * What a conversation has established so far, carried from turn to turn: the order in
 * focus, the orders mentioned (the last five), the requests still unanswered, what our
 * last reply asked for, and the last request answered about an order (the topic an
 * elliptical follow-up — "and the espresso machine?" — carries on). The last two are
 * absent in sessions from before them: read as none.
 */
export const Dialogue = z.object({
  focus: DialogueFocus.nullable().default(null),
  mentioned: z.array(z.string()).default([]),
  unanswered: z.array(Intent).default([]),
  asked: AskedFor.nullable().optional(),
  topic: Intent.nullable().optional(),
  /** Changes asked for beside another and put off until it is settled (`DeferredRequest`). */
  deferred: z.array(DeferredRequest).optional(),
  /** The catalogue products (skus) last looked up ("how much is it?"), and the last we listed. */
  products: z.array(z.string()).max(3).optional(),
  listed: z.array(z.string()).max(3).optional(),
  /**
   * The orders the last reply naming several named, in its order ("cancel the third one"),
   * with their totals ("the cheaper one").
   */
  orders_listed: z.array(
    z.object({ id: z.string(), total: z.number(), placed_at: z.string().max(40).optional() }),
  ).max(10).optional(),
  /** The order id the last turn named that is not on the customer's account ("cancel it"). */
  missing_order: z.string().max(40).nullable().optional(),
  /** The last change carried out (`DoneChange`); absent in sessions from before it. */
  done: DoneChange.nullable().optional(),
  /** The place last asked about for shipping ("canada"), while shipping stays the topic. */
  place: z.string().max(60).nullable().optional(),
  /** The way to pay last asked about ("paypal"), while payment stays the topic. */
  payment: z.string().max(20).nullable().optional(),
  /** The FAQ entry (its id) the last reply answered from: "do they expire?" asks on about it. */
  faq: z.string().max(60).nullable().optional(),
  /** The store's rule the last reply answered about ("returns"): "even after 30 days?" asks on. */
  rule: z.string().max(30).nullable().optional(),
  /** What the customer told us went wrong with goods that reached them, until it is settled. */
  reported: z.object({
    order_id: z.string(),
    problem: z.enum(["damaged", "faulty", "wrong_or_missing"]),
  }).nullable().optional(),
  /** The customer's last message and our reply to it: "can you repeat that?", a message sent twice. */
  said: z.string().max(4000).nullable().optional(),
  replied: z.string().max(4000).nullable().optional(),
});
export type Dialogue = z.infer<typeof Dialogue>;
