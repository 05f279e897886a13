/**
 * The HTML shell of every page: head, one stylesheet, deferred island scripts. No inline
 * scripts or styles, so the gateway's CSP can allow only its own files.
 */
import type { ComponentChildren } from "preact";

/** Props of `Document`. */
export interface DocumentProps {
  title: string;
  description?: string;
  /** Version added to asset URLs so they can be cached for a long time. */
  assetVersion: string;
  /** Bundles in `/static/build/` to load, e.g. `["chat"]`. */
  scripts?: readonly string[];
  bodyClass?: string;
  children: ComponentChildren;
}

/** The page shell. */
export function Document(props: DocumentProps) {
  const v = encodeURIComponent(props.assetVersion);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <title>{props.title}</title>
        {props.description && <meta name="description" content={props.description} />}
        <meta name="theme-color" content="#4338ca" />
        <meta name="color-scheme" content="light" />
        <link rel="icon" href={`/static/favicon.svg?v=${v}`} type="image/svg+xml" />
        <link rel="stylesheet" href={`/static/app.css?v=${v}`} />
        {(props.scripts ?? []).map((s) => (
          <script key={s} src={`/static/build/${s}.js?v=${v}`} defer />
        ))}
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}

/** Props of `Island`. */
export interface IslandProps {
  /** Id of the root element the browser entry hydrates. */
  id: string;
  /** Serialisable props the browser entry reads back. */
  props?: Record<string, unknown>;
  class?: string;
  children: ComponentChildren;
}

/** The root element of an island: server-rendered children plus their props. */
export function Island({ id, props, children, ...rest }: IslandProps) {
  return (
    <div id={id} class={rest.class} data-props={props ? JSON.stringify(props) : undefined}>
      {children}
    </div>
  );
}
