/**
 * `deno task replay <message-id> [--from <actor>] [--allow-actions] [--dry-run]`: takes a
 * turn from the audit trail (the history database) and sends it through the mesh of a
 * running system again from one step, for debugging; stores the result beside the
 * original (under `<id>-replay-<n>`, with a system note in the conversation) and prints
 * what changed. Needs the system's NATS bus (NATS_URL) and its history database
 * (DATA_DIR or SQLITE_PATH; DATABASE_URL for PostgreSQL). See `replay_lib.ts` for what is kept and why execution is
 * left out unless `--allow-actions` is given.
 */
// deno-lint-ignore-file no-console
import { existsSync } from "node:fs";
import { loadConfig } from "../shared/config.ts";
import { createLogger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";
import { connectJetStream } from "../shared/bus/connect.ts";
import { openHistory } from "../shared/db/mod.ts";
import type { History } from "../shared/db/types.ts";
import { currentStep, Message } from "../shared/protocol.ts";
import { encodeMessage, OUTCOME_HEADER, progressSubjectFor } from "../mesh/wire.ts";
import { endSpan, startTurnSpan, traceparentOf } from "../shared/tracing.ts";
import {
  compareTurns,
  continueAfterDecision,
  formatDiff,
  rebuildForReplay,
  ReplayError,
  type ReplayPlan,
  type TurnDiff,
} from "./replay_lib.ts";

export { ReplayError } from "./replay_lib.ts";

/** Default wait for the replay's reply. */
export const REPLAY_TIMEOUT_MS = 30_000;

/** Options of `runReplay`. */
export interface RunReplayOptions {
  bus: Bus;
  history: History;
  messageId: string;
  /** The step to start from; default the first of the original route. */
  from?: string;
  allowActions?: boolean;
  /** Total wait for the reply(s), in ms. Default 30 s. */
  timeoutMs?: number;
  now?: () => Date;
  /** Called as each step of the replay finishes. */
  onProgress?: (actor: string, outcome: string, ms: number) => void;
}

/** What a replay did. */
export interface ReplayResult {
  original: Message;
  replay: Message;
  plan: ReplayPlan;
  /** True when the mesh could not finish the replay (its error handler failed). */
  failed: boolean;
  /** True when execution was left out (by default). */
  skippedExecution: boolean;
  diff: TurnDiff;
}

/** The recorded turn `id`, or a ReplayError saying it is not there. */
export async function loadTurn(history: History, id: string): Promise<Message> {
  const turn = await history.getTurn(id);
  if (!turn) throw new ReplayError(`Cannot replay turn ${id}: no recorded turn has that id`);
  return turn;
}

/** The next free replay number of a turn. */
export async function nextReplayNumber(history: History, id: string): Promise<number> {
  let n = 1;
  while (await history.getTurn(`${id}-replay-${n}`)) n++;
  return n;
}

/** Runs a recorded turn through the mesh again from a step and stores the result. */
export async function runReplay(opts: RunReplayOptions): Promise<ReplayResult> {
  const { bus, history } = opts;
  const now = opts.now ?? (() => new Date());
  const original = await loadTurn(history, opts.messageId);
  const replyTo = `mesh.reply.replay-${crypto.randomUUID().slice(0, 8)}`;
  // A replay is a trace of its own, with a span per actor step as for any turn.
  const span = startTurnSpan({ conversation_id: original.conversation_id, channel: "replay" });
  span.setAttribute("mesh.replay_of", original.id);
  let outcome = "error";
  const plan = rebuildForReplay(original, opts.from, {
    n: await nextReplayNumber(history, original.id),
    replyTo,
    allowActions: opts.allowActions,
    now: now(),
    traceparent: traceparentOf(span),
  });
  const signal = AbortSignal.timeout(opts.timeoutMs ?? REPLAY_TIMEOUT_MS);
  const replies = collectReplies(bus, replyTo, plan.message.id, opts.onProgress);
  try {
    let sent = plan.message;
    let skippedExecution = plan.skippedExecution;
    let reply = await publishAndWait(bus, sent, replies, signal);
    if (plan.decideLocally && !reply.failed && !reply.message.payload.aggregation) {
      // The first leg stopped before the decision router: decide here, without execution.
      const next = continueAfterDecision(reply.message, { now: now() });
      skippedExecution ||= next.skippedExecution;
      sent = next.message;
      opts.onProgress?.("decision_router", "ok (in replay)", next.message.route.history.at(-1)!.ms);
      reply = await publishAndWait(bus, sent, replies, signal);
    }
    const result = reply.message;
    await history.recordTurn(result);
    await history.appendMessage({
      conversationId: result.conversation_id,
      role: "system",
      text: `Replay ${result.id} of ${original.id} from ${plan.from}: ` +
        (result.payload.aggregation?.outcome ?? (reply.failed ? "failed" : "no outcome")),
      messageId: result.id,
      dedupeKey: `${result.id}:replay`,
      meta: { replay_of: original.id, from: plan.from },
    });
    outcome = result.payload.aggregation?.outcome ?? (reply.failed ? "failed" : "unknown");
    return {
      original,
      replay: result,
      plan,
      failed: reply.failed,
      skippedExecution,
      diff: compareTurns(original, result, plan.message.route.history.length),
    };
  } finally {
    replies.close();
    endSpan(span, outcome);
  }
}

interface Reply {
  message: Message;
  failed: boolean;
}

interface ReplyCollector {
  next(id: string, signal: AbortSignal): Promise<Reply>;
  close(): void;
}

const decoder = new TextDecoder();

/** Listens on the replay's reply and progress subjects before anything is published. */
function collectReplies(
  bus: Bus,
  replyTo: string,
  id: string,
  onProgress: RunReplayOptions["onProgress"],
): ReplyCollector {
  const seen: Reply[] = [];
  let wake: (() => void) | null = null;
  const replySub = bus.subscribe(replyTo, (data, _subject, headers) => {
    const parsed = Message.safeParse(JSON.parse(decoder.decode(data)));
    if (!parsed.success || parsed.data.id !== id) return;
    seen.push({ message: parsed.data, failed: headers[OUTCOME_HEADER] === "failed" });
    wake?.();
  });
  const progressSub = onProgress
    ? bus.subscribe(progressSubjectFor(replyTo), (data) => {
      const e = JSON.parse(decoder.decode(data));
      if (e.message_id === id) onProgress(e.actor, e.outcome, e.ms);
    })
    : null;
  return {
    async next(msgId, signal) {
      while (true) {
        const i = seen.findIndex((r) => r.message.id === msgId);
        if (i !== -1) return seen.splice(i, 1)[0];
        signal.throwIfAborted();
        await new Promise<void>((resolve) => {
          const done = () => {
            signal.removeEventListener("abort", done);
            wake = null;
            resolve();
          };
          wake = done;
          signal.addEventListener("abort", done, { once: true });
        });
      }
    },
    close() {
      replySub.unsubscribe();
      progressSub?.unsubscribe();
    },
  };
}

async function publishAndWait(
  bus: Bus,
  msg: Message,
  replies: ReplyCollector,
  signal: AbortSignal,
): Promise<Reply> {
  const step = currentStep(msg);
  if (step === null) throw new ReplayError(`Cannot replay ${msg.id}: its route has no step left`);
  await bus.publish(step, encodeMessage(msg), {
    msgId: `${msg.id}:${msg.route.current}:${msg.attempt}`,
    headers: { "Mesh-Message-Id": msg.id },
  });
  await bus.flush();
  try {
    return await replies.next(msg.id, signal);
  } catch (err) {
    throw new ReplayError(
      `Cannot finish replay ${msg.id}: no reply within the time allowed (is the mesh running ` +
        `its actors, starting with ${step}?)`,
      { cause: err },
    );
  }
}

// ---------------------------------------------------------------------------------------
// The command

const USAGE = `usage: deno task replay <message-id> [--from <actor>] [--allow-actions] [--dry-run]

  --from <actor>    start at this step (default: the first); enrichments written before it
                    are kept, the ones from it on are written again
  --allow-actions   let execution run: it acts again, under new idempotency keys
  --dry-run         print the rebuilt envelope and stop (no NATS needed)`;

interface Args {
  id: string;
  from?: string;
  allowActions: boolean;
  dryRun: boolean;
}

/** Reads the command line; null means print the usage. */
export function parseArgs(args: readonly string[]): Args | null {
  const out: Args = { id: "", allowActions: false, dryRun: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--from") {
      out.from = args[++i];
      if (out.from === undefined || out.from.startsWith("-")) return null;
    } else if (a.startsWith("--from=")) out.from = a.slice("--from=".length);
    else if (a === "--allow-actions") out.allowActions = true;
    else if (a === "--dry-run") out.dryRun = true;
    else if (a === "-h" || a === "--help" || a.startsWith("-") || out.id) return null;
    else out.id = a;
  }
  return out.id && out.from !== "" ? out : null;
}

