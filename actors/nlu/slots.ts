/**
 * Template slots left in a message ("where is {{Order Number}}", "open a {{Account Type}}
 * account"): text copied from a form or a macro, or written by a tool that fills its blanks
 * later. The classifier reads each slot as what it stands for — an order-number slot as an
 * order reference, an account-type slot as an account word, a city as a place — so the
 * braces and the slot's own words ("number", "type", "name") do not mislead it. The
 * entities get an order reference for an order-number slot that can match none of the
 * customer's orders: an order number was given, but which one is unknown.
 */
import type { OrderReference } from "../../shared/protocol.ts";

/** What a slot stands for, told by the words of its name. */
export type SlotKind =
  | "order"
  | "tracking"
  | "invoice"
  | "money"
  | "currency"
  | "account"
  | "payment"
  | "person"
  | "place"
  | "address"
  | "email"
  | "phone"
  | "url"
  | "product"
  | "hours"
  | "date"
  | "unknown";

/** A slot found in a message. */
export interface Slot {
  /** The slot as written, braces included ("{{Order Number}}"). */
  text: string;
  /** The words of its name, lower-case ("order number"). */
  name: string;
  kind: SlotKind;
  start: number;
  end: number;
}

/** A message with its slots read. */
export interface SlotReading {
  /** The text with each slot replaced by words of what it stands for (the text itself when it has none). */
  text: string;
  slots: Slot[];
  /** Where each slot's words stand in `text`, in the order of `slots`. */
  standIns: { start: number; end: number }[];
}

/**
 * The id an order-number slot's reference carries: no order has it (ids are digits), so
 * the context never takes it for one of the customer's orders.
 */
export const UNKNOWN_ORDER_ID = "ORD-UNKNOWN";

/** A slot: double braces (or square brackets, or one pair of braces) around a name of words. */
const SLOT =
  /\{\{\s*([A-Za-z][A-Za-z _-]{0,40}?)\s*\}\}|\[\[\s*([A-Za-z][A-Za-z _-]{0,40}?)\s*\]\]/g;

/** The kinds, by a word of the slot's name; the first rule that fits decides. */
const KIND_RULES: readonly [RegExp, SlotKind][] = [
  [/\btracking\b/, "tracking"],
  [/\binvoice|\bbill\b|\breceipt/, "invoice"],
  [/\border\b|\bpurchase\b/, "order"],
  [/\bcurrency\b/, "currency"],
  [/\bamount\b|\bprice\b|\bfee\b|\bcost\b|\btotal\b|\bsum\b|\bmoney\b/, "money"],
  [/\bpayment\b|\bcard\b|\bwallet\b/, "payment"],
  [/\bemail\b|\be-mail\b|\bmail\b/, "email"],
  [/\bphone\b|\btelephone\b|\bmobile\b/, "phone"],
  [/\burl\b|\bwebsite\b|\bsite\b|\blink\b|\bweb\b/, "url"],
  [/\baddress\b|\bstreet\b|\bpostcode\b|\bzip\b/, "address"],
  [/\bcity\b|\bcountry\b|\blocation\b|\bstate\b|\bregion\b|\btown\b|\bplace\b/, "place"],
  [/\baccount\b|\bprofile\b|\bplan\b|\bmembership\b|\btier\b/, "account"],
  [/\bhours?\b|\btime\b|\bschedule\b/, "hours"],
  [/\bdate\b|\bday\b|\bperiod\b|\bdeadline\b/, "date"],
  [/\bproduct\b|\bitem\b|\barticle\b|\bmodel\b|\bbrand\b/, "product"],
  [/\bname\b|\bperson\b|\bagent\b|\bcustomer\b|\bclient\b|\bsalutation\b/, "person"],
];

/**
 * What the classifier reads in a slot's place: words of its kind, chosen from the common
 * words of our examples, and forms the features already know (an order id reads as the
 * order mark, an amount as money).
 */
const STAND_IN: Readonly<Record<SlotKind, string>> = {
  order: "ORD-0000",
  tracking: "TRK0000000000",
  invoice: "100001",
  money: "20",
  currency: "$",
  account: "personal",
  payment: "PayPal",
  person: "Alex",
  place: "Springfield",
  address: "12 High Street",
  email: "name@example.com",
  phone: "555 0100",
  url: "example.com",
  product: "product",
  hours: "9am to 5pm",
  date: "Monday",
  unknown: "",
};

/** Our own support's contact details and hours: what they are of is the telling part. */
const OURS = /\b(?:customer|support|service|help ?desk|helpline)\b/;
const CONTACT: ReadonlySet<SlotKind> = new Set(["phone", "email", "url", "hours", "unknown"]);

/**
 * The words read in a slot's place. A slot of our support's contact or hours ("{{Customer
 * Support Phone Number}}") reads as its own words: the customer is asking about our service.
 */
function standIn(name: string, kind: SlotKind): string {
  return CONTACT.has(kind) && OURS.test(name) ? name : STAND_IN[kind];
}

/** The kind of a slot by the words of its name. */
export function slotKind(name: string): SlotKind {
  const words = name.toLowerCase().replace(/[_-]+/g, " ");
  for (const [re, kind] of KIND_RULES) if (re.test(words)) return kind;
  return "unknown";
}

/** Finds the slots of `text` and the text with each read as what it stands for. */
export function readSlots(text: string): SlotReading {
  // Most messages have no brace or bracket at all: nothing to do.
  if (!text.includes("{{") && !text.includes("[[")) return { text, slots: [], standIns: [] };
  const slots: Slot[] = [];
  const standIns: { start: number; end: number }[] = [];
  let out = "";
  let at = 0;
  for (const m of text.matchAll(SLOT)) {
    const name = (m[1] ?? m[2]).trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
    const kind = slotKind(name);
    const start = m.index!;
    const end = start + m[0].length;
    slots.push({ text: m[0], name, kind, start, end });
    // A currency before an amount reads as one amount ("{{Currency Symbol}}{{Refund Amount}}").
    out += text.slice(at, start);
    const words = standIn(name, kind);
    standIns.push({ start: out.length, end: out.length + words.length });
    out += words;
    at = end;
  }
  out += text.slice(at);
  return { text: out, slots, standIns };
}

/**
 * The span of the written message that a span of the read text (`reading.text`) stands
 * for: a request's words as the customer wrote them, slots and all. A span that starts or
 * ends inside a slot's words takes the whole slot.
 */
export function writtenSpan(
  reading: SlotReading,
  start: number,
  end: number,
): { start: number; end: number } {
  const at = (offset: number, edge: "start" | "end") => {
    let shift = 0;
    for (let i = 0; i < reading.slots.length; i++) {
      const read = reading.standIns[i];
      const slot = reading.slots[i];
      if (offset <= read.start) break;
      if (offset < read.end) return edge === "start" ? slot.start : slot.end;
      shift = slot.end - read.end;
    }
    return offset + shift;
  };
  return { start: at(start, "start"), end: at(end, "end") };
}

/**
 * The order references of a message's order-number slots: each says an order number was
 * given, unknown to us. Marked `bare` — a number that names an order only when it is one of
 * the customer's — with an id no order has, so it never matches one, and the order talked
 * of before is not assumed in its place.
 */
export function slotOrderRefs(slots: readonly Slot[]): OrderReference[] {
  return slots.filter((s) => s.kind === "order").map((s) => ({
    text: s.text,
    id: UNKNOWN_ORDER_ID,
    form: "bare" as const,
  }));
}
