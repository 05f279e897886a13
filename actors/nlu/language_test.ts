import assert from "node:assert/strict";
import { detectLanguage } from "./language.ts";
import { LATIN_LANGUAGES } from "./language_words.ts";

const file = new URL("../../tests/data/language_test.jsonl", import.meta.url);
const lines = (await Deno.readTextFile(file)).split("\n").filter((l) => l.trim()).map((l) =>
  JSON.parse(l) as { text: string; language: string }
);

Deno.test("the language test set has 50 lines or more per language, short ones among them", () => {
  for (const lang of LATIN_LANGUAGES) {
    const mine = lines.filter((l) => l.language === lang);
    assert.ok(mine.length >= 50, `${lang}: ${mine.length} lines`);
    const short = mine.filter((l) => l.text.split(/\s+/).length <= 2);
    assert.ok(short.length >= 10, `${lang}: ${short.length} lines of one or two words`);
  }
});

Deno.test("each of the seven languages is recognised in 90% of its test lines or more", () => {
  for (const lang of LATIN_LANGUAGES) {
    const mine = lines.filter((l) => l.language === lang);
    const missed = mine.filter((l) => detectLanguage(l.text).language !== lang);
    const accuracy = 1 - missed.length / mine.length;
    assert.ok(
      accuracy >= 0.9,
      `${lang}: ${accuracy.toFixed(3)}, missed ${missed.map((l) => l.text).join(" | ")}`,
    );
  }
});

Deno.test("greetings and thanks of one word are recognised", () => {
  const cases: [string, string][] = [
    ["hola", "es"],
    ["gracias", "es"],
    ["merci", "fr"],
    ["bonjour", "fr"],
    ["danke", "de"],
    ["tschüss", "de"],
    ["obrigado", "pt"],
    ["olá", "pt"],
    ["grazie", "it"],
    ["buongiorno", "it"],
    ["bedankt", "nl"],
    ["goedemorgen", "nl"],
    ["thanks", "en"],
    ["hello", "en"],
  ];
  for (const [text, lang] of cases) assert.equal(detectLanguage(text).language, lang, text);
});

Deno.test("English messages with nothing else to go on stay English", () => {
  for (
    const text of [
      "",
      "ok",
      "y",
      "ORD-1001",
      "TRK1234567890",
      "👍",
      "!!!",
      "excellent product, excellent service",
      "u take apple pay?",
      "Over rated.",
      "My order ORD-1001 de la Cruz street",
      "sarah.chen@example.com",
      // Read as Portuguese ("as" is an article there) and handed to a colleague (talk24).
      "same as before",
      "as before",
    ]
  ) {
    assert.equal(detectLanguage(text).language, "en", JSON.stringify(text));
  }
});

Deno.test("our own English test messages are all read as English", async () => {
  const own = (await Deno.readTextFile(new URL("../../tests/data/nlu_test.jsonl", import.meta.url)))
    .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text as string);
  const foreign = own.filter((t) => detectLanguage(t).language !== "en");
  assert.deepEqual(foreign, []);
});

Deno.test("other scripts are named by their script", () => {
  assert.equal(detectLanguage("Где мой заказ?").language, "ru");
  assert.equal(detectLanguage("Πού είναι η παραγγελία μου;").language, "el");
  assert.equal(detectLanguage("أين طلبي؟").language, "ar");
  assert.equal(detectLanguage("我的订单在哪里？").language, "zh");
  assert.equal(detectLanguage("注文はどこですか").language, "ja");
  assert.equal(detectLanguage("제 주문은 어디에 있나요?").language, "ko");
  // A Latin order id in a Russian sentence does not make it English.
  assert.equal(detectLanguage("Где заказ ORD-1001?").language, "ru");
});

Deno.test("confidence is a probability and higher for a clear sentence than a lone word", () => {
  const clear = detectLanguage("Bonjour, je voudrais annuler ma commande, s'il vous plaît.");
  const lone = detectLanguage("merci");
  assert.equal(clear.language, "fr");
  assert.ok(clear.confidence > 0 && clear.confidence <= 1);
  assert.ok(lone.confidence > 0 && lone.confidence <= 1);
  assert.ok(clear.confidence >= lone.confidence, `${clear.confidence} >= ${lone.confidence}`);
});

Deno.test("English chat thanks ('ta', 'ty', 'np') are English, 'ta commande' is still French", () => {
  for (const t of ["ta", "ta!", "cheers ta", "ty", "kk", "np"]) {
    assert.equal(detectLanguage(t).language, "en", t);
  }
  assert.equal(detectLanguage("où est ta commande ?").language, "fr");
});
