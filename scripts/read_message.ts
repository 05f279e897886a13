/**
 * Runs both NLU actors on one text outside the mesh, as the scripts, tests and benchmark
 * do: the same `process` functions, on a message built for the purpose.
 */
import {
  createMessage,
  type IntentEnrichment,
  type SentimentEnrichment,
  type SessionInfo,
} from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";
import { intentActor, type IntentDeps } from "../actors/intent.ts";
import { sentimentActor, type SentimentDeps } from "../actors/sentiment.ts";

/** Options for `readMessage`. */
export interface ReadMessageOptions {
  deps: IntentDeps & SentimentDeps;
  session?: Partial<SessionInfo>;
  now?: Date;
  signal?: AbortSignal;
}

/** Both enrichments of one text. */
export interface NluResult {
  sentiment: SentimentEnrichment;
  intent: IntentEnrichment;
}

/** Reads one text with the sentiment and intent actors. */
export async function readMessage(text: string, opts: ReadMessageOptions): Promise<NluResult> {
  const now = opts.now ?? new Date();
  const msg = createMessage({
    text,
    conversationId: "nlu",
    channel: "test",
    session: opts.session,
    now,
  });
  const ctx = {
    signal: opts.signal ?? new AbortController().signal,
    log: silentLogger,
    now: () => now,
    deliveryCount: 1,
  };
  const sentiment = (await sentimentActor.process(msg, opts.deps, ctx)).enrichment!;
  const intent = (await intentActor.process(msg, opts.deps, ctx)).enrichment!;
  return { sentiment, intent };
}
