/**
 * `deno task nlu:train`: trains the sentiment model on every source (`actors/nlu/sentiment_data.ts`)
 * and writes `actors/nlu/sentiment_model.json`, which the sentiment actor loads at start-up
 * (training takes about a second of CPU, loading a few milliseconds). Run it after changing
 * the examples, the features or the settings; `actors/nlu/sentiment_model_file_test.ts` fails
 * until the file matches what training gives.
 */
import { createSentimentModel, formatModel } from "../actors/nlu/sentiment_model.ts";

const file = new URL("../actors/nlu/sentiment_model.json", import.meta.url);
const model = createSentimentModel();
const data = model.export();
await Deno.writeTextFile(file, formatModel(data));
// deno-lint-ignore no-console
console.log(
  `Wrote ${file.pathname}: ${data.examples} examples, ${
    Object.keys(data.model.features).length
  } features`,
);
