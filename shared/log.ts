/**
 * Structured logging: one JSON object a line, through a logger passed in. A line logged
 * while an OpenTelemetry span is active (tracing on: `OTEL_DENO=true`) carries its
 * `trace_id` and `span_id`, so logs and traces of one turn join up; with tracing off there
 * is no active span and the fields are absent.
 */
import { trace } from "@opentelemetry/api";

/** Log levels in order of severity. */
export type LogLevel = "debug" | "info" | "warn" | "error";
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Fields carried on every line of a child logger (message id, actor…). */
export type LogFields = Record<string, unknown>;

/** Where lines go; tests pass a sink that collects them. */
export type LogSink = (line: string) => void;

/** The logger every component receives. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

/** Options for `createLogger`. */
export interface LoggerOptions {
  level?: LogLevel;
  fields?: LogFields;
  sink?: LogSink;
}

function stderrSink(line: string): void {
  Deno.stderr.writeSync(new TextEncoder().encode(line + "\n"));
}

/** The active span's ids, or nothing when no span is active (tracing off, or outside one). */
function traceFields(): { trace_id?: string; span_id?: string } {
  const sc = trace.getActiveSpan()?.spanContext();
  if (!sc || !trace.isSpanContextValid(sc)) return {};
  return { trace_id: sc.traceId, span_id: sc.spanId };
}

/** Creates a JSON-lines logger. */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const min = LEVELS[opts.level ?? "info"];
  const base = opts.fields ?? {};
  const sink = opts.sink ?? stderrSink;
  function write(level: LogLevel, msg: string, fields?: LogFields): void {
    if (LEVELS[level] < min) return;
    const line = { ts: new Date().toISOString(), level, msg, ...traceFields(), ...base, ...fields };
    try {
      sink(JSON.stringify(line));
    } catch {
      // A log line must never break the caller (e.g. a circular field or a closed pipe).
    }
  }
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
    child: (fields) => createLogger({ level: opts.level, fields: { ...base, ...fields }, sink }),
  };
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = createLogger({ sink: () => {} });
