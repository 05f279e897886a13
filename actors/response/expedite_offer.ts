/**
 * The proposal to speed an order up: the carrier asked to hurry a shipped parcel, or an
 * order not yet shipped upgraded to a faster speed, with the fee (or none, for the tiers
 * that pay none), for the customer's yes.
 */
import { EXPEDITE_FEES, expediteFeeWaived } from "../../domain/policy.ts";
import { formatMoney } from "../../domain/format.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { confirmPrompt } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** The expedite proposal for `order`, after the sentences `lead` (a greeting, a reason). */
export function expediteOffer(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  opts: { method: "express" | "overnight"; lead: readonly (string | null)[] },
): Draft {
  const { method } = opts;
  const shipped = order.status === "shipped";
  const fee = expediteFeeWaived(v.tier)
    ? `As a ${v.tier} member, you pay no fee for this.`
    : `The upgrade costs ${formatMoney(EXPEDITE_FEES[method])}.`;
  return draft("expedite_proposed", tone, [
    ...opts.lead,
    shipped
      ? `I can ask ${
        order.carrier ?? "the carrier"
      } to speed up the delivery of order ${order.id} (${method}).`
      : `I can upgrade order ${order.id} to ${method} shipping.`,
    fee,
    "Delivery dates stay the carrier's estimate, so I can't promise a specific day.",
    confirmPrompt(v),
  ], [
    shipped
      ? propose("expedite_delivery", order.id, { method, tracking_number: order.tracking_number })
      : propose("expedite_order", order.id, { method }),
  ]);
}
