/**
 * Lines of a test set that come near a training example: word sets overlapping by 80 % or
 * more (Jaccard), for lines of three words or more. A held-out set stays honest only while
 * training does not copy it.
 */
import { parseLabelledLines } from "../../actors/nlu/evaluate.ts";

/** The lines of the labelled set `file` that nearly copy a training example (ours or public). */
export async function nearCopiesOf(file: URL): Promise<string[]> {
  const { PUBLIC_TRAINING, TRAINING_EXAMPLES } = await import("../../actors/nlu/train/mod.ts");
  const words = (t: string) => new Set(t.toLowerCase().match(/[a-z0-9']+/g) ?? []);
  const trained = [
    ...Object.values(TRAINING_EXAMPLES).flat(),
    ...PUBLIC_TRAINING.map((e) => e.text),
  ].map(words);
  const lines = parseLabelledLines(await Deno.readTextFile(file));
  return lines.filter((l) => {
    const a = words(l.text);
    if (a.size < 3) return false;
    return trained.some((b) => {
      let both = 0;
      for (const w of a) if (b.has(w)) both++;
      return both / (a.size + b.size - both) >= 0.8;
    });
  }).map((l) => l.text);
}
