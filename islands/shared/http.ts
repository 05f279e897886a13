/**
 * A small fetch wrapper for the islands: JSON in and out, bearer tokens, and
 * problem+json errors turned into an `ApiError` whose message is the problem's detail.
 */

/** An HTTP error from the gateway, carrying its problem detail. */
export class ApiError extends Error {
  /** HTTP status, or 0 when the network failed. */
  readonly status: number;
  /** Seconds to wait before retrying, from `Retry-After`. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    detail: string,
    opts?: { retryAfter?: number | null; cause?: unknown },
  ) {
    super(detail, { cause: opts?.cause });
    this.name = "ApiError";
    this.status = status;
    this.retryAfter = opts?.retryAfter ?? null;
  }
}

/** Options of `apiFetch`. */
export interface ApiFetchOptions {
  method?: string;
  token?: string | null;
  body?: unknown;
  signal?: AbortSignal;
}

/** A JSON answer with its status (202 and 201 matter to callers). */
export interface ApiResult<T> {
  status: number;
  data: T;
}

/** Calls the gateway; throws `ApiError` with the problem's `detail` on failure. */
export async function apiFetch<T>(path: string, opts: ApiFetchOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(path, {
      method: opts.method ?? (opts.body === undefined ? "GET" : "POST"),
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: "same-origin",
    });
  } catch (err) {
    throw new ApiError(0, "Cannot reach the server: check your connection and try again", {
      cause: err,
    });
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const detail = typeof (data as { detail?: unknown })?.detail === "string"
      ? (data as { detail: string }).detail
      : `The server answered ${res.status}`;
    const retry = Number(res.headers.get("retry-after"));
    throw new ApiError(res.status, detail, {
      retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null,
    });
  }
  return { status: res.status, data: data as T };
}

/** Reads JSON from sessionStorage, or null (storage may be blocked in some iframes). */
export function loadStored<T>(key: string): T | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    return raw ? JSON.parse(raw) as T : null;
  } catch {
    return null;
  }
}

/** Writes JSON to sessionStorage (or removes the key for null); ignores blocked storage. */
export function saveStored(key: string, value: unknown): void {
  try {
    if (value === null) globalThis.sessionStorage?.removeItem(key);
    else globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage can be disabled (private mode, third-party iframe); the page still works.
  }
}