const NO_NATS =
  `Cannot replay: NATS_URL is not set. Replay sends the turn into the NATS bus of a running
Support Mesh and waits for its actors to answer. The in-process bus of \`deno task start\`
without NATS lives inside that process and cannot be reached from here: run the system on
NATS (set NATS_URL, or install nats-server so that \`deno task start\` launches it on
nats://127.0.0.1:4222) and run the replay with the same NATS_URL and DATA_DIR.`;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (!config.DATABASE_URL && config.sqlitePath !== ":memory:" && !existsSync(config.sqlitePath)) {
    console.error(
      `Cannot replay: no history database at ${config.sqlitePath} (set DATA_DIR or SQLITE_PATH ` +
        `to the running system's, or DATABASE_URL for PostgreSQL)`,
    );
    return 1;
  }
  const log = createLogger({ level: "warn", fields: { component: "replay" } });
  await using history = await openHistory(config, log);
  if (args.dryRun) {
    const plan = rebuildForReplay(await loadTurn(history, args.id), args.from, {
      n: await nextReplayNumber(history, args.id),
      replyTo: "mesh.reply.replay-dry-run",
      allowActions: args.allowActions,
    });
    console.log(JSON.stringify({ ...plan, message: plan.message }, null, 2));
    return 0;
  }
  if (!config.NATS_URL) {
    console.error(NO_NATS);
    return 1;
  }
  const bus = await connectJetStream(config.NATS_URL, config, log);
  try {
    const r = await runReplay({
      bus,
      history,
      messageId: args.id,
      from: args.from,
      allowActions: args.allowActions,
      onProgress: (actor, outcome, ms) => console.log(`  ${actor} ${outcome} ${ms} ms`),
    });
    console.log(formatDiff(r.original.id, r.replay.id, r.diff));
    console.log(
      `  kept ${r.plan.kept.join(", ") || "nothing"}; wrote again ${
        r.plan.dropped.join(", ") || "nothing"
      }`,
    );
    if (r.skippedExecution) {
      console.log("  execution was left out: run with --allow-actions to let it act again");
    }
    if (args.allowActions) {
      console.log(`  --allow-actions: store changes carried the keys ${r.replay.id}:<action>`);
    }
    if (r.replay.payload.escalation?.handoff) {
      console.log(
        `  note: the replay handed over to a human (${r.replay.payload.escalation.handoff.id})`,
      );
    }
    if (r.failed) console.log("  the mesh could not finish the replay (see its dead letters)");
    console.log(`  stored as ${r.replay.id} in conversation ${r.replay.conversation_id}`);
    return r.failed ? 1 : 0;
  } finally {
    await bus[Symbol.asyncDispose]();
  }
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (err) {
    console.error(err instanceof ReplayError ? err.message : `Cannot replay: ${err}`);
    Deno.exit(1);
  }
}
