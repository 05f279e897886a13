/** Shorthand and typos are read as the words they stand for; real words and a no stay. */
import assert from "node:assert/strict";
import { asTyped, typedWord } from "./typed_words.ts";

Deno.test("texting shorthand and typos of our examples' words are written out", () => {
  assert.equal(asTyped("cn u chek 1002"), "can you check 1002");
  assert.equal(asTyped("i want to add anothr water bottle"), "i want to add another water bottle");
  assert.equal(asTyped("any updte?"), "any update?");
  assert.equal(asTyped("yh go ahed"), "yeah go ahead");
  assert.equal(asTyped("wen will my keybord arive"), "when will my keyboard arrive");
});

Deno.test("a no typed short stays a no, and a no is never spelt into a yes", () => {
  assert.equal(asTyped("not rly"), "not really");
  for (const text of ["nah", "nope", "yea no", "no thats ok", "nah all good"]) {
    assert.equal(asTyped(text), null, text);
  }
});

Deno.test("a real word, a word with an ending, an email and a contraction are left alone", () => {
  assert.equal(asTyped("ok sorry for snapping at you. can you chase fedex then?"), null);
  assert.equal(asTyped("I'm relieved to hear the replacement is on its way"), null);
  assert.equal(asTyped("write to sarah.chen@exmaple.com"), null);
  assert.equal(asTyped("they havent shipped right"), null);
  assert.equal(typedWord("thats"), null);
  assert.equal(typedWord("cancer"), null);
});

Deno.test("another language's words and an English contraction are never spelt", () => {
  for (const text of ["Hallo", "wie lange dauert eine Rückerstattung?", "danke, tschüss"]) {
    assert.equal(asTyped(text), null, text);
  }
  assert.equal(asTyped("what if it doesn't come by then"), null);
});

Deno.test("a learner's 'please to' asks as 'please' does", () => {
  assert.equal(asTyped("yes please to send"), "yes please send");
  assert.equal(
    asTyped("please to change my address of order 1003"),
    "please change my address of order 1003",
  );
  assert.equal(asTyped("pleased to meet you"), null);
});

Deno.test("'kindly proceed' asks as 'please proceed'; a dictated order is its digits", () => {
  assert.equal(asTyped("Yes kindly proceed."), "Yes please proceed.");
  assert.equal(asTyped("thank you kindly"), null);
  assert.equal(asTyped("where is order one thousand and one"), "where is order 1001");
});

Deno.test("two edits are read in a long word no English word is", () => {
  assert.equal(asTyped("wats the warenty on it"), "what's the warranty on it");
  assert.equal(asTyped("can i get a refund on my purchse"), "can i get a refund on my purchase");
  assert.equal(asTyped("the parcel is in the memphis hub"), null);
});

Deno.test("two edits keep the first two letters; a doubled letter is no ending", () => {
  assert.equal(asTyped("Need a new passcode."), null);
  assert.equal(asTyped("how do i cancell an order"), "how do i cancel an order");
});
