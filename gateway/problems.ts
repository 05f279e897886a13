/**
 * RFC 9457 problem details: every 4xx/5xx body of the gateway, and the error that carries
 * one out of a gateway service to the routes' one error handler.
 */

/** The JSON body of a problem response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extra: string]: unknown;
}

export const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  408: "Request timeout",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
};

/** Builds a problem+json response. */
export function problem(
  status: number,
  detail: string,
  extra: Record<string, unknown> & { instance?: string; headers?: Record<string, string> } = {},
): Response {
  const { headers, ...rest } = extra;
  const body: Problem = {
    type: `https://support-mesh.dev/problems/${status}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...rest,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** An error the gateway maps to a problem response with its own status. */
export class HttpProblem extends Error {
  override name = "HttpProblem";
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, detail: string, opts: { headers?: Record<string, string> } = {}) {
    super(detail);
    this.status = status;
    this.headers = opts.headers ?? {};
  }
}
