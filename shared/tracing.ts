/**
 * Traces: one turn is one trace. The gateway opens the turn's span and puts its W3C
 * `traceparent` on the message (and in NATS headers); each actor step is a child span of
 * it. With `OTEL_DENO=true` Deno's built-in OpenTelemetry exports them (and its own HTTP
 * spans); otherwise the API is a no-op and costs next to nothing.
 */
import {
  type Context,
  context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from "@opentelemetry/api";

const TRACER = "support-mesh";

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** Reads a W3C `traceparent` into a context to start child spans under. */
export function contextFrom(traceparent: string | null | undefined): Context {
  const m = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (!m) return context.active();
  return trace.setSpanContext(context.active(), {
    traceId: m[1],
    spanId: m[2],
    traceFlags: parseInt(m[3], 16),
    isRemote: true,
  });
}

/** The `traceparent` of a span, or null when tracing is off (a no-op span). */
export function traceparentOf(span: Span): string | null {
  const sc = span.spanContext();
  if (!trace.isSpanContextValid(sc)) return null;
  const flags = sc.traceFlags.toString(16).padStart(2, "0");
  return `00-${sc.traceId}-${sc.spanId}-${flags}`;
}

/** Starts the span of a customer turn (ended when its reply arrives). */
export function startTurnSpan(attrs: { conversation_id: string; channel: string }): Span {
  return trace.getTracer(TRACER).startSpan("turn", {
    kind: SpanKind.SERVER,
    attributes: { "mesh.conversation_id": attrs.conversation_id, "mesh.channel": attrs.channel },
  });
}

/** Starts the span of one actor step, as a child of the turn's span. */
export function startStepSpan(
  actor: string,
  traceparent: string | null,
  attrs: { message_id: string; attempt: number; chained?: boolean },
): Span {
  return trace.getTracer(TRACER).startSpan(
    `actor ${actor}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        "mesh.actor": actor,
        "mesh.message_id": attrs.message_id,
        "mesh.attempt": attrs.attempt,
        // Run inline after the previous step in the same process, without a bus hop.
        "mesh.chained": attrs.chained ?? false,
        "messaging.system": "nats",
        "messaging.destination.name": `mesh.${actor}`,
      },
    },
    contextFrom(traceparent),
  );
}

/**
 * Runs `fn` with `span` as the active span, so what it logs (and the spans it starts)
 * belong to it; with tracing off the span is a no-op and `fn` just runs.
 */
export function inSpan<T>(span: Span, fn: () => T): T {
  // A no-op span (tracing off) has nothing to hand down: a new context a step costs more
  // than some steps do.
  if (!span.isRecording() && !trace.isSpanContextValid(span.spanContext())) return fn();
  return context.with(trace.setSpan(context.active(), span), fn);
}

/**
 * Runs `fn` (a process's whole life) in a context of its own with no span. Deno's fetch
 * leaves its client span active in the top-level context once awaited there, so every line
 * logged after the first start-up fetch would carry that finished span's ids; inside a
 * context scope the leak stays within the call that fetched.
 */
export function outsideSpans<T>(fn: () => T): T {
  return context.with(ROOT_CONTEXT, fn);
}

/** Ends a span with the step's outcome. */
export function endSpan(span: Span, outcome: string, error?: unknown): void {
  span.setAttribute("mesh.outcome", outcome);
  if (error !== undefined) {
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  span.end();
}
