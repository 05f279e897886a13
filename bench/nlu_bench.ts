/**
 * NLU benchmark: start-up of the models in a fresh process (imports, wink, training) and
 * throughput on one core of the classifier, the sentiment model and both actors together.
 * `deno run -A bench/nlu_bench.ts` prints the figures; `runNluBench()` returns them.
 */
import { cpuUsage } from "node:process";
import { parseLabelledLines } from "../actors/nlu/evaluate.ts";
import { sharedIntentClassifier } from "../actors/nlu/intent_model.ts";
import { readMessage } from "../scripts/read_message.ts";
import { sharedSentimentModel } from "../actors/nlu/sentiment_model.ts";

/** Start-up of the NLU in a fresh process, in ms (wall clock; `cpu_ms` is CPU time). */
export interface NluStartup {
  /** Importing the modules (wink's model file is most of it). */
  import_ms: number;
  /** Building the wink pipeline. */
  wink_ms: number;
  intent_train_ms: number;
  /** Loading the shipped sentiment model (it is trained by `deno task nlu:train`). */
  sentiment_train_ms: number;
  total_ms: number;
  /** CPU time of the whole start-up: what it costs on an idle core. */
  cpu_ms: number;
}

/** A throughput: per second of wall clock, and per second of CPU (what one idle core does). */
interface Rate {
  wall: number;
  cpu: number;
}

/** The benchmark's figures. */
export interface NluBenchResult {
  startup: NluStartup;
  /** Intent classifier alone (rules + softmax), messages per second of wall clock. */
  classifier_msgs_per_s: number;
  /** Sentiment model alone, messages per second of wall clock. */
  sentiment_msgs_per_s: number;
  /** Both actors' `process` with entity extraction, messages per second of wall clock. */
  nlu_msgs_per_s: number;
  /**
   * The same three per second of CPU time: what one idle core does, even when other work
   * slows the wall clock.
   */
  per_cpu_second: { classifier: number; sentiment: number; nlu: number };
  /** Training examples of the intent classifier and of the sentiment model. */
  examples: { intent: number; sentiment: number };
  /**
   * The machine's load average (1, 5 and 15 minutes) before and after the throughput runs:
   * on a shared machine the wall-clock figures mean little without it.
   */
  load_average: { before: number[]; after: number[] };
}

/** Options for `runNluBench`. */
export interface NluBenchOptions {
  /** How long each throughput loop runs (default 1,500 ms). */
  durationMs?: number;
}

const SAMPLE = new URL("../tests/data/nlu_test.jsonl", import.meta.url);

/** Runs the NLU benchmark and returns its figures. */
export async function runNluBench(opts: NluBenchOptions = {}): Promise<NluBenchResult> {
  const durationMs = opts.durationMs ?? 1500;
  const startup = await measureStartup();
  const loadBefore = loadAverage();
  const texts = parseLabelledLines(await Deno.readTextFile(SAMPLE)).map((l) => l.text);
  const classifier = sharedIntentClassifier();
  const sentiment = sharedSentimentModel();
  const classifierRate = await rate(durationMs, texts, (t) => classifier.classify(t));
  const sentimentRate = await rate(durationMs, texts, (t) => sentiment.analyse(t));
  const deps = { llm: null, classifier, sentiment };
  const nluRate = await rate(durationMs, texts, (t) => readMessage(t, { deps }));
  return {
    startup,
    classifier_msgs_per_s: classifierRate.wall,
    sentiment_msgs_per_s: sentimentRate.wall,
    nlu_msgs_per_s: nluRate.wall,
    per_cpu_second: {
      classifier: classifierRate.cpu,
      sentiment: sentimentRate.cpu,
      nlu: nluRate.cpu,
    },
    examples: { intent: classifier.examples, sentiment: sentiment.examples },
    load_average: { before: loadBefore, after: loadAverage() },
  };
}

function loadAverage(): number[] {
  return Deno.loadavg().map((l) => Math.round(l * 100) / 100);
}

async function rate(
  durationMs: number,
  texts: string[],
  fn: (text: string) => unknown,
): Promise<Rate> {
  for (const t of texts.slice(0, 50)) await fn(t); // warm the JIT
  let n = 0;
  const cpu = cpuUsage();
  const started = performance.now();
  while (performance.now() - started < durationMs) await fn(texts[n++ % texts.length]);
  const wallS = (performance.now() - started) / 1000;
  const used = cpuUsage(cpu);
  const cpuS = (used.user + used.system) / 1e6;
  return { wall: Math.round(n / wallS), cpu: Math.round(n / cpuS) };
}

/** Loads and trains everything in a new Deno process, as an actor's Worker would. */
// (The sentiment model is loaded from its file, the intent classifier trained.)
async function measureStartup(): Promise<NluStartup> {
  const url = (p: string) => new URL(p, import.meta.url).href;
  const code = `
    const { cpuUsage } = await import("node:process");
    const t0 = performance.now();
    const wink = await import(${JSON.stringify(url("../actors/nlu/wink.ts"))});
    const intent = await import(${JSON.stringify(url("../actors/nlu/intent_model.ts"))});
    const sentiment = await import(${JSON.stringify(url("../actors/nlu/sentiment_model.ts"))});
    const t1 = performance.now();
    const nlp = wink.loadWink();
    const t2 = performance.now();
    const c = intent.createIntentClassifier({ nlp });
    const t3 = performance.now();
    sentiment.loadSentimentModel(undefined, nlp);
    const t4 = performance.now();
    console.log(JSON.stringify({ import_ms: t1 - t0, wink_ms: t2 - t1, intent_train_ms: t3 - t2,
      sentiment_train_ms: t4 - t3, total_ms: t4 - t0,
      cpu_ms: (cpuUsage().user + cpuUsage().system) / 1000, check: c.classify("where is my order").intent }));
  `;
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["eval", "--quiet", code],
    cwd: new URL("..", import.meta.url).pathname,
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) {
    throw new Error(`Cannot measure NLU start-up: ${new TextDecoder().decode(out.stderr).trim()}`);
  }
  const raw = JSON.parse(new TextDecoder().decode(out.stdout).trim().split("\n").at(-1)!);
  const round = (x: number) => Math.round(x);
  return {
    import_ms: round(raw.import_ms),
    wink_ms: round(raw.wink_ms),
    intent_train_ms: round(raw.intent_train_ms),
    sentiment_train_ms: round(raw.sentiment_train_ms),
    total_ms: round(raw.total_ms),
    cpu_ms: round(raw.cpu_ms),
  };
}

if (import.meta.main) {
  const result = await runNluBench();
  // deno-lint-ignore no-console
  console.log(JSON.stringify(result, null, 2));
}
