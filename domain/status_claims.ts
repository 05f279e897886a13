/**
 * Status claims: what a reply says an order's parcel is — lost, delayed, delivered,
 * cancelled, on its way, shipped — and whether that agrees with the order and tracking the
 * reply was built from. "Order ORD-3001 is still on its way" about a parcel the carrier
 * reports lost is a wrong fact, as much as an invented tracking number.
 */
import type { OrderView, TrackingView } from "../shared/protocol.ts";
import { LOST_PARCEL_DAYS } from "./policy.ts";

/** A status a reply can state about an order. */
export type StatusClaim = "lost" | "delayed" | "delivered" | "cancelled" | "in_transit" | "shipped";

/** What the turn knows of one order's state. */
export interface OrderState {
  /** The store's order status (`shipped`, `delivered`…). */
  status: string;
  /** The carrier's status of its parcel, when the context has the tracking. */
  parcel: string | null;
  /** Whole days since the parcel's last scan, when known. */
  daysSinceScan: number | null;
  /** True when the expected delivery day has passed without a delivery. */
  overdue: boolean;
}

/** The state of `order` at `now`, with its tracking when the context has it. */
export function orderStateOf(
  order: OrderView,
  tracking: TrackingView | null,
  now: Date,
): OrderState {
  const own = tracking && tracking.number === order.tracking_number ? tracking : null;
  const eta = own?.eta ?? order.eta ?? null;
  const undelivered = order.status !== "delivered" && own?.status !== "delivered";
  return {
    status: order.status,
    parcel: own?.status ?? null,
    daysSinceScan: own?.days_since_last_scan ?? null,
    overdue: undelivered && eta !== null && new Date(eta).getTime() < now.getTime(),
  };
}

/** The statuses a reply may state about an order in `s`. */
export function allowedClaims(s: OrderState): ReadonlySet<StatusClaim> {
  switch (s.status) {
    case "cancelled":
      return new Set(["cancelled"]);
    case "delivered":
    case "returned":
    case "refunded":
      // A lost parcel refunded stays lost: "has been refunded … marked as lost" is true.
      return s.parcel === "lost" ? new Set(["shipped", "lost"]) : new Set(["shipped", "delivered"]);
    case "shipped": {
      if (s.parcel === "lost") return new Set(["shipped", "lost", "delayed"]);
      if (s.parcel === "delivered") return new Set(["shipped", "delivered"]);
      const out = new Set<StatusClaim>(["shipped", "in_transit"]);
      if (s.parcel === "exception" || s.overdue) out.add("delayed");
      // Past the policy's days without a scan, a parcel is treated as possibly lost.
      if ((s.daysSinceScan ?? 0) >= LOST_PARCEL_DAYS) out.add("lost");
      return out;
    }
    default:
      // Pending or being prepared: nothing has left the warehouse yet.
      return new Set();
  }
}

/** How a status reads to a person, for an issue's detail. */
export function stateWords(s: OrderState): string {
  if (s.parcel === "lost") return "the carrier reports the parcel lost";
  if (s.parcel === "exception") return "the carrier reports a delay";
  if (s.parcel) return `order ${s.status}, parcel ${s.parcel.replace(/_/g, " ")}`;
  return `order ${s.status}`;
}

const CLAIM_PATTERNS: readonly [StatusClaim, RegExp][] = [
  [
    "lost",
    /\b(?:is|was|been|as|got|went|now|being|are|were)\s+(?:(?:officially|now|still|definitely)\s+)?lost\b|\blost in (?:transit|the post|the mail)\b/i,
  ],
  [
    "delivered",
    /\b(?:is|was|were|are|been|as|got|now)\s+(?:(?:already|just|now|successfully)\s+)?delivered\b|\b(?:has|have|had)\s+(?:already\s+)?arrived\b/i,
  ],
  ["cancelled", /\b(?:is|was|were|are|been|as|got|now)\s+(?:already\s+)?cancel+ed\b/i],
  ["in_transit", /\b(?:on (?:its|their|the) way|in transit|en route|out for delivery)\b/i],
  // The same in the languages the replies are written in (Spanish, French, German).
  ["lost", /\b(?:se ha perdido|perdid[oa]s?|a été perdue?|perdue?s?|verloren)\b/i],
  [
    "delivered",
    /\b(?:fue entregad[oa]|ha sido entregad[oa]|a été livrée?|wurde(?:\s+am\s+[\d.]+)?\s+zugestellt)\b/i,
  ],
  ["cancelled", /\b(?:está cancelad[oa]|est annulée?|ist storniert)\b/i],
  ["in_transit", /\b(?:está en camino|en tránsito|est en route|ist unterwegs)\b/i],
  [
    "delayed",
    /\b(?:con retraso|lleva retraso|un retraso|retrasad[oa]|en retard|du retard|un retard|verspätet|eine verzögerung)\b/i,
  ],
  ["shipped", /\b(?:shipped|dispatched|handed (?:it |them )?to the carrier)\b/i],
  [
    "delayed",
    /\b(?:delayed|running late|(?:is|was|are|were) late|reported a delay|behind schedule|held up)\b/i,
  ],
];

