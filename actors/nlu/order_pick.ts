/**
 * "Cancel the third one", "the 2nd order", "no, the first one" after a reply that named
 * several of the customer's orders: the order at that place in our reply. The classifier
 * reads the message alone, and the references read "the second order" as the latest one, so
 * the wrong order came into focus. A change waiting for a yes and a pick of another order
 * is the same change asked again for that order (proposed afresh, waiting for its own yes).
 * Pure.
 */
import type { Dialogue, Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { REQUEST_OF } from "./pending_correction.ts";
import { relabelled } from "./relabel.ts";
import { openingChange } from "./change_verb.ts";

/** A place in a list, then what was listed: "the third one", "that 2nd order". */
const PICK =
  /\b(?:the|that)\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|middle|last|top|bottom)\s+(?:one|order|1|parcel|package)\b/i;

const PLACES: Readonly<Record<string, (n: number) => number>> = {
  first: () => 0,
  "1st": () => 0,
  top: () => 0,
  second: () => 1,
  "2nd": () => 1,
  third: () => 2,
  "3rd": () => 2,
  fourth: () => 3,
  "4th": () => 3,
  fifth: () => 4,
  "5th": () => 4,
  middle: (n) => (n === 3 ? 1 : -1),
  last: (n) => n - 1,
  bottom: (n) => n - 1,
};

/** The most words a pick has: longer messages say more than which one. */
const MAX_WORDS = 12;

/** Readings that leave the request open: a pick alone asks about that order. */
const OPEN: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "small_talk",
  "product_question",
  "place_order",
  "feedback",
  "affirm",
  "deny",
]);

/** An order of a list, with its total and when it was placed. */
export interface Listed {
  id: string;
  total: number;
  placed_at?: string;
}

/** "The newer one", "the most recent order", "the older one": a pick by when it was placed. */
const BY_AGE =
  /\b(?:the|that)\s+(newer|newest|latest|more recent|most recent|recent|older|oldest|earlier|earliest)\s+(?:one|order|1)\b/i;

/** The order of `listed` placed last (or first, for "older"), or null when a date is missing. */
function pickedByAge(text: string, listed: readonly Listed[]): string | null | undefined {
  const a = BY_AGE.exec(text);
  if (!a) return undefined;
  if (listed.some((o) => !o.placed_at)) return null;
  const old = /old|earl/i.test(a[1]);
  const sorted = [...listed].sort((x, y) =>
    old ? x.placed_at!.localeCompare(y.placed_at!) : y.placed_at!.localeCompare(x.placed_at!)
  );
  return sorted[0].placed_at === sorted[1].placed_at ? null : sorted[0].id;
}

/** "The cheaper one", "the most expensive order": a pick by price. */
const BY_PRICE =
  /\b(?:the|that)\s+(cheap(?:er|est)|less expensive|least expensive|(?:more|most) expensive|pricier|priciest|dearer|dearest|bigger|biggest|smaller|smallest)\s+(?:one|order|1)\b/i;

/** Changes a pick may name for itself while another waits. */
const OWN_CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "return_item",
  "refund_request",
  "modify_order",
  "change_address",
  "delivery_problem",
]);

/** The order of `listed` the text picks by its place or its price, or null. */
export function pickedFromList(text: string, listed: readonly Listed[]): string | null {
  if (listed.length < 2 || text.trim().split(/\s+/).length > MAX_WORDS) return null;
  const m = PICK.exec(text);
  if (m) {
    const at = PLACES[m[1].toLowerCase()](listed.length);
    return at >= 0 && at < listed.length ? listed[at].id : null;
  }
  const aged = pickedByAge(text, listed);
  if (aged !== undefined) return aged;
  const p = BY_PRICE.exec(text);
  if (!p) return null;
  const low = /cheap|less|least|small/i.test(p[1]);
  // "The cheaper one" of two; of more, "cheaper" is as good as "cheapest".
  const sorted = [...listed].sort((a, b) => low ? a.total - b.total : b.total - a.total);
  // Two at the same price: no pick.
  return sorted[0].total === sorted[1].total ? null : sorted[0].id;
}

/** The reading with the order picked from those our reply listed, when the text picks one. */
export function withListedPick(
  reading: IntentEnrichment,
  text: string,
  dialogue: Partial<Dialogue> | null | undefined,
  pending: PendingAction | null,
): IntentEnrichment {
  const e = reading.entities;
  const pendingOrder = pending?.action.order_id ?? null;
  // The reading may carry the pending order without the text naming one.
  const named = e.order_ids.filter((id) => id !== pendingOrder);
  if (named.length > 0 || (e.order_refs ?? []).length > 0) return reading;
  const picked = pickedFromList(text, dialogue?.orders_listed ?? []);
  if (!picked) return reading;
  const entities = { ...e, order_ids: [picked], state_refs: [] };
  if (pending) {
    const request = REQUEST_OF[pending.action.type];
    if (picked === pendingOrder || reading.confirmation === "affirm" || !request) return reading;
    // "No, the second one": the same change, for the order now picked; "never mind that
    // one, what about the return of the third one?": the change it names.
    const own = OWN_CHANGES.has(reading.intent) && reading.confidence >= 0.5;
    return {
      ...relabelled(reading, own ? reading.intent : request, 0.9),
      entities,
      confirmation: "new_request",
      withdraws_pending: true,
      source: "conversation",
    };
  }
  // "Cancel the second one": the change its verb says, whatever else the words suggest (a
  // second charge).
  const verb = openingChange(text);
  if (verb) return { ...relabelled(reading, verb, 0.85), entities, source: "conversation" };
  const open = OPEN.has(reading.intent) || reading.confidence < 0.5;
  return { ...(open ? relabelled(reading, "order_status", 0.8) : reading), entities };
}
