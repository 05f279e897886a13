/**
 * Compares the NLU of two checkouts of the project in one process, for a machine shared with
 * other work where two runs of `nlu_bench.ts` can differ by a factor of two. Both checkouts'
 * actors are loaded side by side and run in turns, round by round, over the 322 test
 * messages. The CPU time per message is reported as min, p10, p25 and median for each, with
 * the load average.
 *
 * `deno run -A bench/nlu_compare.ts [--rounds 60] [--process] <checkout> <checkout>…`
 * (a checkout is a directory, e.g. one made by `git archive <commit> | tar -x -C <dir>` with
 * `node_modules` linked). `--process` times the two actors' `process` alone, on messages
 * built before; without it, `readMessage` builds each message as `nlu_bench.ts` does.
 * Two copies of the same code differ by up to about 5% at p10 and median under load; compare
 * those, not the best round.
 */
import { cpuUsage } from "node:process";
import { parseArgs } from "node:util";
import { parseLabelledLines } from "../actors/nlu/evaluate.ts";

/** CPU µs per message of one checkout, over the rounds. */
export interface CheckoutFigures {
  root: string;
  min: number;
  p10: number;
  p25: number;
  median: number;
}

/** Options for `compareNlu`. */
export interface CompareOptions {
  /** Directories of the checkouts to compare. */
  roots: readonly string[];
  /** Rounds over the test messages, each checkout once per round (default 60). */
  rounds?: number;
  /** Time the actors' `process` alone, on messages built before. */
  processOnly?: boolean;
}

const SAMPLE = new URL("../tests/data/nlu_test.jsonl", import.meta.url);

/** Runs the checkouts in turns and returns their CPU µs per message. */
export async function compareNlu(opts: CompareOptions): Promise<CheckoutFigures[]> {
  const texts = parseLabelledLines(await Deno.readTextFile(SAMPLE)).map((l) => l.text);
  const runners: { root: string; run: () => Promise<void>; times: number[] }[] = [];
  for (const root of opts.roots) {
    const run = await runnerFor(root, texts, opts.processOnly ?? false);
    await run(); // warm the JIT and the caches
    runners.push({ root, run, times: [] });
  }
  const rounds = opts.rounds ?? 60;
  for (let r = 0; r < rounds; r++) {
    // Alternate who goes first, so neither always runs after the other's garbage.
    for (const x of r % 2 === 0 ? runners : [...runners].reverse()) {
      const before = cpuUsage();
      await x.run();
      const used = cpuUsage(before);
      x.times.push((used.user + used.system) / texts.length);
    }
  }
  return runners.map(({ root, times }) => {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))] * 10) / 10;
    return { root, min: at(0), p10: at(0.1), p25: at(0.25), median: at(0.5) };
  });
}

async function runnerFor(
  root: string,
  texts: readonly string[],
  processOnly: boolean,
): Promise<() => Promise<void>> {
  const at = (path: string) => new URL(path, `file://${root.replace(/\/?$/, "/")}`).href;
  const intentModel = await import(at("actors/nlu/intent_model.ts"));
  const sentimentModel = await import(at("actors/nlu/sentiment_model.ts"));
  const deps = {
    llm: null,
    classifier: intentModel.sharedIntentClassifier(),
    sentiment: sentimentModel.sharedSentimentModel(),
  };
  if (!processOnly) {
    const { readMessage } = await import(at("scripts/read_message.ts"));
    return async () => {
      for (const text of texts) await readMessage(text, { deps });
    };
  }
  const { createMessage } = await import(at("shared/protocol.ts"));
  const { intentActor } = await import(at("actors/intent.ts"));
  const { sentimentActor } = await import(at("actors/sentiment.ts"));
  const { silentLogger } = await import(at("shared/log.ts"));
  const now = new Date("2026-11-25T15:30:00Z");
  const messages = texts.map((text) =>
    createMessage({ text, conversationId: "nlu", channel: "test", now })
  );
  const ctx = {
    signal: new AbortController().signal,
    log: silentLogger,
    now: () => now,
    deliveryCount: 1,
  };
  return async () => {
    for (const msg of messages) {
      await sentimentActor.process(msg, deps, ctx);
      await intentActor.process(msg, deps, ctx);
    }
  };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: { rounds: { type: "string" }, process: { type: "boolean" } },
  });
  if (positionals.length === 0) {
    throw new Error(
      "Usage: deno run -A bench/nlu_compare.ts [--rounds N] [--process] <checkout>…",
    );
  }
  const figures = await compareNlu({
    roots: positionals.map((p) => Deno.realPathSync(p)),
    rounds: values.rounds ? Number(values.rounds) : undefined,
    processOnly: values.process ?? false,
  });
  const load = Deno.loadavg().map((l) => Math.round(l * 100) / 100);
  // deno-lint-ignore no-console
  console.log(JSON.stringify({ cpu_us_per_message: figures, load_average: load }, null, 2));
}
