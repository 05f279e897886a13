/**
 * A small OTLP/HTTP (JSON) trace collector for tests: it keeps every span it receives, on a
 * free loopback port, until shut down.
 */
import { freePort } from "./binaries.ts";

/** A span as OTLP/JSON carries it (the fields the tests read). */
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: { stringValue?: string } }[];
}

/** The spans of one OTLP/JSON export request. */
export function spansOf(body: unknown): OtlpSpan[] {
  const out: OtlpSpan[] = [];
  const rs = (body as { resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[] })
    .resourceSpans ?? [];
  for (const r of rs) for (const s of r.scopeSpans ?? []) out.push(...(s.spans ?? []));
  return out;
}

/** A running collector: its port, the spans so far, and how to stop it. */
export interface OtlpCollector {
  port: number;
  spans: OtlpSpan[];
  shutdown(): Promise<void>;
}

/** Starts a collector that accepts `/v1/traces` and answers anything else with `{}`. */
export function startOtlpCollector(): OtlpCollector {
  const spans: OtlpSpan[] = [];
  const port = freePort();
  const server = Deno.serve(
    { port, hostname: "127.0.0.1", onListen: () => {} },
    async (req) => {
      if (new URL(req.url).pathname === "/v1/traces") spans.push(...spansOf(await req.json()));
      else await req.body?.cancel();
      return Response.json({});
    },
  );
  return { port, spans, shutdown: () => server.shutdown() };
}
