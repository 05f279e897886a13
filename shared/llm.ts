/**
 * The LLM client: a small wrapper over `npm:openai` for any OpenAI-compatible endpoint
 * (OpenAI, Ollama, vLLM, LiteLLM…). One call, no retries of its own: callers decide what a
 * failure means (the intent actor falls back to its classifier, the response actor to its
 * templates), so every error is thrown at once.
 */
import OpenAI from "openai";
import type { z } from "zod";
import type { Config } from "./config.ts";
import { PermanentError, RetryableError } from "./errors.ts";

/** One chat message sent to the model. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** Options of one completion. */
export interface CompleteOptions {
  /** Aborts the call (a step deadline, a shutdown). */
  signal?: AbortSignal;
  /** Deadline of this call in ms; default the client's `LLM_TIMEOUT_MS`. */
  timeoutMs?: number;
  temperature?: number;
  maxTokens?: number;
}

/** What actors receive as their LLM: text or zod-validated JSON completions. */
export interface Llm {
  /** Model name, for logs and the readiness check. */
  readonly model: string;
  /** Asks for a JSON object, parses it and validates it; throws on any failure. */
  completeJson<S extends z.ZodType>(
    schema: S,
    messages: ChatMessage[],
    opts?: CompleteOptions,
  ): Promise<z.infer<S>>;
  /** Asks for plain text; throws on any failure or an empty answer. */
  completeText(messages: ChatMessage[], opts?: CompleteOptions): Promise<string>;
}

/** The configuration the client reads. */
export type LlmConfig = Pick<
  Config,
  "LLM_BASE_URL" | "LLM_API_KEY" | "LLM_MODEL" | "LLM_TIMEOUT_MS"
>;

/** Options for `createLlm` beyond the configuration. */
export interface CreateLlmOptions {
  /** Sends `response_format: json_object` with JSON requests (default true). */
  jsonMode?: boolean;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof fetch;
}

/** Creates the LLM client, or returns null when `LLM_BASE_URL` is unset. */
export function createLlm(config: LlmConfig, opts: CreateLlmOptions = {}): Llm | null {
  if (!config.LLM_BASE_URL) return null;
  const client = new OpenAI({
    baseURL: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY || "not-needed",
    maxRetries: 0,
    timeout: config.LLM_TIMEOUT_MS,
    fetch: opts.fetch,
  });
  const model = config.LLM_MODEL;
  const jsonMode = opts.jsonMode ?? true;

  async function complete(
    messages: ChatMessage[],
    json: boolean,
    o: CompleteOptions,
  ): Promise<string> {
    // openai refuses a fractional timeout, and a budget computed from a clock often is one.
    const timeoutMs = Math.max(1, Math.floor(o.timeoutMs ?? config.LLM_TIMEOUT_MS));
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
    try {
      const res = await client.chat.completions.create(
        {
          model,
          messages,
          temperature: o.temperature ?? 0,
          ...(o.maxTokens ? { max_tokens: o.maxTokens } : {}),
          ...(json && jsonMode ? { response_format: { type: "json_object" as const } } : {}),
        },
        { signal, timeout: timeoutMs, maxRetries: 0 },
      );
      const content = res.choices?.[0]?.message?.content;
      if (typeof content !== "string" || content.trim() === "") {
        throw new PermanentError("Cannot use LLM answer: it is empty");
      }
      return content;
    } catch (err) {
      throw classify(err, { timedOut: timeout.aborted, timeoutMs, aborted: o.signal?.aborted });
    }
  }

  return {
    model,
    async completeJson(schema, messages, o = {}) {
      const text = await complete(messages, true, o);
      const parsed = schema.safeParse(parseJsonObject(text));
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) =>
          `${i.path.join(".") || "(root)"}: ${i.message}`
        );
        throw new PermanentError(`Cannot use LLM answer: ${issues.slice(0, 5).join("; ")}`);
      }
      return parsed.data;
    },
    completeText(messages, o = {}) {
      return complete(messages, false, o);
    },
  };
}

/**
 * Parses the JSON object in a model's answer. Models sometimes wrap it in a code fence or
 * a sentence, so the outermost `{…}` is taken.
 */
export function parseJsonObject(text: string): unknown {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) {
    throw new PermanentError("Cannot use LLM answer: it holds no JSON object");
  }
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch (err) {
    throw new PermanentError("Cannot use LLM answer: it is not valid JSON", { cause: err });
  }
}

function classify(
  err: unknown,
  how: { timedOut: boolean; timeoutMs: number; aborted?: boolean },
): Error {
  if (err instanceof PermanentError || err instanceof RetryableError) return err;
  if (how.timedOut || err instanceof OpenAI.APIConnectionTimeoutError) {
    return new RetryableError(`Cannot complete LLM call: no answer within ${how.timeoutMs} ms`, {
      cause: err,
    });
  }
  if (how.aborted || err instanceof OpenAI.APIUserAbortError) {
    return new RetryableError("Cannot complete LLM call: aborted", { cause: err });
  }
  if (err instanceof OpenAI.APIError && typeof err.status === "number") {
    const retryable = err.status === 408 || err.status === 429 || err.status >= 500;
    const message = `Cannot complete LLM call: the endpoint answered ${err.status}`;
    return retryable
      ? new RetryableError(message, { cause: err })
      : new PermanentError(message, { cause: err });
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new RetryableError(`Cannot complete LLM call: ${detail}`, { cause: err });
}
