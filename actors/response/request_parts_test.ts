import assert from "node:assert/strict";
import { otherOrderIn, withRemedyAsks, withSameAgain, withWhereGoods } from "./request_parts.ts";
import type { IntentRequest } from "../../shared/protocol.ts";
import { castContext } from "../../tests/fixtures/turns.ts";

const part = (text: string, whole: string, intent: IntentRequest["intent"]): IntentRequest => {
  const start = whole.indexOf(text);
  return { intent, confidence: 0.8, text, start, end: start + text.length };
};

Deno.test("a replacement asked between two requests goes with the problem before it", () => {
  const text =
    "hi, the stand mixer arrived with a cracked bowl. can i get a replacement? and whats happening with my other order";
  const parts = withRemedyAsks(text, [
    part("hi, the stand mixer arrived with a cracked bowl", text, "delivery_problem"),
    part("whats happening with my other order", text, "order_status"),
  ]);
  assert.equal(
    parts[0].text,
    "hi, the stand mixer arrived with a cracked bowl. can i get a replacement?",
  );
  assert.equal(parts[1].text, "whats happening with my other order");
  // Words between that ask nothing, or a request a replacement does not answer, stay apart.
  const plain = "where is ORD-1001. thanks! and do you take paypal";
  const kept = withRemedyAsks(plain, [
    part("where is ORD-1001", plain, "order_status"),
    part("do you take paypal", plain, "payment_methods"),
  ]);
  assert.equal(kept[0].text, "where is ORD-1001");
});

Deno.test("'my other order' is the order beside the one the other parts name", () => {
  const c = castContext("emma");
  assert.equal(
    otherOrderIn(c, "whats happening with my other order", ["ORD-3002"])?.id,
    "ORD-3001",
  );
  assert.equal(otherOrderIn(c, "whats happening with my order", ["ORD-3002"]), null);
  assert.equal(otherOrderIn(c, "and my other order?", []), null);
  // Sarah has three orders: two are beside any one, so none is chosen.
  assert.equal(otherOrderIn(castContext("sarah"), "my other order", ["ORD-1002"]), null);
});

Deno.test("of two orders beside the one named, 'my other order' is the one the request fits", () => {
  const sarah = castContext("sarah");
  const add = "can i still add something to my other order?";
  // Beside the shipped headphones: the delivered ORD-1002 can take nothing more, ORD-1003 can.
  assert.equal(otherOrderIn(sarah, add, ["ORD-1001"], "modify_order")?.id, "ORD-1003");
  assert.equal(
    otherOrderIn(sarah, "and return my other order", ["ORD-1001"], "return_item")?.id,
    "ORD-1002",
  );
  // A question fits either: none chosen.
  assert.equal(otherOrderIn(sarah, "where is my other order", ["ORD-1001"], "order_status"), null);
});

Deno.test("'and the headphones too?' asks what the part before asks", () => {
  const text = "can i return the shoes? and the headphones too?";
  const parts = withSameAgain([
    part("can i return the shoes?", text, "return_item"),
    { ...part("and the headphones too?", text, "product_question"), confidence: 0.55 },
  ]);
  assert.equal(parts[1].intent, "return_item");
  const other = "where is my order? and do you sell gift cards too?";
  const kept = withSameAgain([
    part("where is my order?", other, "order_status"),
    part("and do you sell gift cards too?", other, "product_question"),
  ]);
  assert.equal(kept[1].intent, "product_question");
});

Deno.test("'also wheres the keyboard' beside a refund question asks where the keyboard is", () => {
  const text = "can i get a refund on the monitor? also wheres the keyboard";
  const parts = withWhereGoods([
    part("can i get a refund on the monitor?", text, "refund_request"),
    part("also wheres the keyboard", text, "refund_status"),
  ]);
  assert.deepEqual(parts.map((p) => p.intent), ["refund_request", "order_status"]);
  const money = "cancel 1003. also where is my refund";
  assert.equal(
    withWhereGoods([part("also where is my refund", money, "refund_status")])[0].intent,
    "refund_status",
  );
});
