import assert from "node:assert/strict";
import { withoutVentBesideChange } from "./vent_beside_change.ts";
import type { IntentRequest } from "../../shared/protocol.ts";

const part = (
  intent: IntentRequest["intent"],
  confidence: number,
  text: string,
): IntentRequest => ({
  intent,
  confidence,
  text,
  start: 0,
  end: text.length,
});

Deno.test("venting beside a change asked outright is no request of its own", () => {
  const got = withoutVentBesideChange([
    part("cancel_order", 0.9, "cancel ORD-1003"),
    part("complaint", 0.8, "this bot is useless"),
  ], 0.5);
  assert.deepEqual(got.map((r) => r.intent), ["cancel_order"]);
});

Deno.test("a complaint that tells of trouble stays a request beside a question", () => {
  const told = [
    part("complaint", 0.8, "the box came crushed and nobody answers my emails"),
    part("order_status", 0.9, "where is it"),
  ];
  assert.deepEqual(withoutVentBesideChange(told, 0.5), told);
});

Deno.test("Talk23: a few words of venting beside a question asked surely are no request", () => {
  const shouted = withoutVentBesideChange([
    part("complaint", 0.6, "THIS IS UNACCEPTABLE"),
    part("order_status", 0.98, "WHERE IS MY ORDER 1001"),
  ], 0.5);
  assert.deepEqual(shouted.map((r) => r.intent), ["order_status"]);
  const joke = withoutVentBesideChange([
    part("complaint", 0.8, "this is a joke"),
    part("order_status", 0.9, "where is it"),
  ], 0.5);
  assert.deepEqual(joke.map((r) => r.intent), ["order_status"]);
});

Deno.test("venting stays a request beside a change read unsurely", () => {
  const unsure = [part("complaint", 0.8, "this is a joke"), part("refund_request", 0.3, "sort it")];
  assert.deepEqual(withoutVentBesideChange(unsure, 0.5), unsure);
});

Deno.test("'sorry, not your fault' before a question is no complaint of its own", () => {
  const got = withoutVentBesideChange([
    part("order_status", 0.74, "can you just tell me when it will arrive"),
    part("complaint", 0.88, "sorry, not your fault"),
  ], 0.5);
  assert.deepEqual(got.map((r) => r.intent), ["order_status"]);
});

Deno.test("a refund demanded is no refund's news asked; 'where is my refund' beside it still is", () => {
  const demand = withoutVentBesideChange([
    part("refund_status", 0.55, "I'm contacting my lawyer. refund my vacuum NOW"),
    part("refund_request", 0.84, "refund my vacuum NOW"),
  ], 0.5);
  assert.deepEqual(demand.map((r) => r.intent), ["refund_request"]);
  const asked = [
    part("refund_status", 0.8, "where is the refund for the keyboard"),
    part("refund_request", 0.84, "refund my vacuum"),
  ];
  assert.deepEqual(withoutVentBesideChange(asked, 0.5), asked);
});

Deno.test("'I requested a refund but can't see it' still asks after the refund", () => {
  const asked = [
    part("refund_request", 0.9, "I requested a refund"),
    part("refund_status", 0.7, "I requested a refund but can't see it"),
  ];
  assert.deepEqual(withoutVentBesideChange(asked, 0.5), asked);
});

Deno.test("'…I'm done with this shop. refund it.': the order said plainly drops the venting", () => {
  const got = withoutVentBesideChange([
    part("refund_request", 0.44, "refund it"),
    part("complaint", 0.8, "the mixer is broken and honestly I'm done with this shop"),
  ], 0.5);
  assert.deepEqual(got.map((r) => r.intent), ["refund_request"]);
});
