import assert from "node:assert/strict";
import { decodeWordValence, inducedValence, readInduced } from "./induced_valence.ts";
import { readText } from "./wink.ts";
import { loadWink } from "./wink.ts";

const nlp = loadWink();
const tokens = (text: string) => readText(nlp, text).tokens;

Deno.test("a table decodes to the valences it was written with", () => {
  const values = Int8Array.from([3, -64, 127]);
  const map = decodeWordValence({
    about: "test",
    scale: 0.005,
    words: "meh yucky yummy",
    values: new Uint8Array(values.buffer).toBase64(),
  });
  assert.equal(map.size, 3);
  assert.ok(Math.abs(map.get("yummy")! - 0.635) < 1e-9);
  assert.ok(Math.abs(map.get("yucky")! + 0.32) < 1e-9);
  assert.ok(Math.abs(map.get("meh")! - 0.015) < 1e-9);
  for (const absent of ["", "me", "mehh", "yum", "yummyy", "zzz", "aaa"]) {
    assert.equal(map.get(absent), undefined, absent);
  }
  assert.throws(
    () => decodeWordValence({ about: "", scale: 1, words: "a b", values: "AA==" }),
    /1 values for 2 words/,
  );
});

Deno.test("every word of the shipped table is found", async () => {
  const { default: file } = await import("./word_valence.json", { with: { type: "json" } });
  const table = decodeWordValence(file);
  const words = file.words.split(" ");
  assert.equal(table.size, words.length);
  assert.ok(words.length > 30_000);
  for (const w of words) assert.notEqual(table.get(w), undefined, w);
});

Deno.test("review words no lexicon rates get their mood from the vectors", () => {
  for (const word of ["tasty", "flavorful", "juicy"]) {
    assert.ok((inducedValence(word) ?? 0) > 0.1, `${word}: ${inducedValence(word)}`);
  }
  for (const word of ["soggy", "stale", "greasy"]) {
    assert.ok((inducedValence(word) ?? 0) < -0.1, `${word}: ${inducedValence(word)}`);
  }
  // Words a lexicon already rates are left to it.
  for (const word of ["great", "awful", "bland", "delicious"]) {
    assert.equal(inducedValence(word), undefined, word);
  }
});

Deno.test("shop nouns and order words carry next to no induced mood", () => {
  for (const word of ["phone", "keyboard", "order", "parcel", "refund", "laptop", "charger"]) {
    assert.ok(Math.abs(inducedValence(word) ?? 0) < 0.2, `${word}: ${inducedValence(word)}`);
  }
});

Deno.test("a negation reverses the induced mood of the next words", () => {
  const plain = readInduced(tokens("the fries were soggy"));
  assert.ok(plain.negative > 0.1 && plain.positive < plain.negative);
  const negated = readInduced(tokens("the fries were not soggy"));
  assert.ok(negated.positive > negated.negative, JSON.stringify(negated));
  // Punctuation ends the negation's scope.
  const ended = readInduced(tokens("not at all. the fries were soggy"));
  assert.ok(ended.negative > ended.positive, JSON.stringify(ended));
  assert.deepEqual(readInduced(tokens("ORD-1001 #3001")), { positive: 0, negative: 0 });
});

Deno.test("the sentiment model reads the induced valences the right way round", async () => {
  const { sentimentFeatures } = await import("./sentiment_features.ts");
  const { lexiconSentiment } = await import("./sentiment_lexicon.ts");
  const features = (text: string) => {
    const x = sentimentFeatures(lexiconSentiment(nlp, text));
    return new Map(x.names.map((n, i) => [n, x.values[i]]));
  };
  const stale = features("the bread was stale and soggy");
  assert.ok(stale.get("iv-")! > 0.1 && stale.get("iv+")! < stale.get("iv-")!);
  const order = features("where is ORD-1001");
  assert.ok(order.get("iv+")! < 0.05 && order.get("iv-")! < 0.05, JSON.stringify([...order]));
  // The shipped model learned that an induced positive mood favours a positive reading over
  // a negative one, and an induced negative mood the reverse (negative, neutral, positive).
  const { default: shipped } = await import("./sentiment_model.json", { with: { type: "json" } });
  const w = shipped.model.features as Record<string, number[]>;
  assert.ok(w["iv+"][2] - w["iv+"][0] > 0.2, `iv+ ${w["iv+"]}`);
  assert.ok(w["iv-"][0] - w["iv-"][2] > 0.2, `iv- ${w["iv-"]}`);
});
