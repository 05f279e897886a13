import assert from "node:assert/strict";
import { pushbackOf, refusalOf } from "./pushback.ts";
import { CAST_ORDERS, CAST_TRACKING, FIXTURE_NOW } from "../tests/fixtures/turns.ts";

Deno.test("pushes on a no are read by their kind, in shoppers' words", () => {
  const kinds: [string, string][] = [
    ["but please, I really need it cancelled", "plea"],
    ["pretty please?", "plea"],
    ["pls pls pls", "plea"],
    ["but pleeease", "plea"],
    ["its only one day late, come on", "plea"],
    ["but please, i moved!", "plea"],
    ["I've been shopping here for 5 years and this is how you treat me?", "loyal"],
    ["ugh. I've been a loyal customer for 6 years", "loyal"],
    ["can't you make an exception just this once", "exception"],
    ["I insist", "insist"],
    ["i mean it", "insist"],
    ["seriously?? just cancel it", "insist"],
    ["this is ridiculous", "insist"],
    ["I insist. Change it.", "insist"],
    ["if you don't cancel it I'll leave a 1-star review everywhere", "insist"],
    ["cancel it or I'm doing a chargeback", "insist"],
    ["fine, I'll report you", "insist"],
    ["fine, then what CAN you do?", "options"],
    ["what are my options then", "options"],
    ["what else can I do", "options"],
    ["ugh seriously? fine what can i do instead", "options"],
  ];
  for (const [text, kind] of kinds) assert.equal(pushbackOf(text), kind, text);
});

Deno.test("a request or a question with 'please' in it is no push", () => {
  for (
    const text of [
      "cancel ORD-1001 please",
      "where is my order please",
      "can you at least tell me where it is then?",
      "ok can I return it once it arrives?",
      "ok thanks",
      "so when will it arrive then?",
    ]
  ) assert.equal(pushbackOf(text), null, text);
});

Deno.test("the store's no is found for each change the rules refuse, and none when allowed", () => {
  const shipped = CAST_ORDERS["ORD-1001"];
  const tracking = CAST_TRACKING["ORD-1001"];
  assert.equal(refusalOf("cancel_order", shipped, FIXTURE_NOW, tracking)?.code, "already_shipped");
  assert.ok(refusalOf("change_address", shipped, FIXTURE_NOW, tracking));
  assert.ok(refusalOf("return_item", shipped, FIXTURE_NOW, tracking));
  assert.ok(refusalOf("refund_request", shipped, FIXTURE_NOW, tracking));
  const processing = CAST_ORDERS["ORD-1003"];
  assert.equal(refusalOf("cancel_order", processing, FIXTURE_NOW, null), null);
  assert.equal(refusalOf("order_status", shipped, FIXTURE_NOW, tracking), null);
});
