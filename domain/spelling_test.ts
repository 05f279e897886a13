import assert from "node:assert/strict";
import { editDistance, misspeltWord } from "./spelling.ts";

Deno.test("edit distance counts a swap of neighbouring letters as one edit", () => {
  assert.equal(editDistance("keyboard", "keybaord"), 1);
  assert.equal(editDistance("headphone", "hedphone"), 1);
  assert.equal(editDistance("espresso", "espreso"), 1);
  assert.equal(editDistance("mixer", "mixer"), 0);
});

Deno.test("a misspelt product word is read as the word it misspells", () => {
  const words = ["headphone", "keyboard", "espresso", "machine", "frother"];
  assert.equal(misspeltWord("hedphone", words), "headphone");
  assert.equal(misspeltWord("keybord", words), "keyboard");
  assert.equal(misspeltWord("heyboard", words), null, "the first letter is kept");
  assert.equal(misspeltWord("espreso", words), "espresso");
});

Deno.test("short words and words far from any product word are no misspelling", () => {
  const words = ["mini", "tent", "charger", "headphone"];
  assert.equal(misspeltWord("mine", words), null);
  assert.equal(misspeltWord("sent", words), null);
  assert.equal(misspeltWord("delivered", words), null);
  assert.equal(misspeltWord("headphone", words), null, "the word itself is no typo");
});

Deno.test("a misspelling two product words fit equally names neither", () => {
  assert.equal(misspeltWord("mittel", ["mitten", "mitter"]), null);
});

Deno.test("a shorter typo is read only when the caller lowers the length for a few words", () => {
  assert.equal(misspeltWord("botle", ["bottle", "water"]), null);
  assert.equal(misspeltWord("botle", ["bottle", "water"], 5), "bottle");
  assert.equal(misspeltWord("wator", ["bottle", "water"], 5), "water");
});
