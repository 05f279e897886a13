/**
 * `deno run -A scripts/import_banking77.ts <intent_banking77_train.jsonl>`: copies the part of
 * BANKING77 (Casanueva et al. 2020, CC BY 4.0) that the intent classifier uses into the
 * project, mapped to our taxonomy, and splits it into five folds by label. Run by hand when
 * the mapping changes; nothing reads the source file at run time.
 *
 * Writes `actors/nlu/public/banking77.json` (every line used, with its fold) and
 * `tests/data/banking77_heldout.jsonl` (fold 0, which the shipped model never trains on).
 */
import {
  BANKING77_MAP,
  banking77Intent,
  OTHER_PER_LABEL,
} from "../actors/nlu/public/banking77_map.ts";
import { shuffled } from "../shared/random.ts";

/** One line of the source file. */
interface SourceLine {
  text: string;
  source_label: string;
}

const from = Deno.args[0];
if (!from) {
  // deno-lint-ignore no-console
  console.error("usage: deno run -A scripts/import_banking77.ts <intent_banking77_train.jsonl>");
  Deno.exit(2);
}
const root = new URL("../", import.meta.url);
const lines: SourceLine[] = (await Deno.readTextFile(from)).split("\n").filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const byLabel = new Map<string, SourceLine[]>();
for (const l of lines) {
  const list = byLabel.get(l.source_label) ?? [];
  list.push(l);
  byLabel.set(l.source_label, list);
}
const out: { text: string; source_label: string; intent: string; fold: number }[] = [];
const seen = new Set<string>();
for (const label of [...byLabel.keys()].sort()) {
  const rule = BANKING77_MAP[label];
  if (rule === undefined) throw new Error(`Cannot map BANKING77 label ${label}: not in the map`);
  if (rule === "excluded") continue;
  let kept = byLabel.get(label)!.map((l) => ({ l, intent: banking77Intent(l.text, label) }))
    .filter((x) => x.intent !== null);
  // Off-topic labels: a spread sample of each (seeded), enough to teach the language.
  if (rule === "other") kept = shuffled(kept, label).slice(0, OTHER_PER_LABEL);
  let i = 0;
  for (const { l, intent } of kept) {
    const key = l.text.toLowerCase().trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: l.text.trim(), source_label: label, intent: intent!, fold: i++ % 5 });
  }
}
await Deno.writeTextFile(
  new URL("actors/nlu/public/banking77.json", root),
  "[\n" + out.map((o) => "  " + JSON.stringify(o)).join(",\n") + "\n]\n",
);
await Deno.writeTextFile(
  new URL("tests/data/banking77_heldout.jsonl", root),
  out.filter((o) => o.fold === 0).map((o) => JSON.stringify({ text: o.text, intent: o.intent }))
    .join("\n") + "\n",
);
const counts: Record<string, number> = {};
for (const o of out) counts[o.intent] = (counts[o.intent] ?? 0) + 1;
// deno-lint-ignore no-console
console.log(JSON.stringify({ lines: out.length, by_intent: counts }));
