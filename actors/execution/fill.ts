/**
 * Fills a proposed change with what the customer already said in the same message — the new
 * address, their reason, the time for a call back — so they are not asked for it again — and
 * a whole order's change with its goods (`goods`: the skus of its lines), which the
 * confirmation reader matches a reply against. Only what the proposal leaves out is filled;
 * what it carries is kept. Pure.
 */
import type { Message, ProposedAction } from "../../shared/protocol.ts";
import { parseAddress } from "../../domain/address.ts";
import { statedReason } from "../../domain/stated_reason.ts";

/** Actions whose `reason` the customer's own words may give. */
const REASONED: ReadonlySet<ProposedAction["type"]> = new Set<ProposedAction["type"]>([
  "cancel_order",
  "return_item",
  "refund",
  "replacement",
  "escalate_supervisor",
]);

/** A generic reason a template writes when the customer gave none. */
const GENERIC_REASON = /^customer (request|asked)/i;

/** The action with the params the message gives and the action lacks. */
export function fillFromMessage(action: ProposedAction, msg: Message): ProposedAction {
  const text = msg.payload.customer_message.text;
  const params = { ...action.params };
  if (action.type === "change_address" && !hasObject(params.address)) {
    const address = parseAddress(text);
    const name = msg.payload.context?.customer?.name;
    if (address && name) params.address = { name, ...address };
  }
  if (REASONED.has(action.type)) {
    const given = typeof params.reason === "string" ? params.reason : "";
    const stated = statedReason(text);
    if (stated && (given === "" || GENERIC_REASON.test(given))) params.reason = stated;
  }
  if (action.type === "schedule_callback" && typeof params.at !== "string") {
    const date = msg.payload.intent?.entities.dates[0];
    if (date && !Number.isNaN(Date.parse(date.iso))) params.at = new Date(date.iso).toISOString();
  }
  // "Yes cancel the monitor": the goods of a whole order's change, for the confirmation reader.
  if (WHOLE.has(action.type) && !Array.isArray(params.items) && !Array.isArray(params.goods)) {
    const c = msg.payload.context;
    const order = [c?.order, ...(c?.orders ?? [])].find((o) => o && o.id === action.order_id);
    if (order && order.items.length > 0) params.goods = order.items.map((l) => l.sku);
  }
  return { ...action, params };
}

/** Changes of a whole order, whose goods the pending change keeps. */
const WHOLE = new Set([
  "cancel_order",
  "refund",
  "return_item",
  "replacement",
  "expedite_order",
  "expedite_delivery",
]);

function hasObject(v: unknown): boolean {
  return typeof v === "object" && v !== null;
}
