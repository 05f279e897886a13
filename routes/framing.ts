/**
 * Who may frame our pages. Every page refuses (`frame-ancestors 'none'` and
 * `X-Frame-Options: DENY`, set by `security()`), so nobody can overlay the agent console
 * or the chat page with a page of their own (clickjacking). The one exception is the
 * widget's chat (`/?embed=1`, the iframe `widget.js` opens), which the shops in
 * FRAME_ANCESTORS (default: CORS_ORIGINS) may frame.
 */
import type { Context, Next } from "hono";
import type { Config } from "../shared/config.ts";

/** The path and query of the frame `widget.js` opens (islands/widget.ts). */
export const WIDGET_FRAME = "/?embed=1";

/** The `frame-ancestors` sources of the widget's frame. */
export function widgetAncestors(config: Pick<Config, "frameAncestors">): string {
  if (config.frameAncestors.includes("*")) return "*";
  return ["'self'", ...config.frameAncestors].join(" ");
}

/** True for a request of the widget's frame. */
export function isWidgetFrame(c: Context): boolean {
  return c.req.method === "GET" && c.req.path === "/" && c.req.query("embed") === "1";
}

/**
 * Lets the configured shops frame the widget's chat. Registered before `security()`, so
 * it runs after it on the way out and relaxes only this one page.
 */
export function allowWidgetFraming(config: Pick<Config, "frameAncestors">) {
  const sources = widgetAncestors(config);
  return async function widgetFraming(c: Context, next: Next): Promise<void> {
    await next();
    if (!isWidgetFrame(c)) return;
    const csp = c.res.headers.get("content-security-policy");
    if (csp) {
      c.res.headers.set(
        "content-security-policy",
        csp.replace("frame-ancestors 'none'", `frame-ancestors ${sources}`),
      );
    }
    // X-Frame-Options cannot name several origins; browsers that read CSP ignore it anyway.
    c.res.headers.delete("x-frame-options");
  };
}
