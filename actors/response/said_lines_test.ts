import assert from "node:assert/strict";
import { linesSaidBefore } from "./said_lines.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

const context = castContext("sarah", { order: "ORD-1002" });
function lines(text: string, said: string) {
  const msg = turnWith({ text, who: "sarah", intent: intentOf("refund_request", text), context });
  const v = { ...viewOf(msg, new Date(msg.created_at)), said };
  return linesSaidBefore(v, context.order!)?.map((l) => l.sku) ?? null;
}

Deno.test("'ok refund it' after a question about the frother is the frother's line", () => {
  assert.deepEqual(lines("ok refund it", "how much would I get back for the frother on 1002?"), [
    "KIT-110",
  ]);
  assert.deepEqual(lines("fine, return that one", "is the milk frother covered?"), ["KIT-110"]);
});

Deno.test("the whole order, another order, or nothing named before: no lines carried", () => {
  const said = "how much would I get back for the frother?";
  assert.equal(lines("ok refund the whole order", said), null);
  assert.equal(lines("refund it all", said), null);
  assert.equal(lines("ok refund it", "where is ORD-1003?"), null);
  assert.equal(lines("ok refund it", "the frother on 1001 is broken"), null);
  assert.equal(lines("ok refund it", "where is my order?"), null);
  assert.equal(lines("ok refund it", "the espresso machine and the frother both leak"), null);
});
