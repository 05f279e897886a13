import assert from "node:assert/strict";
import { isSupportTypo, spellForReading, SupportLexicon, supportWords } from "./support_words.ts";
import { sharedIntentClassifier, spellKnownNames } from "./intent_model.ts";
import { loadWink, readText } from "./wink.ts";

Deno.test("support words are the English words of six letters or more that several examples use", () => {
  const words = supportWords([
    ["where is my package", "my package is late", "the package never came"],
    ["package acount acount acount", "delivery", "delivery"],
  ]);
  assert.ok(words.has("package"));
  // A typo in the examples is no word to correct towards; two examples are not enough.
  assert.equal(words.has("acount"), false);
  assert.equal(words.has("delivery"), false);
});

Deno.test("only a content word WordNet does not know may be a misspelling", () => {
  const nlp = loadWink();
  const [please, amount, packge] = ["please", "amount", "packge"].map((w) =>
    readText(nlp, w).tokens[0]
  );
  assert.equal(isSupportTypo(please), false);
  assert.equal(isSupportTypo(amount), false);
  assert.equal(isSupportTypo(packge), true);
});

Deno.test("the lexicon finds a word by its first letter and length, and only one edit away", () => {
  const lexicon = new SupportLexicon(["package", "payment", "password", "delivery"]);
  assert.equal(lexicon.near("packge"), "package");
  assert.equal(lexicon.near("pasword"), "password");
  assert.equal(lexicon.near("paymnt"), "payment");
  assert.equal(lexicon.near("ackage"), null);
  assert.equal(lexicon.near("pxxxxge"), null);
});

Deno.test("misspelt support words are read as the words, known words are left alone", () => {
  const nlp = loadWink();
  const support = new SupportLexicon(["package", "delivery", "newsletter", "amount"]);
  const spell = (text: string) =>
    spellKnownNames(text, readText(nlp, text).tokens, {
      names: new Set(),
      known: new Set(),
      vocabulary: new Set(),
      support,
    });
  assert.equal(spell("my packge is late"), "my package is late");
  assert.equal(spell("delivry options"), "delivery options");
  assert.equal(spell("fix the amount please"), null);
});

Deno.test("the classifier reads shoppers' misspellings of support words", () => {
  const c = sharedIntentClassifier();
  // Both were read as something else before support words were spelt.
  assert.equal(c.classify("delivry options?").intent, "shipping_options");
  assert.equal(c.classify("my packge arived damagd").intent, "delivery_problem");
});

Deno.test("a typo that drops a doubled letter is that word where another fits as well", () => {
  const lexicon = new SupportLexicon(["account", "amount", "address", "payment"]);
  assert.equal(lexicon.near("acount"), null);
  assert.equal(lexicon.nearest("acount"), "account");
  assert.equal(lexicon.nearest("adress"), "address");
  assert.equal(lexicon.nearest("amont"), null);
});

Deno.test("a typo the examples know is still read as its word for the reply, not for the class", () => {
  const c = sharedIntentClassifier();
  // The examples hold "delet my acount": the classifier reads it, the FAQ needs "account".
  const p = c.classify("delete my acount");
  assert.equal(p.intent, "account_update");
  assert.equal(p.spelt, "delete my account");
  assert.equal(c.classify("how do i reset my pasword").spelt, "how do i reset my password");
  // Nothing of ours to read: no spelling offered for a reply.
  assert.equal(c.classify("how do I get a new passport").spelt, undefined);
  assert.equal(c.classify("where is my order").spelt, undefined);
});

Deno.test("spelling for reading leaves known words and short words alone", () => {
  const nlp = loadWink();
  const support = new SupportLexicon(["account", "amount", "password"]);
  const spell = (text: string) => spellForReading(text, readText(nlp, text).tokens, support);
  assert.equal(spell("close my acount please"), "close my account please");
  assert.equal(spell("the amount is wrong"), null);
  assert.equal(spell("my pw"), null);
});
