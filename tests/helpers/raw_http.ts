/**
 * Requests written by hand over TCP: a WebSocket upgrade, to see what the gateway answers
 * when it refuses one (a browser's WebSocket only reports that it closed), and requests
 * with broken framing (bad chunk sizes, lying Content-Lengths) that `fetch` cannot send.
 */

/** What the gateway answered to an upgrade request. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `GET <path>` as a WebSocket upgrade and reads the answer's head and body. */
export async function rawUpgrade(baseUrl: string, path: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const conn = await Deno.connect({ hostname, port: Number(port) });
  try {
    const head = [
      `GET ${path} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      "Upgrade: websocket",
      "Connection: Upgrade",
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
      "Sec-WebSocket-Version: 13",
      "",
      "",
    ].join("\r\n");
    await conn.write(new TextEncoder().encode(head));
    return await readAnswer(conn);
  } finally {
    try {
      conn.close();
    } catch {
      // already closed by the server
    }
  }
}

/** How a raw request is sent: the bytes, in parts, and what the client does after. */
export interface RawRequest {
  /** Written in order, each part after a short pause (so the server reads them apart). */
  parts: string[];
  /**
   * After writing: `"half"` closes the write side (the server sees the body end and can
   * still answer), `"full"` closes the connection (nobody is left to answer), `"open"`
   * keeps it open and waits for the answer.
   */
  then: "half" | "full" | "open";
}

/**
 * Sends a hand-written request and reads the first answer; status 0 when the connection
 * closed without one (or, with `then: "full"`, at once).
 */
export async function rawRequest(baseUrl: string, req: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const conn = await Deno.connect({ hostname, port: Number(port) });
  try {
    const encoder = new TextEncoder();
    for (const [i, part] of req.parts.entries()) {
      if (i > 0) await new Promise((r) => setTimeout(r, 50));
      await conn.write(encoder.encode(part));
    }
    if (req.then === "full") return { status: 0, headers: {}, body: "" };
    if (req.then === "half") await conn.closeWrite();
    return await readAnswer(conn, 5_000);
  } finally {
    try {
      conn.close();
    } catch {
      // already closed by the server
    }
  }
}

async function readAnswer(conn: Deno.Conn, timeoutMs = 15_000): Promise<RawAnswer> {
  const decoder = new TextDecoder();
  let text = "";
  const buf = new Uint8Array(16_384);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const timer = setTimeout(() => conn.close(), Math.max(1, until - Date.now()));
    let n: number | null = null;
    try {
      n = await conn.read(buf);
    } catch {
      n = null;
    } finally {
      clearTimeout(timer);
    }
    if (n === null) break;
    text += decoder.decode(buf.subarray(0, n), { stream: true });
    const end = text.indexOf("\r\n\r\n");
    if (end < 0) continue;
    const [statusLine, ...lines] = text.slice(0, end).split("\r\n");
    const headers: Record<string, string> = {};
    for (const l of lines) {
      const i = l.indexOf(":");
      if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
    }
    const status = Number(statusLine.split(" ")[1]);
    if (status === 101) return { status, headers, body: "" };
    const body = text.slice(end + 4);
    if (headers["transfer-encoding"] === "chunked") {
      if (!body.endsWith("0\r\n\r\n")) continue;
      return { status, headers, body: dechunk(body) };
    }
    const length = Number(headers["content-length"] ?? "NaN");
    if (!Number.isNaN(length) && new TextEncoder().encode(body).length < length) continue;
    return { status, headers, body };
  }
  return { status: 0, headers: {}, body: text };
}

function dechunk(body: string): string {
  let out = "";
  let rest = body;
  while (rest.length) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (!size) break;
    // Sizes count bytes; our bodies are JSON, close enough to ASCII for a test's needs.
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
  return out;
}