/** A clause that only supposes the status ("once it's delivered", "if it is lost"). */
const HYPOTHETICAL =
  /^(?:and |but |so |or )?(?:if|once|when|whenever|until|unless|after|before|as soon as|in case|whether|should|assuming)\b/i;
/** A clause that denies the status ("it hasn't shipped", "not yet delivered"). */
const NEGATED =
  /\b(?:not|never|no longer|yet to|todavía no|aún no|pas|nicht|noch nicht)\b|n['’]t\b/i;
/** A modal that makes the status a possibility or a plan, not a fact. */
const MODAL = /\b(?:will|would|could|might|may|can|should|must|to be|until|once)\b/i;
/** What else than the order a clause may be about. */
const OTHER_SUBJECT =
  /\b(?:refunds?|money|payments?|labels?|credits?|replacements?|returns?|investigations?|answers?|reply|colleagues?|invoices?|emails?|orders)\b/i;
/** A clause that is about the order in question without naming it. */
const ORDER_SUBJECT =
  /\b(?:it|it's|its|your (?:order|parcel|package|delivery|shipment|items?)|the (?:order|parcel|package|shipment|delivery|items?))\b/i;

/** One status a reply states about one order. */
export interface FoundClaim {
  orderId: string;
  claim: StatusClaim;
  /** The clause that states it. */
  raw: string;
}

const ORDER_ID = /\bORD-\d+\b/gi;

function idsIn(text: string): string[] {
  return [...new Set((text.match(ORDER_ID) ?? []).map((s) => s.toUpperCase()))];
}

function claimsOfClause(clause: string): StatusClaim[] {
  const c = clause.trim();
  if (c === "" || HYPOTHETICAL.test(c)) return [];
  const out: StatusClaim[] = [];
  for (const [claim, re] of CLAIM_PATTERNS) {
    const m = re.exec(c);
    if (!m) continue;
    const before = c.slice(0, m.index);
    // "isn't lost", "hasn't shipped", "will be delivered", "the refund is on its way".
    if (NEGATED.test(before) || MODAL.test(before) || OTHER_SUBJECT.test(before)) continue;
    out.push(claim);
  }
  return out;
}

/**
 * The statuses a sentence states, by order: an order named in the clause, else the only one
 * the sentence names, else `focus` when the clause is plainly about "it" / "your order".
 */
export function statusClaimsIn(sentence: string, focus: string | null): FoundClaim[] {
  const out: FoundClaim[] = [];
  // "ORD-3001 (Robot Vacuum Cleaner, on its way)": the parenthesis speaks of that order.
  const bare = sentence.replace(/\b(ORD-\d+)\s*\(([^)]*)\)/gi, (_m, id: string, inside) => {
    for (const claim of claimsOfClause(inside)) {
      out.push({ orderId: id.toUpperCase(), claim, raw: `${id} (${inside})` });
    }
    return id;
  });
  const named = idsIn(bare);
  for (const clause of bare.split(/[,;:]\s+|\s+[—–-]\s+|\s+(?:and|but|so|while)\s+/)) {
    const ids = idsIn(clause);
    const orderId = ids.length === 1
      ? ids[0]
      : ids.length > 1
      ? null
      : named.length === 1
      ? named[0]
      : named.length === 0 && focus && ORDER_SUBJECT.test(clause)
      ? focus
      : null;
    if (!orderId) continue;
    for (const claim of claimsOfClause(clause)) out.push({ orderId, claim, raw: clause.trim() });
  }
  return out;
}

/** The claims of `sentence` that contradict the known state of their order. */
export function contradictedClaims(
  sentence: string,
  states: ReadonlyMap<string, OrderState>,
  focus: string | null,
): (FoundClaim & { state: OrderState })[] {
  const out: (FoundClaim & { state: OrderState })[] = [];
  for (const c of statusClaimsIn(sentence, focus)) {
    const state = states.get(c.orderId);
    // An order the turn knows nothing of is the grounding and privacy checks' business.
    if (state && !allowedClaims(state).has(c.claim)) out.push({ ...c, state });
  }
  return out;
}
