/**
 * The answer to what our last reply asked for: an address, the items to change, or one of
 * the changes offered; a request of its own is not taken for the answer.
 */
import assert from "node:assert/strict";
import type { AskedFor, Intent } from "../../shared/protocol.ts";
import { extractEntities } from "./entities.ts";
import { indexProducts } from "./products.ts";
import { answerToAsked } from "./asked_answer.ts";
import { looksLikeAddress } from "../../domain/address.ts";

const now = new Date("2026-11-25T12:00:00Z");
const products = indexProducts([{ sku: "KIT-001", name: "Blue Ceramic Mug" }]);
const ADDRESS: AskedFor = { slot: "address", intent: "change_address", order_id: "ORD-1003" };
const ITEMS: AskedFor = { slot: "items", intent: "modify_order", order_id: "ORD-1003" };
const CHOICE: AskedFor = {
  slot: "choice",
  intent: "delivery_problem",
  order_id: "ORD-3001",
  options: ["refund", "replacement"],
};

function answer(asked: AskedFor, text: string, intent: Intent = "other", confidence = 0.4) {
  const entities = extractEntities(text, { now, products });
  return answerToAsked(asked, text, { entities, reading: { intent, confidence } });
}

Deno.test("an address after we asked for one is the address, for the order asked about", () => {
  for (
    const text of [
      "22 Baker Street, London NW1 6XE",
      "the address is 5 Elm Road, Leeds LS1 4AB",
      "it's 1203 Elm Street, Springfield, IL 62704",
    ]
  ) {
    assert.deepEqual(answer(ADDRESS, text), { intent: "change_address", order_id: "ORD-1003" });
  }
  // Part of one is still the answer: the template asks for the rest.
  assert.deepEqual(answer(ADDRESS, "22 Baker Street"), {
    intent: "change_address",
    order_id: "ORD-1003",
  });
});

Deno.test("what is no address, or a request of its own, does not answer the address", () => {
  assert.equal(answer(ADDRESS, "hmm let me check with my wife"), null);
  assert.equal(
    answer(ADDRESS, "cancel it, 22 Baker Street, London NW1 6XE", "cancel_order", 0.9),
    null,
  );
  assert.equal(looksLikeAddress("where is my parcel"), false);
});

Deno.test("the item and quantity after we asked which item answer it", () => {
  assert.deepEqual(answer(ITEMS, "2 of the mugs"), {
    intent: "modify_order",
    order_id: "ORD-1003",
  });
  assert.deepEqual(answer(ITEMS, "remove the mug", "product_question", 0.7), {
    intent: "modify_order",
    order_id: "ORD-1003",
  });
  assert.equal(answer(ITEMS, "never mind"), null);
  // "Ok then 4" after "how many would you like in total?": the count.
  for (const t of ["ok then 4", "ok, make it 4", "fine 3 then"]) {
    assert.deepEqual(answer(ITEMS, t), { intent: "modify_order", order_id: "ORD-1003" }, t);
  }
});

Deno.test("a choice of one of the changes offered asks for that change", () => {
  assert.deepEqual(answer(CHOICE, "the refund", "refund_status", 0.83), {
    intent: "refund_request",
    order_id: "ORD-3001",
  });
  assert.deepEqual(answer(CHOICE, "a replacement please"), {
    intent: "delivery_problem",
    order_id: "ORD-3001",
  });
  assert.equal(answer(CHOICE, "do you take PayPal?", "payment_methods", 0.9), null);
  assert.equal(answer(CHOICE, "cancel it"), null);
});

Deno.test("after 'which order?' about a change, a message naming one carries the change on", () => {
  const WHICH: AskedFor = {
    slot: "order",
    intent: "change_address",
    order_id: null,
    text: "change the address on my other order to 5 Elm Street, Boston MA 02118",
    orders: ["ORD-1003", "ORD-1001"],
  };
  const carried = { intent: "change_address", order_id: null };
  // By number (read as a status question alone; a bare one is the context's to check), by
  // place in our list, by state or product.
  assert.deepEqual(answer(WHICH, "ORD-1003", "order_status", 0.8), {
    ...carried,
    order_id: "ORD-1003",
  });
  assert.deepEqual(answer(WHICH, "1003", "order_status", 0.8), carried);
  assert.deepEqual(answer(WHICH, "the first one"), { ...carried, order_id: "ORD-1003" });
  assert.deepEqual(answer(WHICH, "the second one please"), { ...carried, order_id: "ORD-1001" });
  assert.deepEqual(answer(WHICH, "the one being prepared"), carried);
  assert.deepEqual(answer(WHICH, "the shoes", "product_question", 0.4), carried);
  // Thanks, a yes or a request of its own are no answer.
  assert.equal(answer(WHICH, "thanks", "small_talk", 0.95), null);
  assert.equal(answer(WHICH, "yes", "affirm", 0.95), null);
  assert.equal(answer(WHICH, "actually just cancel ORD-1003", "cancel_order", 0.9), null);
});

