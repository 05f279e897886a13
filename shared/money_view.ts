/**
 * What an order's view carries about its money (part of `OrderView` in `enrichments.ts`):
 * the payment's state and way, the shipping fee, and each refund with its dates — so a reply
 * about a refund tells the store's own amount, day and way, never a guess.
 */
import { z } from "zod";

/** One refund of an order as the context sees it (the store's `Refund`, without its id). */
export const RefundView = z.object({
  amount: z.number(),
  reason: z.string(),
  status: z.string(),
  created_at: z.string(),
  /** When the refund reaches (or reached) the customer's account. */
  expected_by: z.string(),
});
export type RefundView = z.infer<typeof RefundView>;

/** The money fields of an order's view; all optional (older views lack them). */
export const MONEY_FIELDS = {
  payment_status: z.string().optional(),
  refunded_amount: z.number().optional(),
  /** The way it was paid: `card`, `paypal`, `apple_pay` or `bank_transfer`. */
  payment_method: z.string().optional(),
  paid_amount: z.number().optional(),
  shipping_fee: z.number().optional(),
  refunds: z.array(RefundView).optional(),
  /** The state of its return, if one was opened: `label_issued`, `in_transit`, `received`. */
  return_status: z.string().nullable().optional(),
};
