import assert from "node:assert/strict";
import { onOneOrder } from "./multi_order.ts";
import { requestView } from "./multi.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import { invoiceRequest, orderStatus } from "./orders_info.ts";
import { shippingOptions } from "./info.ts";
import { changeAddress } from "./orders_change.ts";
import type { IntentRequest } from "../../shared/protocol.ts";

const text = "where's my order and send me the invoice";
const requests: IntentRequest[] = [
  { intent: "order_status", confidence: 0.9, text: "where's my order", start: 0, end: 16 },
  { intent: "invoice_request", confidence: 0.9, text: "send me the invoice", start: 21, end: 40 },
];

Deno.test("a 'which order?' beside a question that landed on one order is answered for it", () => {
  const context = { ...castContext("mike"), order: null, order_lookup: "none" as const };
  const msg = turnWith({ text, who: "mike", intent: intentOf("order_status", text), context });
  const v = viewOf(msg, new Date(msg.created_at));
  const render = (s: typeof v) =>
    s.intent === "invoice_request" ? invoiceRequest(s, "neutral") : orderStatus(s, "neutral");
  const subs = requests.map((r) => requestView(v, r.intent, r.text));
  assert.equal(render(subs[0]).template, "which_order", "alone it asks which");
  const { drafts } = onOneOrder(subs, requests, render);
  assert.notEqual(drafts[0].template, "which_order");
  assert.match(drafts[0].text, /ORD-2001/);
  assert.doesNotMatch(drafts[0].text, /ORD-2002/);
  assert.match(drafts[1].text, /invoice for order ORD-2001/);
});

Deno.test("'speed it up' beside a change that landed on one order is about that order", () => {
  const said = "change the address and also speed it up";
  const parts: IntentRequest[] = [
    { intent: "change_address", confidence: 0.9, text: "change the address", start: 0, end: 18 },
    { intent: "shipping_options", confidence: 0.9, text: "speed it up", start: 28, end: 39 },
  ];
  const context = { ...castContext("sarah"), order: null, order_lookup: "none" as const };
  const msg = turnWith({
    text: said,
    who: "sarah",
    intent: intentOf("change_address", said),
    context,
  });
  const v = viewOf(msg, new Date(msg.created_at));
  const render = (s: typeof v) =>
    s.intent === "change_address" ? changeAddress(s, "neutral") : shippingOptions(s, "neutral");
  const subs = parts.map((r) => requestView(v, r.intent, r.text));
  assert.doesNotMatch(render(subs[1]).text, /ORD-1003/, "alone it is the speeds' price list");
  const { drafts } = onOneOrder(subs, parts, render);
  assert.match(drafts[1].text, /ORD-1003/);
  assert.equal(drafts[1].proposed_actions[0]?.type, "expedite_order");
});
