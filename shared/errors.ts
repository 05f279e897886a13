/**
 * The few error classes of the mesh. Retryable errors are naked with a delay and tried
 * again; permanent ones go to the route's error handler at once.
 */

/** A failure worth trying again later (a timeout, a 5xx, a dropped connection). */
export class RetryableError extends Error {
  override name = "RetryableError";
  /** Suggested delay before the next try, if the failure says one. */
  readonly retryAfterMs: number | null;
  constructor(message: string, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(message, { cause: options?.cause });
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
}

/** A failure that will not go away by trying again (bad data, a refused rule). */
export class PermanentError extends Error {
  override name = "PermanentError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { cause: options?.cause });
  }
}

/** Input that breaks a schema or a limit; the gateway maps it to a 4xx. */
export class ValidationError extends Error {
  override name = "ValidationError";
  /** HTTP status the gateway answers with. */
  readonly status: number;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, { cause: options?.cause });
    this.status = options?.status ?? 400;
  }
}

/** True when the error should be tried again rather than escalated at once. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof PermanentError || err instanceof ValidationError) return false;
  if (err instanceof RetryableError) return true;
  // Deadlines and aborted I/O are transient by nature.
  if (err instanceof DOMException) {
    return err.name === "TimeoutError" || err.name === "AbortError";
  }
  return err instanceof TypeError && /fetch|network|connect/i.test(err.message);
}

/** A one-line description of any thrown value. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
