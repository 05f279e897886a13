import assert from "node:assert/strict";
import { readSlots, slotKind, slotOrderRefs, UNKNOWN_ORDER_ID, writtenSpan } from "./slots.ts";
import { extractEntities } from "./entities.ts";

Deno.test("a message without slots is read as written, the same string", () => {
  const text = "where is order ORD-1001? {not a slot}";
  const r = readSlots(text);
  assert.equal(r.text, text);
  assert.deepEqual(r.slots, []);
});

Deno.test("slot names tell their kind by their words", () => {
  assert.equal(slotKind("Order Number"), "order");
  assert.equal(slotKind("order_id"), "order");
  assert.equal(slotKind("Tracking Number"), "tracking");
  assert.equal(slotKind("Invoice Number"), "invoice");
  assert.equal(slotKind("Refund Amount"), "money");
  assert.equal(slotKind("Currency Symbol"), "currency");
  assert.equal(slotKind("Account Type"), "account");
  assert.equal(slotKind("Person Name"), "person");
  assert.equal(slotKind("Delivery City"), "place");
  assert.equal(slotKind("Customer Support Phone Number"), "phone");
  assert.equal(slotKind("Website URL"), "url");
  assert.equal(slotKind("Payment Method"), "payment");
  assert.equal(slotKind("Salutation"), "person");
  assert.equal(slotKind("Frobnicator"), "unknown");
});

Deno.test("each slot reads as what it stands for, its braces and name words gone", () => {
  const r = readSlots("help me open a {{Account Type}} account for {{Person Name}}");
  assert.equal(r.text, "help me open a personal account for Alex");
  assert.deepEqual(r.slots.map((s) => [s.kind, s.name, s.start]), [
    ["account", "account type", 15],
    ["person", "person name", 44],
  ]);
  assert.equal(r.text.includes("{"), false);
  assert.equal(readSlots("refund {{Currency Symbol}}{{Refund Amount}} now").text, "refund $20 now");
  assert.equal(readSlots("where is {{ order_number }}").text, "where is ORD-0000");
  // Our support's own details read as their words: the customer asks about our service.
  assert.equal(
    readSlots("is {{Customer Support Phone Number}} open?").text,
    "is customer support phone number open?",
  );
  // A slot of no known kind leaves nothing behind.
  assert.equal(readSlots("hello {{Frobnicator}} there").text, "hello  there");
});

Deno.test("an order-number slot is an order given but unknown: never one of the customer's", () => {
  const { slots } = readSlots("cancel {{Order Number}} and {{Invoice Number}}");
  const refs = slotOrderRefs(slots);
  assert.deepEqual(refs, [{ text: "{{Order Number}}", id: UNKNOWN_ORDER_ID, form: "bare" }]);
  assert.equal(/\d/.test(UNKNOWN_ORDER_ID), false);
  // The words as written give no order id of their own.
  const e = extractEntities("cancel {{Order Number}} please", { now: new Date(0) });
  assert.deepEqual(e.order_ids, []);
});

Deno.test("a span of the read text maps back to the words as written, slots whole", () => {
  const written = "cancel {{Order Number}} and refund {{Currency Symbol}}{{Refund Amount}} please";
  const r = readSlots(written);
  assert.equal(r.text, "cancel ORD-0000 and refund $20 please");
  const back = (part: string) => {
    const start = r.text.indexOf(part);
    const span = writtenSpan(r, start, start + part.length);
    return written.slice(span.start, span.end);
  };
  assert.equal(back("cancel ORD-0000"), "cancel {{Order Number}}");
  assert.equal(back("refund $20 please"), "refund {{Currency Symbol}}{{Refund Amount}} please");
  assert.equal(back("and"), "and");
  // A span cut inside a slot's words takes the whole slot.
  assert.equal(back("0000 and"), "{{Order Number}} and");
  // Without slots a span is itself.
  const plain = readSlots("where is ORD-1001");
  assert.deepEqual(writtenSpan(plain, 3, 8), { start: 3, end: 8 });
});
