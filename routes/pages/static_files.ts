/**
 * Serves files from a folder with content types, ETags and cache headers: versioned
 * URLs (`?v=…`) are cached for a year, others are revalidated after a few minutes.
 */
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};

/** Options of `serveFile`. */
export interface ServeFileOptions {
  /** Cache for a year (the URL carries a version). */
  immutable?: boolean;
  /** `max-age` in seconds otherwise (default 300). */
  maxAge?: number;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** Resolves `rel` inside `dir`, or null when it escapes the folder. */
export function safeJoin(dir: string, rel: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const root = normalize(dir + sep);
  const full = normalize(join(root, decoded));
  return full.startsWith(root) ? full : null;
}

/** A file as a response (404 when missing), honouring `If-None-Match`. */
export async function serveFile(
  req: Request,
  path: string,
  opts: ServeFileOptions = {},
): Promise<Response | null> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch {
    return null;
  }
  if (!info.isFile) return null;
  const etag = `W/"${info.size.toString(16)}-${(info.mtime?.getTime() ?? 0).toString(16)}"`;
  const headers = new Headers({
    "content-type": TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
    "cache-control": opts.immutable
      ? "public, max-age=31536000, immutable"
      : `public, max-age=${opts.maxAge ?? 300}, must-revalidate`,
    etag,
    "x-content-type-options": "nosniff",
    ...opts.headers,
  });
  if (req.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers });
  }
  if (req.method === "HEAD") {
    headers.set("content-length", String(info.size));
    return new Response(null, { status: 200, headers });
  }
  return new Response(await Deno.readFile(path), { status: 200, headers });
}