Deno.test("'where's my keyboard' after 'which order would you like to return?' asks where it is", () => {
  const RETURN: AskedFor = { slot: "order", intent: "return_item", order_id: null };
  assert.equal(answer(RETURN, "where's my keyboard", "order_status", 0.9), null);
  assert.equal(answer(RETURN, "when will the keyboard arrive", "order_status", 0.9), null);
  // Naming the order alone still answers.
  assert.notEqual(answer(RETURN, "the keyboard", "order_status", 0.5), null);
  assert.notEqual(answer(RETURN, "1003", "order_status", 0.5), null);
});

Deno.test("a town alone answers the rest of an address given in part, not a fresh question", () => {
  const rest: AskedFor = { ...ADDRESS, text: "12 Baker Street" };
  assert.deepEqual(answer(rest, "London"), { intent: "change_address", order_id: "ORD-1003" });
  assert.deepEqual(answer(rest, "it's Leeds"), { intent: "change_address", order_id: "ORD-1003" });
  // Nothing given yet: a word alone is no address; a yes is no town.
  assert.equal(answer(ADDRESS, "London"), null);
  assert.equal(answer(rest, "yes", "affirm", 0.9), null);
});

Deno.test("a yes to 'would you like to change a delivery address?' is that request", () => {
  const MEANING: AskedFor = {
    slot: "meaning",
    intent: "change_address",
    order_id: null,
    text: "ok it's 22 Baker Street, London NW1 6XE",
  };
  assert.deepEqual(answer(MEANING, "yes", "affirm", 0.95), {
    intent: "change_address",
    order_id: null,
  });
  assert.equal(answer(MEANING, "no", "deny", 0.95), null);
  assert.equal(answer(MEANING, "where is my order", "order_status", 0.9), null);
});

Deno.test("an offer in passing is taken up by a yes, not by a nod", () => {
  const offer: AskedFor = {
    slot: "meaning",
    intent: "shipping_options",
    order_id: "ORD-1003",
    text: "please speed it up",
    offered: true,
  };
  for (const t of ["ok let's do that then", "yes please", "do it"]) {
    assert.deepEqual(answer(offer, t, "affirm", 0.7), {
      intent: "shipping_options",
      order_id: "ORD-1003",
    }, t);
  }
  for (const t of ["ok", "great thanks", "cool, got it"]) {
    assert.equal(answer(offer, t, "affirm", 0.7), null, t);
  }
  // A question asked ("would you like to change a delivery address?") takes an "ok" as a yes.
  const asked: AskedFor = { ...offer, offered: undefined };
  assert.notEqual(answer(asked, "ok", "affirm", 0.7), null);
});

Deno.test("'the whole thing then' after 'one of those off, or the whole order?' cancels the order", () => {
  const lines: AskedFor = { slot: "items", intent: "cancel_order", order_id: "ORD-1003" };
  assert.deepEqual(answer(lines, "the whole thing then"), {
    intent: "cancel_order",
    order_id: "ORD-1003",
  });
  // After "which item, and how many?" about a change of items, "all of it" names no item.
  assert.equal(answer(ITEMS, "the whole thing then"), null);
});

Deno.test("'I want the vacuum' after 'a refund or a replacement?' chooses the goods: the replacement", () => {
  const LOST: AskedFor = { ...CHOICE, options: ["refund", "replacement"] };
  assert.deepEqual(answer(LOST, "I want the vacuum"), {
    intent: "delivery_problem",
    order_id: "ORD-3001",
  });
  assert.deepEqual(answer(LOST, "I want my money back"), {
    intent: "refund_request",
    order_id: "ORD-3001",
  });
});

Deno.test("'first, remove the frother from …' after 'which order?' picks no order by place", () => {
  const WHICH: AskedFor = {
    slot: "order",
    intent: "modify_order",
    order_id: null,
    text: "I'd like to change something on both",
    orders: ["ORD-1003", "ORD-1001"],
  };
  for (
    const text of [
      "first, remove the bottles from the shoes order",
      "firstly: take the bottles off",
      "ok first of all, the bottles need to go",
    ]
  ) {
    assert.notEqual(answer(WHICH, text, "modify_order", 0.8)?.order_id, "ORD-1003", text);
  }
  assert.equal(answer(WHICH, "the first one", "other", 0.4)?.order_id, "ORD-1003");
  assert.equal(answer(WHICH, "first one pls", "other", 0.4)?.order_id, "ORD-1003");
});
