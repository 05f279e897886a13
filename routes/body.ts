/**
 * Reading request bodies: within the size limit (413), and a body that cannot be read — a
 * chunked body that is not chunked, a Content-Length longer than what came, a connection
 * that ended half-way — is the client's fault: a 400 problem logged at info, never a 500.
 */
import type { MiddlewareHandler } from "hono";
import type { Logger } from "../shared/log.ts";
import { ValidationError } from "../shared/errors.ts";

/** The detail of a 400 for a body that could not be read. */
export const UNREADABLE_BODY =
  "Cannot read the request body: it ended early or does not match its framing (Content-Length or chunked encoding)";

/**
 * True for the errors Deno raises while reading a request body the client broke off or
 * framed wrongly (as opposed to a fault of ours).
 */
export function isBodyReadError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const e = Deno.errors;
  if (
    err instanceof e.BadResource || err instanceof e.Http || err instanceof e.UnexpectedEof ||
    err instanceof e.ConnectionReset || err instanceof e.ConnectionAborted ||
    err instanceof e.BrokenPipe || err instanceof e.Interrupted
  ) return true;
  // hyper's framing errors arrive as plain Errors; a broken stream as a TypeError.
  return /invalid HTTP\/1|request body|reading a body|body from connection/i.test(err.message) &&
    (err.constructor === Error || err instanceof TypeError);
}

/** The 400 for a body read error, logged at info (the client's fault, not ours). */
export function unreadableBody(err: unknown, path: string, log: Logger): ValidationError {
  log.info("Cannot read a request body", {
    path,
    error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
  });
  return new ValidationError(UNREADABLE_BODY, { cause: err, status: 400 });
}

/**
 * Reads the whole body (at most `maxBytes`) before the route runs, so a body that is too
 * large is a 413 and one that cannot be read a 400, wherever the route parses it.
 */
export function readBody(opts: { maxBytes: number; log: Logger }): MiddlewareHandler {
  const { maxBytes, log } = opts;
  const tooLarge = () =>
    new ValidationError(`Cannot read the request: the body is larger than ${maxBytes} bytes`, {
      status: 413,
    });
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body) return await next();
    const declared = raw.headers.get("content-length");
    // A declared length over the limit is refused unread; chunked bodies are counted.
    if (declared !== null && !raw.headers.has("transfer-encoding") && Number(declared) > maxBytes) {
      await raw.body.cancel().catch(() => {});
      throw tooLarge();
    }
    const reader = raw.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge();
        }
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof ValidationError) throw err;
      throw unreadableBody(err, c.req.path, log);
    }
    // Built from its parts, not from `raw`: copying a Request makes its abort signal, which
    // Deno then aborts as the response closes, with an exception made a turn for nothing
    // (1.5 % of the gateway's thread at 200 turns/s). No route listens to the signal.
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body: join(chunks, size),
    });
    await next();
  };
}

function join(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1 && chunks[0].buffer instanceof ArrayBuffer) {
    return chunks[0] as Uint8Array<ArrayBuffer>;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
