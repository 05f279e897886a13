/**
 * Requests with broken HTTP framing (bad chunk sizes, truncated bodies, lying or doubled
 * Content-Lengths, both framing headers), for the bad-input suite to send over a raw
 * socket, and the check of a problem+json answer both bad-input suites share.
 */
import type { RawRequest } from "./raw_http.ts";

/** What is wrong with a problem body, or null. */
export function problemFault(status: number, type: string | null, text: string): string | null {
  if (!type?.startsWith("application/problem+json")) return `${status} with content-type ${type}`;
  try {
    const body = JSON.parse(text);
    if (typeof body.detail !== "string" || body.detail.length === 0) {
      return `${status} without a detail`;
    }
    if (body.status !== status) return `${status} whose body says ${body.status}`;
  } catch {
    return `${status} whose body is not JSON`;
  }
  return null;
}

/** One hand-written request with broken framing, and what may come back. */
export interface FramingCase {
  name: string;
  req: RawRequest;
  /**
   * `problem`: the gateway answers a 400 or 413 problem+json. `http`: the HTTP layer
   * refuses the request before the gateway sees it (a 400 with an empty body). `none`: no
   * answer can come (the client left, or hyper drops a connection whose first packet
   * already breaks the chunked framing, before any handler runs).
   */
  want: "problem" | "http" | "none";
}

/** Broken framing on every route that reads a body: chunks, lengths, both headers. */
export function framingCases(path: string, auth: string, maxBytes: number): FramingCase[] {
  const body = path === "/api/sessions"
    ? '{"email":"framing@example.org"}'
    : '{"message":"Where is my order ORD-1001?"}';
  const head = (framing: string) =>
    `POST ${path} HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n${auth}${framing}\r\n`;
  const chunked = head("Transfer-Encoding: chunked\r\n");
  const hex = body.length.toString(16);
  const cases: FramingCase[] = [
    {
      name: "chunk size not hex",
      req: { parts: [chunked, `zz\r\n${body}\r\n0\r\n\r\n`], then: "open" },
      want: "problem",
    },
    {
      name: "chunk size not hex, in the first packet",
      req: { parts: [`${chunked}zz\r\n${body}\r\n0\r\n\r\n`], then: "open" },
      want: "none",
    },
    {
      name: "chunked header, plain body",
      req: { parts: [chunked, body], then: "half" },
      want: "problem",
    },
    {
      name: "chunk larger than the data, then end",
      req: { parts: [chunked, `ff\r\n${body}`], then: "half" },
      want: "problem",
    },
    {
      name: "chunk larger than the data, then gone",
      req: { parts: [chunked, `ff\r\n${body}`], then: "full" },
      want: "none",
    },
    {
      name: "chunk size overflowing 64 bits",
      req: { parts: [chunked, `ffffffffffffffffffff\r\n${body}\r\n0\r\n\r\n`], then: "half" },
      want: "problem",
    },
    {
      name: "chunk without its CRLF",
      req: { parts: [chunked, `${hex}\r\n${body}0\r\n\r\n`], then: "half" },
      want: "problem",
    },
    {
      name: "no last chunk",
      req: { parts: [chunked, `${hex}\r\n${body}\r\n`], then: "half" },
      want: "problem",
    },
    {
      name: "chunked over the size limit",
      req: {
        parts: [
          chunked,
          `${(maxBytes + 1).toString(16)}\r\n${"x".repeat(maxBytes + 1)}\r\n0\r\n\r\n`,
        ],
        then: "open",
      },
      want: "problem",
    },
    {
      name: "Content-Length and Transfer-Encoding",
      req: {
        parts: [
          head(`Content-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n`) +
          `${hex}\r\n${body}\r\n0\r\n\r\n`,
        ],
        then: "open",
      },
      want: "http",
    },
    {
      name: "Content-Length larger than the body, then end",
      req: { parts: [head(`Content-Length: ${body.length + 50}\r\n`), body], then: "half" },
      want: "problem",
    },
    {
      name: "Content-Length larger than the body, then gone",
      req: { parts: [head(`Content-Length: ${body.length + 50}\r\n`), body], then: "full" },
      want: "none",
    },
    {
      name: "Content-Length smaller than the body",
      req: { parts: [head("Content-Length: 5\r\n") + body], then: "open" },
      want: "problem",
    },
    {
      name: "Content-Length over the size limit",
      req: { parts: [head(`Content-Length: ${maxBytes + 1}\r\n`) + body], then: "open" },
      want: "problem",
    },
    {
      name: "negative Content-Length",
      req: { parts: [head("Content-Length: -5\r\n") + body], then: "open" },
      want: "http",
    },
    {
      name: "garbage Content-Length",
      req: { parts: [head("Content-Length: 1e3\r\n") + body], then: "open" },
      want: "http",
    },
    {
      name: "two different Content-Lengths",
      req: {
        parts: [head(`Content-Length: 5\r\nContent-Length: ${body.length}\r\n`) + body],
        then: "open",
      },
      want: "http",
    },
    {
      name: "unknown Transfer-Encoding",
      req: { parts: [head("Transfer-Encoding: gzip\r\n") + body], then: "open" },
      want: "http",
    },
  ];
  return cases;
}
