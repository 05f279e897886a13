/**
 * The one table of execution: every action type mapped to its handler (validation,
 * description, pre-check and store call).
 */
import type { ActionType } from "../../shared/protocol.ts";
import {
  customerNote,
  escalateSupervisor,
  goodwillCredit,
  orderNote,
  scheduleCallback,
} from "./account_changes.ts";
import { orderStatus, refundStatus, returnLabel, trackingInfo } from "./lookups.ts";
import {
  cancelOrder,
  changeAddress,
  expediteOrder,
  modifyItems,
  refund,
  replacement,
  returnItem,
} from "./order_changes.ts";
import { carrierInvestigation, expediteDelivery } from "./parcel_changes.ts";
import type { ActionHandler } from "./types.ts";

/** Every action execution knows, by type. */
// deno-lint-ignore no-explicit-any
export const ACTIONS: Readonly<Record<ActionType, ActionHandler<any>>> = {
  order_status: orderStatus,
  tracking_info: trackingInfo,
  cancel_order: cancelOrder,
  modify_items: modifyItems,
  change_address: changeAddress,
  return_item: returnItem,
  return_label: returnLabel,
  refund,
  refund_status: refundStatus,
  replacement,
  expedite_order: expediteOrder,
  expedite_delivery: expediteDelivery,
  carrier_investigation: carrierInvestigation,
  customer_note: customerNote,
  order_note: orderNote,
  goodwill_credit: goodwillCredit,
  schedule_callback: scheduleCallback,
  escalate_supervisor: escalateSupervisor,
};

/** True when the action changes something and so waits for the customer's yes. */
export function isChange(type: ActionType): boolean {
  return ACTIONS[type].change;
}
